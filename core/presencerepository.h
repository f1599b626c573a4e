// When partners are at school ("CJG: dinsdag 8:30-12:00, kamer 12") and the school's
// locations. Answers "who is in the building today / now".
#pragma once

#include "database.h"
#include "domain.h"

namespace kl {

struct PresenceEntry
{
    Presence presence;
    QString organisationName;
    QString functionTitle;
    QString personName;
    QString locationName;
};

class PresenceRepository
{
public:
    explicit PresenceRepository(Database &db) : m_db(db) { }

    Result<QString> save(Presence presence);
    Status remove(const QString &id);
    [[nodiscard]] Result<QList<Presence>> listForOrganisation(const QString &organisationId) const;
    // Everything that applies on `date`, by start time. An empty locationId means all locations.
    [[nodiscard]] Result<QList<PresenceEntry>> on(const QDate &date, const QString &locationId = {}) const;
    // Next slot at or after `from` for the organisation (and optionally function/person), within a week.
    [[nodiscard]] Result<std::optional<QDateTime>> nextSlot(const QString &organisationId, const QDateTime &from) const;

    Result<QString> saveLocation(SchoolLocation location);
    [[nodiscard]] Result<QList<SchoolLocation>> locations() const;

private:
    Database &m_db;
};

// "dinsdag 8:30–12:00, kamer 12" in the current UI language.
[[nodiscard]] QString describe(const Presence &presence);
[[nodiscard]] QString weekdayName(int isoWeekday);

} // namespace kl
