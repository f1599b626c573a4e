// Device settings the teacher controls: UI language (Dutch by default, whatever the
// system locale says; English on request, switched at runtime) and light/dark theme
// (follow the system unless overridden). Kept in the local database's meta table.
#pragma once

#include "database.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppSettings is created by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    // How much larger than normal text is drawn: the platform's text size (Android's font
    // scale, the desktop's font size) or --font-scale. Not stored: the phone decides.
    Q_PROPERTY(qreal fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)

public:
    enum Theme { FollowSystem = 0, Light = 1, Dark = 2 };
    Q_ENUM(Theme)

    // languageInstaller loads the translation for a language code and retranslates the UI.
    AppSettings(kl::Database &db, std::function<bool(const QString &)> languageInstaller, QObject *parent = nullptr);

    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    [[nodiscard]] QString version() const;
    [[nodiscard]] qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);

    // Installs the stored language (Dutch on first run).
    void apply();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void fontScaleChanged();

private:
    kl::Database &m_db;
    std::function<bool(const QString &)> m_installLanguage;
    QString m_language;
    Theme m_theme = FollowSystem;
    qreal m_fontScale = 1.0;
};
