// kortelijn-server: the school server (serve) and its admin commands on one binary.
// Every command prints key=value lines on stdout and exits non-zero with a plain message
// on stderr when something is wrong; --help prints the commands.
#include "cli.h"
#include "fieldrules.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace kl::server;
using namespace kl::server::cli;

namespace {

int run(const Args &a)
{
    if (a.command == QLatin1String("field-rules")) {
        std::fputs(qPrintable(kl::fieldrules::markdownTable()), stdout);
        return 0;
    }
    if (a.has("data") == a.has("db")) {
        return fail(QStringLiteral("give either --data DIR (SQLite) or --db URL (sqlite:///DIR or postgresql://...)"));
    }
    // The URL may carry a password: it is never printed.
    auto opener = StorageOpener::forUrl(a.has("db") ? a.value("db") : sqliteUrl(a.value("data")));
    if (!opener) {
        return fail(opener.error().message);
    }
    if (a.command == QLatin1String("serve")) {
        return serve(opener.value(), a);
    }
    auto opened = opener.value().open();
    if (!opened) {
        return fail(opened.error().message);
    }
    Storage &storage = *opened.value();
    if (a.command == QLatin1String("public-pages") || a.command == QLatin1String("poster")) {
        return publicPages(storage, a);
    }
    if (a.command == QLatin1String("organogram")) {
        return organogram(storage, a);
    }
    if (const int rc = cardDavCommand(storage, a); rc >= 0) {
        return rc;
    }
    if (const int rc = schoolCommand(storage, a); rc >= 0) {
        return rc;
    }
    usage(stderr);
    return fail(QStringLiteral("unknown command %1").arg(a.command));
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0 || (i == 1 && qstrcmp(argv[i], "help") == 0)) {
            usage(stdout);
            return 0;
        }
    }
    // A QCoreApplication: no platform plugin, no display. QImage only fills pixels and
    // writes a PNG, which needs none of that. `poster` and `organogram` draw text into a PDF, which needs
    // Qt's font database: a QGuiApplication on the offscreen platform, still without a
    // display. Every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (qstrcmp(argv[1], "poster") == 0 || qstrcmp(argv[1], "organogram") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kortelijn-server"));
    const auto args = parse(QCoreApplication::arguments());
    if (!args) {
        usage(stderr);
        return 2;
    }
    return run(*args);
}
