#include "presencerepository.h"

#include "repositorysupport.h"
#include "rows.h"

#include <QTimeZone>

namespace kl {

Result<QString> PresenceRepository::save(Presence p)
{
    if (p.organisationId.isEmpty()) {
        return detail::invalid(QStringLiteral("presence.organisation"), Validation::tr("Choose the organisation."));
    }
    if (p.weekday < 1 || p.weekday > 7) {
        return detail::invalid(QStringLiteral("presence.weekday"), Validation::tr("Choose a day of the week."));
    }
    if (!p.start.isValid() || !p.end.isValid() || p.end <= p.start) {
        return detail::invalid(QStringLiteral("presence.time"), Validation::tr("The end time must be after the start time."));
    }
    if (p.validFrom && p.validUntil && *p.validUntil < *p.validFrom) {
        return detail::invalid(QStringLiteral("presence.period"),
            Validation::tr("The last day must not be before the first day."));
    }
    if (p.id.isEmpty()) {
        p.id = newId();
    }
    const Status s = detail::saveRow(m_db, QStringLiteral("presence"), p.id, rows::of(p), p.origin);
    if (!s) {
        return s.error();
    }
    return p.id;
}

Status PresenceRepository::remove(const QString &id)
{
    auto row = rows::load(m_db, QStringLiteral("presence"), id);
    if (!row) {
        return row.error();
    }
    if (row.value().isEmpty()) {
        return detail::invalid(QStringLiteral("presence.missing"), Validation::tr("This time slot no longer exists."));
    }
    return detail::deleteRow(m_db, QStringLiteral("presence"), id, rows::presence(row.value()).origin);
}

Result<QList<Presence>> PresenceRepository::listForOrganisation(const QString &organisationId) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("presence"), QStringLiteral("deleted = 0 AND organisation_id = ?"),
        { organisationId }, QStringLiteral("weekday, start_min"));
    if (!found) {
        return found.error();
    }
    QList<Presence> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::presence(row);
    }
    return out;
}

Result<QList<PresenceEntry>> PresenceRepository::on(const QDate &date, const QString &locationId) const
{
    const QString iso = date.toString(Qt::ISODate);
    auto q = m_db.run(
        QStringLiteral(
            "SELECT s.id, s.origin, s.organisation_id, s.function_id, s.person_id, s.weekday, s.start_min, s.end_min,"
            " s.room, s.location_id, s.valid_from, s.valid_until, s.row_version, s.deleted,"
            " coalesce(o.name, ''), coalesce(f.title, ''),"
            " coalesce(trim(p.given_name || ' ' || p.family_name),"
            "   (SELECT trim(hp.given_name || ' ' || hp.family_name) FROM holdings h JOIN persons hp ON hp.id = h.person_id"
            "    WHERE h.function_id = s.function_id AND h.until IS NULL AND h.deleted = 0 AND hp.deleted = 0), ''),"
            " coalesce(l.name, '') "
            "FROM presence s JOIN organisations o ON o.id = s.organisation_id AND o.deleted = 0"
            " LEFT JOIN functions f ON f.id = s.function_id AND f.deleted = 0"
            " LEFT JOIN persons p ON p.id = s.person_id AND p.deleted = 0"
            " LEFT JOIN school_locations l ON l.id = s.location_id AND l.deleted = 0 "
            "WHERE s.deleted = 0 AND s.weekday = ? AND (s.valid_from IS NULL OR s.valid_from <= ?)"
            " AND (s.valid_until IS NULL OR s.valid_until >= ?) AND (? = '' OR s.location_id = '' OR s.location_id = ?) "
            "ORDER BY s.start_min, o.name COLLATE NOCASE"),
        { date.dayOfWeek(), iso, iso, locationId, locationId });
    if (!q) {
        return q.error();
    }
    static const QStringList names { QStringLiteral("id"), QStringLiteral("origin"), QStringLiteral("organisation_id"),
        QStringLiteral("function_id"), QStringLiteral("person_id"), QStringLiteral("weekday"), QStringLiteral("start_min"),
        QStringLiteral("end_min"), QStringLiteral("room"), QStringLiteral("location_id"), QStringLiteral("valid_from"),
        QStringLiteral("valid_until"), QStringLiteral("row_version"), QStringLiteral("deleted") };
    QList<PresenceEntry> out;
    while (q.value().next()) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i) {
            row.insert(names.at(i), q.value().value(i));
        }
        out << PresenceEntry { rows::presence(row), q.value().value(14).toString(), q.value().value(15).toString(),
            q.value().value(16).toString(), q.value().value(17).toString() };
    }
    return out;
}

Result<std::optional<QDateTime>> PresenceRepository::nextSlot(const QString &organisationId, const QDateTime &from) const
{
    auto windows = listForOrganisation(organisationId);
    if (!windows) {
        return windows.error();
    }
    std::optional<QDateTime> best;
    for (int offset = 0; offset <= 7 && !best; ++offset) {
        const QDate day = from.date().addDays(offset);
        for (const Presence &p : windows.value()) {
            if (!p.appliesOn(day)) {
                continue;
            }
            const QDateTime start(day, p.start, from.timeZone());
            const QDateTime end(day, p.end, from.timeZone());
            if (end <= from) {
                continue;
            }
            const QDateTime candidate = start < from ? from : start;
            if (!best || candidate < *best) {
                best = candidate;
            }
        }
    }
    return best;
}

Result<QString> PresenceRepository::saveLocation(SchoolLocation l)
{
    if (l.name.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("location.name"), Validation::tr("Enter the location's name."));
    }
    if (l.radiusMetres < 10 || l.radiusMetres > 5000) {
        return detail::invalid(QStringLiteral("location.radius"),
            Validation::tr("The radius must be between 10 and 5000 metres."));
    }
    if (l.id.isEmpty()) {
        l.id = newId();
    }
    const Status s = detail::saveRow(m_db, QStringLiteral("school_locations"), l.id, rows::of(l), Origin::School);
    if (!s) {
        return s.error();
    }
    return l.id;
}

Result<QList<SchoolLocation>> PresenceRepository::locations() const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("school_locations"), QStringLiteral("deleted = 0"), {},
        QStringLiteral("name COLLATE NOCASE"));
    if (!found) {
        return found.error();
    }
    QList<SchoolLocation> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::location(row);
    }
    return out;
}

QString weekdayName(int isoWeekday)
{
    static const char *names[] = { QT_TRANSLATE_NOOP("kl::Weekday", "Monday"), QT_TRANSLATE_NOOP("kl::Weekday", "Tuesday"),
        QT_TRANSLATE_NOOP("kl::Weekday", "Wednesday"), QT_TRANSLATE_NOOP("kl::Weekday", "Thursday"),
        QT_TRANSLATE_NOOP("kl::Weekday", "Friday"), QT_TRANSLATE_NOOP("kl::Weekday", "Saturday"),
        QT_TRANSLATE_NOOP("kl::Weekday", "Sunday") };
    if (isoWeekday < 1 || isoWeekday > 7) {
        return {};
    }
    return QCoreApplication::translate("kl::Weekday", names[isoWeekday - 1]);
}

QString describe(const Presence &p)
{
    const QString times = QStringLiteral("%1–%2").arg(p.start.toString(QStringLiteral("H:mm")),
        p.end.toString(QStringLiteral("H:mm")));
    QString out = weekdayName(p.weekday) + QLatin1Char(' ') + times;
    if (!p.room.isEmpty()) {
        out += QStringLiteral(", ") + p.room; // stored as written: "kamer 12", "gymzaal"
    }
    return out;
}

} // namespace kl
