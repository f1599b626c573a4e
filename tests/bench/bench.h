// Benchmark modes of kl-bench. Each prints its figures and a baseline measured in the same run.
#pragma once

#include <QByteArray>
#include <QStringList>

#include <vector>

int runSearchBench(const QStringList &args);

namespace bench {
// p in [0, 100] over samples in nanoseconds; returns milliseconds.
double percentileMs(std::vector<qint64> samples, double p);
QString optionValue(const QStringList &args, const QString &name, const QString &fallback);
// One line of the report on stdout, flushed at once (a long run shows progress).
void say(const QString &line);
// Raw HTTP/1.1 requests to 127.0.0.1 with a device token.
QByteArray httpGet(const QString &path, const QByteArray &token);
QByteArray httpPost(const QString &path, const QByteArray &token, const QByteArray &body);
// Sends `raw` over a fresh connection and waits for the whole answer (setup steps, not
// timed paths); returns the body, or what arrived when the server stopped answering.
QByteArray exchange(quint16 port, const QByteArray &raw, int timeoutMs = 30000);
} // namespace bench
