#include "localization.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

bool Localization::install(const QString &code)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/kortelijn_%1.qm").arg(code))) {
        qCWarning(lcApp) << "no translation for" << code;
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(code == QLatin1String("nl") ? QLocale::Dutch : QLocale::English,
        code == QLatin1String("nl") ? QLocale::Netherlands : QLocale::UnitedKingdom));
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    return true;
}
