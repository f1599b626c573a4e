// kortelijn: the teacher's app. Wires the services (AppContext), loads the QML module,
// and offers two non-interactive modes: --self-test and --screenshots DIR.
#include "appcontext.h"
#include "fontscale.h"
#include "screendriver.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(KorteLijnPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("KorteLijn"));
    QGuiApplication::setApplicationName(QStringLiteral("KorteLijn"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KL_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.kortelijn.app"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("KorteLijn: the school's partner network on your phone."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Keep the local database in DIR (default: KL_DATA_DIR or the app data directory)."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Load every screen and exit: 0 when none logged a warning or error."));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("Render every screen at 390x844, light and dark, to PNG files in DIR, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption enroll(QStringLiteral("enroll"),
        QStringLiteral("Join the school of this invitation link (kortelijn://join?...) unless already joined."),
        QStringLiteral("LINK"));
    // For kl-bench-app: exit as soon as the first frame is on screen (cold-start timing).
    QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    // Replays an NMEA log as the device position (desktop demos; unattended runs have none).
    QCommandLineOption positionLog(QStringLiteral("position-log"),
        QStringLiteral("Use this NMEA 0183 log as the device position."), QStringLiteral("FILE"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
        QStringLiteral("Draw text this much larger than normal (1.0 to 3.0), like a phone's text size setting."),
        QStringLiteral("FACTOR"));
    parser.addOptions({ dataDir, selfTest, screenshots, enroll, firstFrame, positionLog, fontScale });
    parser.process(app);

    const bool unattended = parser.isSet(selfTest) || parser.isSet(screenshots);
    if (unattended) {
        ScreenDriver::installMessageCounter();
    }
    QQuickStyle::setStyle(QStringLiteral("Material"));

    // Unattended runs never touch the teacher's data and never open real channels.
    QTemporaryDir scratch;
    AppContext::Options options;
    options.dataDir = parser.value(dataDir);
    if (unattended && options.dataDir.isEmpty()) {
        options.dataDir = scratch.path();
    }
    options.recordChannels = unattended;
    if (parser.isSet(positionLog)) {
        options.position = AppContext::Options::Position::NmeaLog;
        options.nmeaLog = parser.value(positionLog);
    } else if (unattended) {
        options.position = AppContext::Options::Position::None;
    }
    if (unattended) {
        options.autoSyncMs = 0; // never reach out to a school server from a test run
    }
    auto context = AppContext::create(options);
    if (!context) {
        std::fprintf(stderr, "kortelijn: %s\n", qPrintable(context.error().message));
        return 2;
    }
    if (unattended) {
        // A Tuesday mid-morning, so "vandaag op school" and availability look the same
        // in every run and screenshot.
        context.value()->store()->setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(10, 15)));
    }

    // Text follows the platform's text size; --font-scale overrides it. Unattended runs read
    // it once: the screenshot driver sets its own scales, which a window activation must not undo.
    std::unique_ptr<FontScaleFollower> fontScaleFollower;
    if (unattended) {
        context.value()->settings()->setFontScale(FontScale::compute(FontScale::current(parser.value(fontScale))));
    } else {
        fontScaleFollower = std::make_unique<FontScaleFollower>(*context.value()->settings(), parser.value(fontScale));
    }

    QQmlApplicationEngine engine;
    context.value()->attach(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KorteLijn/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }

    if (parser.isSet(enroll) && !unattended && !context.value()->connection()->joined()) {
        context.value()->connection()->join(parser.value(enroll));
    }
    if (parser.isSet(firstFrame)) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first())) {
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] { QCoreApplication::exit(0); },
                Qt::QueuedConnection);
        }
    }

    ScreenDriver driver(engine, *context.value()->settings());
    if (parser.isSet(selfTest)) {
        QTimer::singleShot(0, &app, [&driver] { QCoreApplication::exit(driver.selfTest()); });
    } else if (parser.isSet(screenshots)) {
        const QString dir = parser.value(screenshots);
        QTimer::singleShot(0, &app, [&driver, dir] { QCoreApplication::exit(driver.screenshots(dir)); });
    }
    return app.exec();
}
