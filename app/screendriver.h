// Walks every screen of the running app: --self-test (load each, fail on any QML warning)
// and --screenshots DIR (each screen at phone size, light and dark, as PNG).
#pragma once

#include <QObject>
#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;
class AppSettings;

class ScreenDriver : public QObject
{
    Q_OBJECT
public:
    ScreenDriver(QQmlApplicationEngine &engine, AppSettings &settings, QObject *parent = nullptr);

    // The screens Main.qml can show by name, in a stable order.
    [[nodiscard]] static QStringList screens();

    // Returns the process exit code: 0 when every screen loaded without a warning.
    int selfTest();
    // Returns the exit code: 0 when every PNG was written.
    int screenshots(const QString &dir);

    // Installed before the engine loads anything: counts QML warnings and errors.
    static void installMessageCounter();
    [[nodiscard]] static int warningCount();

private:
    [[nodiscard]] QQuickWindow *window() const;
    bool show(const QString &screen);
    void settle(int frames);

    QQmlApplicationEngine &m_engine;
    AppSettings &m_settings;
};
