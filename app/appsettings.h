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

    // Installs the stored language (Dutch on first run).
    void apply();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();

private:
    kl::Database &m_db;
    std::function<bool(const QString &)> m_installLanguage;
    QString m_language;
    Theme m_theme = FollowSystem;
};
