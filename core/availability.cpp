#include "availability.h"

#include "functionrepository.h"
#include "presencerepository.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace kl {

Availability nextAvailability(const QList<Presence> &windows, const QDateTime &from)
{
    Availability best;
    std::optional<QDateTime> bestStart;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = from.date().addDays(offset);
        for (const Presence &p : windows) {
            if (!p.appliesOn(day) || !p.start.isValid() || !p.end.isValid()) {
                continue;
            }
            const QDateTime start(day, p.start, from.timeZone());
            const QDateTime end(day, p.end, from.timeZone());
            if (end <= from) {
                continue;
            }
            if (!bestStart || start < *bestStart) {
                bestStart = start;
                best.day = day;
                best.slot = p;
                best.atSchoolNow = start <= from;
            }
        }
        if (bestStart) {
            break;
        }
    }
    return best;
}

Result<QList<Presence>> presenceFor(Database &db, TargetKind kind, const QString &id)
{
    FunctionRepository functions(db);
    PresenceRepository presence(db);
    QList<Presence> out;
    auto addFrom = [&](const QString &organisationId, auto accept) -> Status {
        auto all = presence.listForOrganisation(organisationId);
        if (!all) {
            return all.error();
        }
        for (const Presence &p : all.value()) {
            if (accept(p)) {
                out << p;
            }
        }
        return {};
    };
    if (kind == TargetKind::Function) {
        auto fn = functions.get(id);
        if (!fn) {
            return fn.error();
        }
        if (!fn.value()) {
            return out;
        }
        auto holder = functions.currentHolder(id);
        if (!holder) {
            return holder.error();
        }
        const QString holderId = holder.value() ? holder.value()->id : QString();
        auto s = addFrom(fn.value()->organisationId, [&](const Presence &p) {
            if (!p.functionId.isEmpty()) {
                return p.functionId == id;
            }
            if (!p.personId.isEmpty()) {
                return p.personId == holderId;
            }
            return true;
        });
        if (!s) {
            return s.error();
        }
        return out;
    }
    if (kind == TargetKind::Person) {
        auto held = functions.heldBy(id);
        if (!held) {
            return held.error();
        }
        QStringList fnIds;
        QStringList orgIds;
        for (const Function &f : held.value()) {
            fnIds << f.id;
            if (!orgIds.contains(f.organisationId)) {
                orgIds << f.organisationId;
            }
        }
        auto person = db.run(QStringLiteral("SELECT organisation_id FROM persons WHERE id = ? AND deleted = 0"), { id });
        if (!person) {
            return person.error();
        }
        if (person.value().next()) {
            const QString org = person.value().value(0).toString();
            if (!org.isEmpty() && !orgIds.contains(org)) {
                orgIds << org;
            }
        }
        for (const QString &org : orgIds) {
            auto s = addFrom(org, [&](const Presence &p) {
                if (!p.personId.isEmpty()) {
                    return p.personId == id;
                }
                if (!p.functionId.isEmpty()) {
                    return fnIds.contains(p.functionId);
                }
                return fnIds.isEmpty();
            });
            if (!s) {
                return s.error();
            }
        }
        return out;
    }
    auto s = addFrom(id, [](const Presence &) { return true; });
    if (!s) {
        return s.error();
    }
    return out;
}

QString relativeDayName(const QDate &day, const QDate &today)
{
    if (day == today) {
        return QCoreApplication::translate("kl::Availability", "today");
    }
    if (day == today.addDays(1)) {
        return QCoreApplication::translate("kl::Availability", "tomorrow");
    }
    return weekdayName(day.dayOfWeek()); // Dutch weekday names are lower case already
}

QString describeAvailability(const Availability &a, const QDateTime &now)
{
    if (!a.known()) {
        return QCoreApplication::translate("kl::Availability", "No regular hours at school");
    }
    const QString room = a.slot.room;
    const QString start = a.slot.start.toString(QStringLiteral("H:mm"));
    const QString end = a.slot.end.toString(QStringLiteral("H:mm"));
    if (a.atSchoolNow) {
        return room.isEmpty() ? QCoreApplication::translate("kl::Availability", "At school now, until %1").arg(end)
                              : QCoreApplication::translate("kl::Availability", "At school now, until %1, %2").arg(end, room);
    }
    const QString day = relativeDayName(*a.day, now.date());
    return room.isEmpty() ? QCoreApplication::translate("kl::Availability", "Next at school: %1 %2–%3").arg(day, start, end)
                          : QCoreApplication::translate("kl::Availability", "Next at school: %1 %2–%3, %4").arg(day, start, end, room);
}

} // namespace kl
