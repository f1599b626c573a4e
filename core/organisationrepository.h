// Partner organisations: the school's list (synced) and the teacher's own (device only).
#pragma once

#include "database.h"
#include "domain.h"

#include <optional>

namespace kl {

class OrganisationRepository
{
public:
    explicit OrganisationRepository(Database &db) : m_db(db) { }

    // Validates, assigns an id to a new organisation and stores it. Returns the id.
    Result<QString> save(Organisation organisation);
    [[nodiscard]] Result<std::optional<Organisation>> get(const QString &id) const;
    [[nodiscard]] Result<QList<Organisation>> list(std::optional<Origin> origin = std::nullopt) const;
    Status remove(const QString &id);

private:
    Database &m_db;
};

} // namespace kl
