// Quick-line templates: "Hoi {voornaam}, heb je {dag} om {tijd} even tijd?" filled in
// for the partner the line aims at. Placeholder names are Dutch in both UI languages:
// they are part of the stored template text, which syncs between phones.
#pragma once

#include "availability.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kl {

struct TemplateContext
{
    QString givenName; // {voornaam}
    QString fullName; // {naam}
    QString functionTitle; // {functie}
    QString organisationName; // {organisatie}
    Availability availability; // {dag}, {tijd}
    QDateTime now;
};

class MessageTemplate
{
public:
    // The placeholders a template may use, without braces, in display order.
    [[nodiscard]] static QStringList placeholders();
    // Fills in every known placeholder. Unknown "{...}" text is left as written so a typo
    // stays visible in the preview. An unknown time ({tijd} without presence) renders
    // empty; double spaces that leaves behind are collapsed.
    [[nodiscard]] static QString render(const QString &templateText, const TemplateContext &context);
    // Names between braces that are not placeholders ("{voornam}").
    [[nodiscard]] static QStringList unknownPlaceholders(const QString &templateText);
    // True when the template uses {dag} or {tijd}, which need known presence to read well.
    [[nodiscard]] static bool usesTime(const QString &templateText);
};

} // namespace kl
