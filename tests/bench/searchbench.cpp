// Search latency per keystroke at 1k/10k/100k contacts: the index path (word prefixes +
// trigram FTS5, capped candidates, ranked in C++) beside a plain LIKE '%q%' scan that
// ranks every document, measured in the same run on the same database.
#include "bench.h"
#include "database.h"
#include "demodata.h"
#include "searchindex.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// What teachers type, one keystroke at a time.
const QStringList kQueries { QStringLiteral("öztürk"), QStringLiteral("jansen"), QStringLiteral("logopedist"),
    QStringLiteral("de vries"), QStringLiteral("schoolmaat"), QStringLiteral("zoe"), QStringLiteral("utrecht"),
    QStringLiteral("wijkagent"), QStringLiteral("cjg"), QStringLiteral("noelle van") };

QStringList keystrokes()
{
    QStringList out;
    for (const QString &q : kQueries) {
        for (int i = 1; i <= q.size(); ++i) {
            if (!q.at(i - 1).isSpace()) {
                out << q.left(i);
            }
        }
    }
    return out;
}

struct Samples
{
    std::vector<qint64> index;
    std::vector<qint64> scan;
    std::vector<std::vector<qint64>> perKeystroke; // index runs of each keystroke
};

// Median over the repeats of each keystroke: a shared, noisy machine preempts single
// runs; the median of a keystroke's runs is what a user feels every time.
std::vector<qint64> keystrokeMedians(const std::vector<std::vector<qint64>> &runs)
{
    std::vector<qint64> out;
    for (std::vector<qint64> r : runs) {
        std::sort(r.begin(), r.end());
        out.push_back(r[r.size() / 2]);
    }
    return out;
}

} // namespace

int runSearchBench(const QStringList &args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("kl.store.info=false"));
    QList<int> sizes;
    for (const QString &s : bench::optionValue(args, QStringLiteral("--sizes"), QStringLiteral("1000,10000,100000"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        sizes << s.toInt();
    }
    const bool skipScan = args.contains(QStringLiteral("--no-scan"));
    const bool showKeystrokes = args.contains(QStringLiteral("--keystrokes")); // each keystroke's median
    const int repeat = std::max(1, bench::optionValue(args, QStringLiteral("--repeat"), QStringLiteral("5")).toInt());
    const QStringList strokes = keystrokes();

    std::printf("kl-bench search: %lld keystrokes from %lld queries, index repeated %d times, scan once\n",
        static_cast<long long>(strokes.size()), static_cast<long long>(kQueries.size()), repeat);
    std::printf("%9s %9s %10s %10s %10s %10s %10s %9s %9s %8s\n", "contacts", "gen_s", "index_p50", "index_p99",
        "idx_mp99", "scan_p50", "scan_p99", "x_p50", "x_p99", "db_MB");
    int failures = 0;
    for (int size : sizes) {
        // --db-dir DIR keeps the generated databases and reuses them on the next run.
        QTemporaryDir dir;
        const QString keepDir = bench::optionValue(args, QStringLiteral("--db-dir"), QString());
        const QString path = keepDir.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite"))
                                               : QStringLiteral("%1/search-%2.sqlite").arg(keepDir).arg(size);
        const bool reuse = !keepDir.isEmpty() && QFileInfo::exists(path);
        auto db = kl::Database::open(path);
        if (!db.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
            return 1;
        }
        QElapsedTimer gen;
        gen.start();
        if (auto r = reuse ? kl::Result<kl::DemoStats>(kl::DemoStats {}) : kl::DemoData::populateScale(*db.value(), size);
            !r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        const double genSeconds = double(gen.elapsed()) / 1000.0;
        (void)db.value()->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        (void)db.value()->run(QStringLiteral("ANALYZE"));
        kl::SearchIndex index(*db.value());

        Samples s;
        QElapsedTimer t;
        for (const QString &q : strokes) { // warm-up: page cache and prepared-statement paths
            (void)index.search(q);
        }
        s.perKeystroke.assign(std::size_t(strokes.size()), {});
        for (int r = 0; r < repeat; ++r) {
            for (int k = 0; k < strokes.size(); ++k) {
                t.start();
                auto hits = index.search(strokes.at(k));
                const qint64 ns = t.nsecsElapsed();
                s.index.push_back(ns);
                s.perKeystroke[std::size_t(k)].push_back(ns);
                failures += hits.ok() ? 0 : 1;
            }
        }
        for (const QString &q : skipScan ? QStringList {} : strokes) {
            t.start();
            auto hits = index.scan(q);
            s.scan.push_back(t.nsecsElapsed());
            failures += hits.ok() ? 0 : 1;
        }
        const double ip50 = bench::percentileMs(s.index, 50);
        const double ip99 = bench::percentileMs(s.index, 99);
        const double sp50 = bench::percentileMs(s.scan, 50);
        const double sp99 = bench::percentileMs(s.scan, 99);
        const double mb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
        const double mp99 = bench::percentileMs(keystrokeMedians(s.perKeystroke), 99);
        std::printf("%9d %9.2f %10.3f %10.3f %10.3f %10.3f %10.3f %8.1fx %8.1fx %8.1f\n", size, genSeconds, ip50, ip99,
            mp99, sp50, sp99, ip50 > 0 ? sp50 / ip50 : 0.0, ip99 > 0 ? sp99 / ip99 : 0.0, mb);
        if (showKeystrokes) {
            const std::vector<qint64> medians = keystrokeMedians(s.perKeystroke);
            for (int k = 0; k < strokes.size(); ++k) {
                std::printf("          %-14s %8.3f ms\n", qPrintable(strokes.at(k)), double(medians[std::size_t(k)]) / 1e6);
            }
        }
        std::fflush(stdout);
    }
    std::printf("times in ms per keystroke; idx_mp99 = p99 over keystrokes of each keystroke's median run;\n"
                "x = scan / index (the baseline is the LIKE scan in the same run, on the same database)\n");
    return failures == 0 ? 0 : 1;
}
