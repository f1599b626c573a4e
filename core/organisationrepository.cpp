#include "organisationrepository.h"

#include "repositorysupport.h"
#include "rows.h"
#include "searchindex.h"

namespace kl {

Result<QString> OrganisationRepository::save(Organisation o)
{
    if (o.name.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("organisation.name"), Validation::tr("Enter the organisation's name."));
    }
    if ((o.latitude.has_value() != o.longitude.has_value())
        || (o.latitude && (*o.latitude < -90 || *o.latitude > 90 || *o.longitude < -180 || *o.longitude > 180))) {
        return detail::invalid(QStringLiteral("organisation.coordinates"),
            Validation::tr("The coordinates are not valid (latitude -90 to 90, longitude -180 to 180)."));
    }
    if (o.id.isEmpty()) {
        o.id = newId();
    }
    const Status s = m_db.write([&]() -> Status {
        if (auto r = detail::saveRow(m_db, QStringLiteral("organisations"), o.id, rows::of(o), o.origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Organisation, o.id);
    });
    if (!s) {
        return s.error();
    }
    return o.id;
}

Result<std::optional<Organisation>> OrganisationRepository::get(const QString &id) const
{
    auto row = rows::load(m_db, QStringLiteral("organisations"), id);
    if (!row) {
        return row.error();
    }
    if (row.value().isEmpty() || row.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return std::optional<Organisation> {};
    }
    return std::optional<Organisation>(rows::organisation(row.value()));
}

Result<QList<Organisation>> OrganisationRepository::list(std::optional<Origin> origin) const
{
    auto found = origin ? rows::loadWhere(m_db, QStringLiteral("organisations"),
                              QStringLiteral("deleted = 0 AND origin = ?"), { static_cast<int>(*origin) },
                              QStringLiteral("name COLLATE NOCASE"))
                        : rows::loadWhere(m_db, QStringLiteral("organisations"), QStringLiteral("deleted = 0"), {},
                              QStringLiteral("name COLLATE NOCASE"));
    if (!found) {
        return found.error();
    }
    QList<Organisation> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::organisation(row);
    }
    return out;
}

Status OrganisationRepository::remove(const QString &id)
{
    auto existing = get(id);
    if (!existing) {
        return existing.error();
    }
    if (!existing.value()) {
        return detail::invalid(QStringLiteral("organisation.missing"), Validation::tr("This organisation no longer exists."));
    }
    return m_db.write([&]() -> Status {
        if (auto r = detail::deleteRow(m_db, QStringLiteral("organisations"), id, existing.value()->origin); !r) {
            return r;
        }
        return SearchIndex(m_db).reindex(TargetKind::Organisation, id);
    });
}

} // namespace kl
