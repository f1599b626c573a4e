#include "screendriver.h"

#include "appsettings.h"
#include "demodata.h"
#include "domain.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <atomic>
#include <cstdio>

namespace {

std::atomic<int> g_warnings { 0 };
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        ++g_warnings;
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

} // namespace

ScreenDriver::ScreenDriver(QQmlApplicationEngine &engine, AppSettings &settings, QObject *parent)
    : QObject(parent), m_engine(engine), m_settings(settings)
{
}

QStringList ScreenDriver::screens()
{
    return { QStringLiteral("home"), QStringLiteral("search"), QStringLiteral("partners"),
        QStringLiteral("partner"), QStringLiteral("flag"), QStringLiteral("network"), QStringLiteral("person"),
        QStringLiteral("lines"), QStringLiteral("line"), QStringLiteral("settings"), QStringLiteral("qr"),
        QStringLiteral("nearby"), QStringLiteral("scan"), QStringLiteral("backup"), QStringLiteral("organogram"),
        QStringLiteral("induction") };
}

void ScreenDriver::installMessageCounter()
{
    g_previous = qInstallMessageHandler(countingHandler);
}

int ScreenDriver::warningCount()
{
    return g_warnings.load();
}

QQuickWindow *ScreenDriver::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

bool ScreenDriver::show(const QString &screen)
{
    QQuickWindow *w = window();
    if (!w) {
        return false;
    }
    // The demo school's ids are stable (DemoData::idFor), so every run shows the same partner.
    QVariantMap args;
    args.insert(QStringLiteral("query"), QStringLiteral("ozturk"));
    args.insert(QStringLiteral("kind"), static_cast<int>(kl::TargetKind::Function));
    args.insert(QStringLiteral("targetId"), kl::DemoData::idFor(QStringLiteral("fn:cjg-smw")));
    args.insert(QStringLiteral("lineId"), kl::DemoData::idFor(QStringLiteral("line:cjg")));
    // The scan screen shows the confirmation of a partner's contact card.
    args.insert(QStringLiteral("scanText"),
        QStringLiteral("MECARD:N:Kramer,Lotte;ORG:Kinderfysio Kramer;TEL:0687654321;EMAIL:lotte@kinderfysio.example;;"));
    args.insert(QStringLiteral("personId"), kl::DemoData::idFor(QStringLiteral("person:personal-ingrid")));
    args.insert(QStringLiteral("qrPersonId"), kl::DemoData::idFor(QStringLiteral("person:cjg-smw")));
    QVariant ok;
    QMetaObject::invokeMethod(w, "showScreen", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, screen),
        Q_ARG(QVariant, args));
    return ok.toBool();
}

void ScreenDriver::settle(int frames)
{
    QQuickWindow *w = window();
    // Let transitions finish and the scene graph render a few frames.
    for (int i = 0; i < frames; ++i) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        if (w) {
            connect(w, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
            w->requestUpdate();
        }
        timeout.start(100);
        loop.exec();
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 450) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

int ScreenDriver::selfTest()
{
    int failures = 0;
    for (const QString &language : { QStringLiteral("nl"), QStringLiteral("en") }) {
        m_settings.setLanguage(language);
        for (const QString &screen : screens()) {
            const int before = warningCount();
            if (!show(screen)) {
                std::fprintf(stderr, "self-test: screen %s did not load\n", qPrintable(screen));
                ++failures;
                continue;
            }
            settle(3);
            const int warnings = warningCount() - before;
            std::fprintf(stderr, "self-test: %-9s %s %s\n", qPrintable(screen), qPrintable(language),
                warnings == 0 ? "ok" : "WARNINGS");
            failures += warnings > 0 ? 1 : 0;
        }
    }
    m_settings.setLanguage(QStringLiteral("nl"));
    if (warningCount() > 0 && failures == 0) {
        failures = 1;
    }
    return failures == 0 ? 0 : 1;
}

int ScreenDriver::screenshots(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        return 1;
    }
    QQuickWindow *w = window();
    if (!w) {
        return 1;
    }
    int failures = 0;
    const AppSettings::Theme before = m_settings.theme();
    const qreal scaleBefore = m_settings.fontScale();
    const std::pair<AppSettings::Theme, const char *> themes[] = { { AppSettings::Light, "light" },
        { AppSettings::Dark, "dark" } };
    // Every screen at normal text size, then the main ones at twice the text size (a
    // phone's largest font setting) to check that nothing is cut off.
    const QStringList large = { QStringLiteral("home"), QStringLiteral("partner"), QStringLiteral("person"),
        QStringLiteral("line"), QStringLiteral("induction") };
    for (const qreal scale : { 1.0, 2.0 }) {
        m_settings.setFontScale(scale);
        for (const auto &[theme, name] : themes) {
            m_settings.setTheme(theme);
            int index = 1;
            for (const QString &screen : screens()) {
                const int number = index++;
                if (scale != 1.0 && !large.contains(screen)) {
                    continue;
                }
                if (!show(screen)) {
                    ++failures;
                    continue;
                }
                settle(4);
                const QImage image = w->grabWindow();
                const QString file = QDir(dir).filePath(QStringLiteral("%1-%2-%3%4.png")
                                                            .arg(number, 2, 10, QLatin1Char('0'))
                                                            .arg(screen, QLatin1String(name),
                                                                scale != 1.0 ? QStringLiteral("-font2") : QString()));
                if (image.isNull() || !image.save(file)) {
                    std::fprintf(stderr, "screenshots: could not write %s\n", qPrintable(file));
                    ++failures;
                } else {
                    std::fprintf(stderr, "screenshots: %s\n", qPrintable(file));
                }
            }
        }
    }
    m_settings.setFontScale(scaleBefore);
    m_settings.setTheme(before);
    return failures == 0 ? 0 : 1;
}
