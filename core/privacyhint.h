// A gentle nudge, not a filter: quick-line templates travel through WhatsApp and SMS,
// and privacy law (AVG) limits what may be shared about pupils. When a template looks
// like it names a pupil we suggest rewording. Conservative on purpose: it only speaks
// up for a capitalised, name-like word that is not a common Dutch word, not part of the
// partner's own name or organisation and not at the start of a sentence; or for any
// capitalised word right after "leerling", "kind", "over", "zoon", "dochter".
#pragma once

#include <QString>
#include <QStringList>

namespace kl {

class PrivacyHint
{
public:
    // The word that looks like a pupil's name, or empty. `knownNames` are words that may
    // appear (the partner's and organisation's names, the teacher's own): never flagged.
    [[nodiscard]] static QString suspectedPupilName(const QString &templateText, const QStringList &knownNames = {});
    // The translated hint for that word.
    [[nodiscard]] static QString message(const QString &word);
};

} // namespace kl
