#include "flagrepository.h"

#include "repositorysupport.h"

namespace kl {

Result<QString> FlagRepository::report(Flag f)
{
    if (f.targetId.isEmpty()) {
        return detail::invalid(QStringLiteral("flag.target"), Validation::tr("Choose the contact you want to report."));
    }
    f.comment = f.comment.isNull() ? QStringLiteral("") : f.comment.trimmed(); // a null QString would bind as NULL
    if (f.reason == FlagReason::Other && f.comment.isEmpty()) {
        return detail::invalid(QStringLiteral("flag.comment"), Validation::tr("Briefly describe what is wrong."));
    }
    if (f.comment.size() > 500) {
        return detail::invalid(QStringLiteral("flag.comment"), Validation::tr("Keep the comment under 500 characters."));
    }
    if (f.id.isEmpty()) {
        f.id = newId();
    }
    if (!f.createdAt.isValid()) {
        f.createdAt = QDateTime::currentDateTimeUtc();
    }
    const QVariantMap fields { { QStringLiteral("target_kind"), targetKindKey(f.targetKind) },
        { QStringLiteral("target_id"), f.targetId }, { QStringLiteral("reason"), flagReasonKey(f.reason) },
        { QStringLiteral("comment"), f.comment },
        { QStringLiteral("created_at"), f.createdAt.toUTC().toString(Qt::ISODateWithMs) } };
    if (auto r = detail::checkFields(QStringLiteral("flags"), fields); !r) {
        return r.error();
    }
    const Status s = m_db.write([&]() -> Status {
        auto r = m_db.run(QStringLiteral("INSERT INTO flags(id, target_kind, target_id, reason, comment, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"),
            { f.id, targetKindKey(f.targetKind), f.targetId, flagReasonKey(f.reason), f.comment,
                f.createdAt.toUTC().toString(Qt::ISODateWithMs) });
        if (!r) {
            return r.error();
        }
        return m_db.recordChange(Change { QStringLiteral("flags"), f.id, fields, false });
    });
    if (!s) {
        return s.error();
    }
    return f.id;
}

Result<QList<Flag>> FlagRepository::query(const QString &where, const QVariantList &binds) const
{
    auto q = m_db.run(QStringLiteral("SELECT id, target_kind, target_id, reason, comment, created_at, resolved FROM flags "
                                     "WHERE %1 ORDER BY created_at DESC")
                          .arg(where),
        binds);
    if (!q) {
        return q.error();
    }
    QList<Flag> out;
    while (q.value().next()) {
        Flag f;
        f.id = q.value().value(0).toString();
        f.targetKind = targetKindFromKey(q.value().value(1).toString()).value_or(TargetKind::Person);
        f.targetId = q.value().value(2).toString();
        f.reason = flagReasonFromKey(q.value().value(3).toString()).value_or(FlagReason::Other);
        f.comment = q.value().value(4).toString();
        f.createdAt = QDateTime::fromString(q.value().value(5).toString(), Qt::ISODateWithMs);
        f.resolved = q.value().value(6).toInt() != 0;
        out << f;
    }
    return out;
}

Result<QList<Flag>> FlagRepository::forTarget(TargetKind kind, const QString &targetId) const
{
    return query(QStringLiteral("target_kind = ? AND target_id = ?"), { targetKindKey(kind), targetId });
}

Result<QList<Flag>> FlagRepository::open() const
{
    return query(QStringLiteral("resolved = 0"), {});
}

Result<QList<Flag>> FlagRepository::unsent() const
{
    return query(QStringLiteral("row_version = 0"), {});
}

Status FlagRepository::markSent(const QStringList &ids, qint64 serverVersion)
{
    return m_db.write([&]() -> Status {
        for (const QString &id : ids) {
            if (auto r = m_db.run(QStringLiteral("UPDATE flags SET row_version = ? WHERE id = ?"), { serverVersion, id }); !r) {
                return r.error();
            }
        }
        return {};
    });
}

} // namespace kl
