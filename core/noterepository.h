// The teacher's private notes and starred partners. Device only: these tables are never
// read by the sync engine and never recorded as changes.
#pragma once

#include "database.h"
#include "domain.h"

namespace kl {

class NoteRepository
{
public:
    explicit NoteRepository(Database &db) : m_db(db) { }

    [[nodiscard]] Result<QString> note(TargetKind kind, const QString &targetId) const;
    Status setNote(TargetKind kind, const QString &targetId, const QString &body); // empty body removes

    [[nodiscard]] Result<bool> isStarred(TargetKind kind, const QString &targetId) const;
    Status setStarred(TargetKind kind, const QString &targetId, bool starred);
    [[nodiscard]] Result<QList<QPair<TargetKind, QString>>> starred() const;

private:
    Database &m_db;
};

} // namespace kl
