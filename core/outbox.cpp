#include "outbox.h"

#include "rows.h"
#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace kl {

QJsonObject Mutation::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("table"), table }, { QStringLiteral("row"), rowId },
        { QStringLiteral("op"), op }, { QStringLiteral("base"), baseVersion } };
    if (!fields.isEmpty()) {
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}

void Outbox::install()
{
    m_db.setChangeRecorder([this](const Change &change) { return record(change); });
}

Status Outbox::record(const Change &change)
{
    if (!sync::isSyncedTable(change.table)) {
        return {};
    }
    qint64 baseVersion = 0;
    if (change.table != QLatin1String("flags")) {
        auto row = rows::load(m_db, change.table, change.id);
        if (!row) {
            return row.error();
        }
        // Defence in depth: whatever a caller claims, a personal row never leaves the device.
        if (sync::hasOriginColumn(change.table) && !row.value().isEmpty()
            && row.value().value(QStringLiteral("origin")).toInt() != static_cast<int>(Origin::School)) {
            return {};
        }
        if (change.fields.value(QStringLiteral("origin"), 0).toInt() != static_cast<int>(Origin::School)) {
            return {};
        }
        if (change.table == QLatin1String("holdings") && !row.value().isEmpty()) {
            auto fn = rows::load(m_db, QStringLiteral("functions"), row.value().value(QStringLiteral("function_id")).toString());
            if (!fn) {
                return fn.error();
            }
            if (!fn.value().isEmpty() && fn.value().value(QStringLiteral("origin")).toInt() != static_cast<int>(Origin::School)) {
                return {};
            }
        }
        baseVersion = row.value().value(QStringLiteral("row_version")).toLongLong();
    }
    QJsonObject fields;
    const QStringList &allowed = sync::syncedColumns(change.table);
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (allowed.contains(it.key())) {
            fields.insert(it.key(), sync::encodeValue(change.table, it.key(), it.value()));
        }
    }
    QString op = change.deleted ? QString(sync::kOpDelete) : QString(sync::kOpUpsert);
    if (change.table == QLatin1String("flags")) {
        op = sync::kOpFlag;
        // A report about one of the teacher's own contacts stays on the phone like the contact.
        const auto kind = targetKindFromKey(change.fields.value(QStringLiteral("target_kind")).toString());
        const QString targetTable = !kind ? QString()
            : *kind == TargetKind::Organisation ? QStringLiteral("organisations")
            : *kind == TargetKind::Function     ? QStringLiteral("functions")
                                                : QStringLiteral("persons");
        if (targetTable.isEmpty()) {
            return {};
        }
        auto target = rows::load(m_db, targetTable, change.fields.value(QStringLiteral("target_id")).toString());
        if (!target) {
            return target.error();
        }
        if (!target.value().isEmpty()
            && target.value().value(QStringLiteral("origin")).toInt() != static_cast<int>(Origin::School)) {
            return {};
        }
        if (!fields.contains(QStringLiteral("created_at"))) {
            auto q = m_db.run(QStringLiteral("SELECT created_at FROM flags WHERE id = ?"), { change.id });
            if (q && q.value().next()) {
                fields.insert(QStringLiteral("created_at"), q.value().value(0).toString());
            }
        }
    }
    if (!change.deleted && fields.isEmpty()) {
        return {};
    }
    auto r = m_db.run(QStringLiteral("INSERT INTO sync_outbox(tbl, row_id, op, fields, base_version, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
        { change.table, change.id, op, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)),
            baseVersion, rows::nowIso() });
    return r ? Status {} : Status { r.error() };
}

Result<QList<Mutation>> Outbox::pending(int limit, qint64 maxBytes) const
{
    auto q = m_db.run(QStringLiteral("SELECT mutation_id, tbl, row_id, op, fields, base_version FROM sync_outbox "
                                     "ORDER BY mutation_id LIMIT ?"),
        { limit });
    if (!q) {
        return q.error();
    }
    QList<Mutation> out;
    qint64 bytes = 0;
    while (q.value().next()) {
        Mutation m;
        m.id = q.value().value(0).toLongLong();
        m.table = q.value().value(1).toString();
        m.rowId = q.value().value(2).toString();
        m.op = q.value().value(3).toString();
        const QByteArray json = q.value().value(4).toString().toUtf8();
        m.fields = QJsonDocument::fromJson(json).object();
        m.baseVersion = q.value().value(5).toLongLong();
        bytes += json.size() + 128;
        if (!out.isEmpty() && bytes > maxBytes) {
            break;
        }
        out << m;
    }
    return out;
}

Result<int> Outbox::count() const
{
    auto q = m_db.run(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!q) {
        return q.error();
    }
    q.value().next();
    return q.value().value(0).toInt();
}

Status Outbox::confirmUpTo(qint64 lastConfirmed)
{
    auto r = m_db.run(QStringLiteral("DELETE FROM sync_outbox WHERE mutation_id <= ?"), { lastConfirmed });
    return r ? Status {} : Status { r.error() };
}

Result<QSet<QString>> Outbox::pendingFields(const QString &table, const QString &rowId) const
{
    auto q = m_db.run(QStringLiteral("SELECT op, fields FROM sync_outbox WHERE tbl = ? AND row_id = ?"), { table, rowId });
    if (!q) {
        return q.error();
    }
    QSet<QString> out;
    while (q.value().next()) {
        if (q.value().value(0).toString() == sync::kOpDelete) {
            out.insert(QStringLiteral("*"));
        }
        const QJsonObject fields = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            out.insert(it.key());
        }
    }
    return out;
}

Status Outbox::renumberFromOne()
{
    return m_db.write([&]() -> Status {
        auto ids = m_db.run(QStringLiteral("SELECT mutation_id FROM sync_outbox ORDER BY mutation_id"));
        if (!ids) {
            return ids.error();
        }
        QList<qint64> old;
        while (ids.value().next()) {
            old << ids.value().value(0).toLongLong();
        }
        // Move out of the way first (negative ids), then down to 1..n: no key collides.
        for (qint64 id : old) {
            if (auto r = m_db.run(QStringLiteral("UPDATE sync_outbox SET mutation_id = ? WHERE mutation_id = ?"), { -id, id }); !r) {
                return r.error();
            }
        }
        qint64 next = 1;
        for (qint64 id : old) {
            if (auto r = m_db.run(QStringLiteral("UPDATE sync_outbox SET mutation_id = ? WHERE mutation_id = ?"), { next++, -id });
                !r) {
                return r.error();
            }
        }
        auto r = m_db.run(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'sync_outbox'"), { next - 1 });
        return r ? Status {} : Status { r.error() };
    });
}

Status Outbox::clear()
{
    auto r = m_db.run(QStringLiteral("DELETE FROM sync_outbox"));
    return r ? Status {} : Status { r.error() };
}

} // namespace kl
