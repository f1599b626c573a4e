// When a partner is next at school, from the presence windows that apply to them. Feeds
// the {dag}/{tijd} placeholders and the "not at school now, next: ..." hint on a line:
// partners expect office hours, teachers stand in front of a class (the research's
// availability mismatch).
#pragma once

#include "database.h"
#include "domain.h"

#include <optional>

namespace kl {

struct Availability
{
    bool atSchoolNow = false;
    std::optional<QDate> day; // the day of the next (or current) slot, within a week
    Presence slot; // valid when `day` is set

    [[nodiscard]] bool known() const { return day.has_value(); }
};

// The first slot that has not ended at `from`, looking at most 7 days ahead.
[[nodiscard]] Availability nextAvailability(const QList<Presence> &windows, const QDateTime &from);

// The presence windows of a function (its own, its current holder's, and the
// organisation's general ones) or of a person (their own and those of functions they hold).
[[nodiscard]] Result<QList<Presence>> presenceFor(Database &db, TargetKind kind, const QString &id);

// "vandaag", "morgen", or the weekday name, in the UI language.
[[nodiscard]] QString relativeDayName(const QDate &day, const QDate &today);

// "Op school: nu, tot 12:00, kamer 12" / "Volgende keer op school: morgen 8:30, kamer 12" /
// "Geen vaste tijden op school", in the UI language.
[[nodiscard]] QString describeAvailability(const Availability &a, const QDateTime &now);

} // namespace kl
