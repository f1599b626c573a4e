// kl-bench-app: the app's cold start and search as you type, with baselines measured in
// the same run (figures and ratios, not pass/fail).
//
//   startup  spawn -> first frame -> exit of `kortelijn` on the demo school and on a
//            100k-contact database, beside a minimal Qt Quick Controls (Material) window
//            started the same way; prints medians and the ratio to the minimal window.
//   search   per-keystroke time of SearchModel::setQuery while "typing" queries at 100k
//            contacts (the model reset included), and the same through SearchIndex alone.
//
// Usage: kl-bench-app [startup|search|all] [--contacts N] [--repeat R] [--app PATH] [--work DIR]
// Needs a display for startup (run under xvfb-run, or QT_QPA_PLATFORM=offscreen).
#include "appcontext.h"
#include "database.h"
#include "demodata.h"
#include "searchindex.h"
#include "searchmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double median(std::vector<double> v)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, static_cast<std::size_t>(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

// The baseline: the smallest Qt Quick Controls app there is, Material style, one label.
int minimalWindow(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\nimport QtQuick.Controls\n"
                                      "ApplicationWindow { width: 390; height: 844; visible: true\n"
                                      "  header: ToolBar { Label { text: \"KorteLijn\" } }\n"
                                      "  Label { anchors.centerIn: parent; text: \"Hallo\" } }\n"));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    return app.exec();
}

// Wall time from spawn to exit of a child that quits on its first frame.
double timeChild(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "kl-bench-app: %s failed\n", qPrintable(program));
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

bool prepareScaleDir(const QString &dir, int contacts)
{
    const QString path = QDir(dir).filePath(QStringLiteral("kortelijn.sqlite"));
    const bool exists = QFileInfo::exists(path);
    auto db = kl::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return false;
    }
    if (exists) {
        return true; // reuse a database built by an earlier run (--work DIR)
    }
    QElapsedTimer t;
    t.start();
    auto stats = kl::DemoData::populateScale(*db.value(), contacts);
    if (!stats) {
        std::fprintf(stderr, "%s\n", qPrintable(stats.error().message));
        return false;
    }
    std::printf("  built %d-contact database in %.1f s\n", contacts, double(t.elapsed()) / 1000);
    return true;
}

int startup(const QStringList &args, const QString &self, const QString &work)
{
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("7")).toInt();
    const int contacts = option(args, QStringLiteral("--contacts"), QStringLiteral("100000")).toInt();
    const QString app = option(args, QStringLiteral("--app"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../kortelijn")));
    if (!QFileInfo(app).isExecutable()) {
        std::fprintf(stderr, "kl-bench-app: no app at %s (use --app)\n", qPrintable(app));
        return 2;
    }
    const QString demoDir = QDir(work).filePath(QStringLiteral("demo"));
    const QString scaleDir = QDir(work).filePath(QStringLiteral("scale-%1").arg(contacts));
    QDir().mkpath(demoDir);
    QDir().mkpath(scaleDir);
    if (!prepareScaleDir(scaleDir, contacts)) {
        return 1;
    }
    // First run of the app on the demo dir creates the demo school; not timed.
    if (timeChild(app, { QStringLiteral("--data-dir"), demoDir, QStringLiteral("--exit-after-first-frame") }) < 0) {
        return 1;
    }
    std::vector<double> minimal;
    std::vector<double> demo;
    std::vector<double> scale;
    // Interleaved, so machine noise (the other engineer's build) hits all three alike.
    for (int i = 0; i < repeat; ++i) {
        minimal.push_back(timeChild(self, { QStringLiteral("--minimal-window") }));
        demo.push_back(timeChild(app, { QStringLiteral("--data-dir"), demoDir, QStringLiteral("--exit-after-first-frame") }));
        scale.push_back(timeChild(app, { QStringLiteral("--data-dir"), scaleDir, QStringLiteral("--exit-after-first-frame") }));
    }
    for (const auto *v : { &minimal, &demo, &scale }) {
        if (std::any_of(v->begin(), v->end(), [](double x) { return x < 0; })) {
            return 1;
        }
    }
    const double m = median(minimal);
    std::printf("startup to first frame (median of %d, platform %s)\n", repeat,
        qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default"))));
    std::printf("  minimal Qt Quick Controls window  %8.1f ms\n", m);
    std::printf("  kortelijn, demo school            %8.1f ms   ratio %.2fx\n", median(demo), median(demo) / m);
    std::printf("  kortelijn, %6d contacts         %8.1f ms   ratio %.2fx\n", contacts, median(scale), median(scale) / m);
    return 0;
}

int search(const QStringList &args, const QString &work)
{
    const int contacts = option(args, QStringLiteral("--contacts"), QStringLiteral("100000")).toInt();
    const int repeat = option(args, QStringLiteral("--repeat"), QStringLiteral("7")).toInt();
    const QString scaleDir = QDir(work).filePath(QStringLiteral("scale-%1").arg(contacts));
    QDir().mkpath(scaleDir);
    if (!prepareScaleDir(scaleDir, contacts)) {
        return 1;
    }
    AppContext::Options o;
    o.dataDir = scaleDir;
    o.recordChannels = true;
    o.populateDemo = false;
    auto context = AppContext::create(o);
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().message));
        return 1;
    }
    const QStringList queries { QStringLiteral("ozturk"), QStringLiteral("logopedist utrecht"),
        QStringLiteral("jeugdverpleegkundige"), QStringLiteral("daniel"), QStringLiteral("zorgcentrum") };
    std::vector<double> model;
    std::vector<double> index;
    kl::SearchIndex searchIndex(context.value()->db());
    for (int r = 0; r < repeat; ++r) {
        for (const QString &q : queries) {
            SearchModel m;
            m.setStore(context.value()->store());
            for (int n = 1; n <= q.size(); ++n) {
                QElapsedTimer t;
                t.start();
                m.setQuery(q.left(n));
                model.push_back(double(t.nsecsElapsed()) / 1e6);
                t.restart();
                auto hits = searchIndex.search(q.left(n), 50);
                index.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!hits) {
                    return 1;
                }
            }
        }
    }
    std::printf("search as you type at %d contacts (%zu keystrokes)\n", contacts, model.size());
    std::printf("  SearchIndex::search       median %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", median(index),
        percentile(index, 95), percentile(index, 100));
    std::printf("  SearchModel::setQuery     median %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%.2fx the index)\n",
        median(model), percentile(model, 95), percentile(model, 100), median(model) / median(index));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--minimal-window") == 0) {
            return minimalWindow(argc, argv);
        }
    }
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--")) ? args.at(1)
                                                                                          : QStringLiteral("all");
    QTemporaryDir scratch;
    const QString work = option(args, QStringLiteral("--work"), scratch.path());
    int rc = 0;
    if (mode == QLatin1String("startup") || mode == QLatin1String("all")) {
        rc |= startup(args, app.applicationFilePath(), work);
    }
    if (mode == QLatin1String("search") || mode == QLatin1String("all")) {
        rc |= search(args, work);
    }
    return rc;
}
