// kl-bench: KorteLijn's benchmark program. `kl-bench search` (default) measures search
// latency per keystroke against a full LIKE scan in the same run.
#include "bench.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bench {

double percentileMs(std::vector<qint64> samples, double p)
{
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(samples.size())));
    const std::size_t index = std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1);
    return double(samples[index]) / 1e6;
}

QString optionValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString mode = args.isEmpty() || args.first().startsWith(QLatin1Char('-')) ? QStringLiteral("search")
                                                                                      : args.takeFirst();
    if (mode == QLatin1String("search")) {
        return runSearchBench(args);
    }
    std::fprintf(stderr, "usage: kl-bench [search] [--sizes 1000,10000,100000] [--repeat N]\n");
    return 2;
}
