#include "noterepository.h"

#include "repositorysupport.h"

namespace kl {

Result<QString> NoteRepository::note(TargetKind kind, const QString &targetId) const
{
    auto q = m_db.run(QStringLiteral("SELECT body FROM private_notes WHERE target_kind = ? AND target_id = ?"),
        { targetKindKey(kind), targetId });
    if (!q) {
        return q.error();
    }
    return q.value().next() ? q.value().value(0).toString() : QString();
}

Status NoteRepository::setNote(TargetKind kind, const QString &targetId, const QString &body)
{
    if (body.size() > 10000) {
        return detail::invalid(QStringLiteral("note.length"), Validation::tr("The note is too long (at most 10,000 characters)."));
    }
    return m_db.write([&]() -> Status {
        auto r = body.trimmed().isEmpty()
            ? m_db.run(QStringLiteral("DELETE FROM private_notes WHERE target_kind = ? AND target_id = ?"),
                  { targetKindKey(kind), targetId })
            : m_db.run(QStringLiteral("INSERT INTO private_notes(target_kind, target_id, body, updated_at) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT(target_kind, target_id) DO UPDATE SET body = excluded.body, "
                                      "updated_at = excluded.updated_at"),
                  { targetKindKey(kind), targetId, body, rows::nowIso() });
        return r ? Status {} : Status { r.error() };
    });
}

Result<bool> NoteRepository::isStarred(TargetKind kind, const QString &targetId) const
{
    auto q = m_db.run(QStringLiteral("SELECT 1 FROM stars WHERE target_kind = ? AND target_id = ?"),
        { targetKindKey(kind), targetId });
    if (!q) {
        return q.error();
    }
    return q.value().next();
}

Status NoteRepository::setStarred(TargetKind kind, const QString &targetId, bool starred)
{
    return m_db.write([&]() -> Status {
        auto r = starred ? m_db.run(QStringLiteral("INSERT OR IGNORE INTO stars(target_kind, target_id, created_at) "
                                                   "VALUES (?, ?, ?)"),
                               { targetKindKey(kind), targetId, rows::nowIso() })
                         : m_db.run(QStringLiteral("DELETE FROM stars WHERE target_kind = ? AND target_id = ?"),
                               { targetKindKey(kind), targetId });
        return r ? Status {} : Status { r.error() };
    });
}

Result<QList<QPair<TargetKind, QString>>> NoteRepository::starred() const
{
    auto q = m_db.run(QStringLiteral("SELECT target_kind, target_id FROM stars ORDER BY created_at"));
    if (!q) {
        return q.error();
    }
    QList<QPair<TargetKind, QString>> out;
    while (q.value().next()) {
        out.append({ targetKindFromKey(q.value().value(0).toString()).value_or(TargetKind::Person),
            q.value().value(1).toString() });
    }
    return out;
}

} // namespace kl
