#include "functionrepository.h"

#include "repositorysupport.h"
#include "rows.h"
#include "searchindex.h"

#include <QSqlRecord>

namespace kl {

Result<QString> FunctionRepository::save(Function f)
{
    if (f.title.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("function.title"), Validation::tr("Enter the function's title."));
    }
    if (f.organisationId.isEmpty()) {
        return detail::invalid(QStringLiteral("function.organisation"),
            Validation::tr("Choose the organisation this function belongs to."));
    }
    if (f.id.isEmpty()) {
        f.id = newId();
    }
    const Status s = m_db.write([&]() -> Status {
        if (auto r = detail::saveRow(m_db, QStringLiteral("functions"), f.id, rows::of(f), f.origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Function, f.id);
    });
    if (!s) {
        return s.error();
    }
    return f.id;
}

Result<std::optional<Function>> FunctionRepository::get(const QString &id) const
{
    auto row = rows::load(m_db, QStringLiteral("functions"), id);
    if (!row) {
        return row.error();
    }
    if (row.value().isEmpty() || row.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return std::optional<Function> {};
    }
    return std::optional<Function>(rows::function(row.value()));
}

Result<QList<Function>> FunctionRepository::listForOrganisation(const QString &organisationId) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("functions"), QStringLiteral("deleted = 0 AND organisation_id = ?"),
        { organisationId }, QStringLiteral("title COLLATE NOCASE"));
    if (!found) {
        return found.error();
    }
    QList<Function> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::function(row);
    }
    return out;
}

Status FunctionRepository::remove(const QString &id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        return detail::invalid(QStringLiteral("function.missing"), Validation::tr("This function no longer exists."));
    }
    return m_db.write([&]() -> Status {
        if (auto r = detail::deleteRow(m_db, QStringLiteral("functions"), id, existing.value()->origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Function, id);
    });
}

Status FunctionRepository::handOver(const QString &functionId, const QString &personId, const QDate &since)
{
    if (!since.isValid()) {
        return detail::invalid(QStringLiteral("holding.date"), Validation::tr("Choose the date of the hand-over."));
    }
    auto function = get(functionId);
    if (!function) {
        return function.error();
    }
    if (!function.value()) {
        return detail::invalid(QStringLiteral("function.missing"), Validation::tr("This function no longer exists."));
    }
    auto person = rows::load(m_db, QStringLiteral("persons"), personId);
    if (!person) {
        return person.error();
    }
    if (person.value().isEmpty() || person.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return detail::invalid(QStringLiteral("person.missing"), Validation::tr("This person no longer exists."));
    }
    const Origin origin = function.value()->origin;
    return m_db.write([&]() -> Status {
        auto current = rows::loadWhere(m_db, QStringLiteral("holdings"),
            QStringLiteral("function_id = ? AND until IS NULL AND deleted = 0"), { functionId });
        if (!current) {
            return current.error();
        }
        QString previousPerson;
        for (const QVariantMap &row : current.value()) {
            Holding h = rows::holding(row);
            if (h.personId == personId) {
                return {}; // already the holder
            }
            if (since <= h.since) {
                return detail::invalid(QStringLiteral("holding.date"),
                    Validation::tr("The hand-over date must be after the current holder started (%1).")
                        .arg(h.since.toString(Qt::ISODate)));
            }
            previousPerson = h.personId;
            h.until = since.addDays(-1);
            if (auto r = detail::saveRow(m_db, QStringLiteral("holdings"), h.id, rows::of(h), origin); !r) {
                return r;
            }
        }
        Holding next { newId(), functionId, personId, since, std::nullopt };
        if (auto r = detail::saveRow(m_db, QStringLiteral("holdings"), next.id, rows::of(next), origin); !r) {
            return r;
        }
        SearchIndex index(m_db);
        if (auto r = index.reindex(TargetKind::Function, functionId); !r) {
            return r;
        }
        if (!previousPerson.isEmpty()) {
            return index.reindex(TargetKind::Person, previousPerson);
        }
        return {};
    });
}

Status FunctionRepository::vacate(const QString &functionId, const QDate &lastDay)
{
    auto function = get(functionId);
    if (!function) {
        return function.error();
    }
    if (!function.value()) {
        return detail::invalid(QStringLiteral("function.missing"), Validation::tr("This function no longer exists."));
    }
    return m_db.write([&]() -> Status {
        auto current = rows::loadWhere(m_db, QStringLiteral("holdings"),
            QStringLiteral("function_id = ? AND until IS NULL AND deleted = 0"), { functionId });
        if (!current) {
            return current.error();
        }
        SearchIndex index(m_db);
        for (const QVariantMap &row : current.value()) {
            Holding h = rows::holding(row);
            h.until = std::max(lastDay, h.since);
            if (auto r = detail::saveRow(m_db, QStringLiteral("holdings"), h.id, rows::of(h), function.value()->origin);
                !r) {
                return r;
            }
            if (auto r = index.reindex(TargetKind::Person, h.personId); !r) {
                return r;
            }
        }
        return index.reindex(TargetKind::Function, functionId);
    });
}

Result<std::optional<Person>> FunctionRepository::currentHolder(const QString &functionId) const
{
    auto q = m_db.run(QStringLiteral("SELECT p.* FROM holdings h JOIN persons p ON p.id = h.person_id "
                                     "WHERE h.function_id = ? AND h.until IS NULL AND h.deleted = 0 AND p.deleted = 0"),
        { functionId });
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Person> {};
    }
    QVariantMap row;
    const QSqlRecord rec = q.value().record();
    for (int i = 0; i < rec.count(); ++i) {
        row.insert(rec.fieldName(i), rec.value(i));
    }
    return std::optional<Person>(rows::person(row));
}

Result<QList<Holding>> FunctionRepository::history(const QString &functionId) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("holdings"), QStringLiteral("function_id = ? AND deleted = 0"),
        { functionId }, QStringLiteral("since DESC"));
    if (!found) {
        return found.error();
    }
    QList<Holding> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::holding(row);
    }
    return out;
}

Result<QList<Function>> FunctionRepository::heldBy(const QString &personId) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("functions"),
        QStringLiteral("deleted = 0 AND id IN (SELECT function_id FROM holdings WHERE person_id = ? AND until IS NULL "
                       "AND deleted = 0)"),
        { personId }, QStringLiteral("title COLLATE NOCASE"));
    if (!found) {
        return found.error();
    }
    QList<Function> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::function(row);
    }
    return out;
}

} // namespace kl
