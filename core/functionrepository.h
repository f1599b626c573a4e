// Functions at organisations and who holds them. handOver() ends the current holding and
// starts the successor's in one transaction: lines aimed at the function keep working
// and the history stays (staff turnover is the research's main complaint).
#pragma once

#include "database.h"
#include "domain.h"

#include <optional>

namespace kl {

class FunctionRepository
{
public:
    explicit FunctionRepository(Database &db) : m_db(db) { }

    Result<QString> save(Function function);
    [[nodiscard]] Result<std::optional<Function>> get(const QString &id) const;
    [[nodiscard]] Result<QList<Function>> listForOrganisation(const QString &organisationId) const;
    Status remove(const QString &id);

    // Makes personId the holder from `since` on; the previous holder's holding ends the
    // day before. Assigning the current holder again is a no-op.
    Status handOver(const QString &functionId, const QString &personId, const QDate &since);
    // Leaves the function vacant (the holder left and no successor is known yet).
    Status vacate(const QString &functionId, const QDate &lastDay);

    [[nodiscard]] Result<std::optional<Person>> currentHolder(const QString &functionId) const;
    [[nodiscard]] Result<QList<Holding>> history(const QString &functionId) const; // newest first
    [[nodiscard]] Result<QList<Function>> heldBy(const QString &personId) const;

private:
    Database &m_db;
};

} // namespace kl
