// Teachers' reports that a contact is stale. Append-only: a report is never edited or
// merged, so reports from many phones never conflict; coordinators resolve them.
#pragma once

#include "database.h"
#include "domain.h"

namespace kl {

class FlagRepository
{
public:
    explicit FlagRepository(Database &db) : m_db(db) { }

    Result<QString> report(Flag flag);
    [[nodiscard]] Result<QList<Flag>> forTarget(TargetKind kind, const QString &targetId) const;
    [[nodiscard]] Result<QList<Flag>> open() const;
    // Reports made on this device that the server has not acknowledged yet.
    [[nodiscard]] Result<QList<Flag>> unsent() const;
    Status markSent(const QStringList &ids, qint64 serverVersion);

private:
    Result<QList<Flag>> query(const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace kl
