#include "appsettings.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {
const QString kLanguageKey = QStringLiteral("ui.language");
const QString kThemeKey = QStringLiteral("ui.theme");
} // namespace

AppSettings::AppSettings(kl::Database &db, std::function<bool(const QString &)> languageInstaller, QObject *parent)
    : QObject(parent), m_db(db), m_installLanguage(std::move(languageInstaller))
{
    m_language = m_db.meta(kLanguageKey, QStringLiteral("nl"));
    if (m_language != QLatin1String("nl") && m_language != QLatin1String("en")) {
        m_language = QStringLiteral("nl");
    }
    m_theme = static_cast<Theme>(std::clamp(m_db.meta(kThemeKey, QStringLiteral("0")).toInt(), 0, 2));
}

void AppSettings::apply()
{
    if (m_installLanguage) {
        m_installLanguage(m_language);
    }
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == m_language || (language != QLatin1String("nl") && language != QLatin1String("en"))) {
        return;
    }
    m_language = language;
    if (auto s = m_db.setMeta(kLanguageKey, language); !s) {
        qCWarning(lcApp) << "language:" << s.error().message;
    }
    apply();
    Q_EMIT languageChanged();
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == m_theme) {
        return;
    }
    m_theme = theme;
    if (auto s = m_db.setMeta(kThemeKey, QString::number(static_cast<int>(theme))); !s) {
        qCWarning(lcApp) << "theme:" << s.error().message;
    }
    Q_EMIT themeChanged();
}

void AppSettings::setFontScale(qreal scale)
{
    scale = std::clamp(scale, 0.5, 3.0);
    if (qFuzzyCompare(scale, m_fontScale)) {
        return;
    }
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
}

QString AppSettings::version() const
{
    return QCoreApplication::applicationVersion();
}
