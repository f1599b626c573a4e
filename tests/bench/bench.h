// Benchmark modes of kl-bench. Each prints its figures and a baseline measured in the same run.
#pragma once

#include <QStringList>

#include <vector>

int runSearchBench(const QStringList &args);

namespace bench {
// p in [0, 100] over samples in nanoseconds; returns milliseconds.
double percentileMs(std::vector<qint64> samples, double p);
QString optionValue(const QStringList &args, const QString &name, const QString &fallback);
} // namespace bench
