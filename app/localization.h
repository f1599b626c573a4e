// Installs the app's translation for a language code and retranslates the running UI.
// Dutch is the default whatever the system locale; core strings (validation, weekdays,
// categories) are in the same catalogue.
#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

class QQmlEngine;

class Localization
{
public:
    explicit Localization(QQmlEngine *engine = nullptr) : m_engine(engine) { }
    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    // Loads :/i18n/kortelijn_<code>.qm; false when it is missing.
    bool install(const QString &code);

private:
    QQmlEngine *m_engine = nullptr;
    std::unique_ptr<QTranslator> m_translator;
};
