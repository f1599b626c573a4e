#include "pagewriter.h"

#include "crashpoint.h"
#include "rows.h"
#include "searchindex.h"
#include "syncengine.h"
#include "syncprotocol.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace kl {

namespace {

const QString kCursorKey = QStringLiteral("sync.cursor");
const QString kSnapshotKey = QStringLiteral("sync.snapshot");
const QString kIndexDirtyKey = QStringLiteral("sync.index_dirty");

std::optional<TargetKind> searchKind(const QString &table)
{
    if (table == QLatin1String("organisations")) {
        return TargetKind::Organisation;
    }
    if (table == QLatin1String("persons")) {
        return TargetKind::Person;
    }
    if (table == QLatin1String("functions")) {
        return TargetKind::Function;
    }
    return std::nullopt;
}

} // namespace

// Every row of a page is checked before any is applied: one bad row refuses the page.
bool PageWriter::validRow(const QJsonValue &value)
{
    if (!value.isObject()) {
        return false;
    }
    const QJsonObject row = value.toObject();
    const QJsonValue table = row.value(QStringLiteral("table"));
    const QJsonValue id = row.value(QStringLiteral("id"));
    const QJsonValue version = row.value(QStringLiteral("version"));
    const QJsonValue fields = row.value(QStringLiteral("fields"));
    return table.isString() && id.isString() && !id.toString().isEmpty() && id.toString().size() <= 64
        && version.isDouble() && version.toDouble() > 0 && (fields.isUndefined() || fields.isObject())
        && (row.value(QStringLiteral("deleted")).isUndefined() || row.value(QStringLiteral("deleted")).isBool());
}


// What applying one page needs: prepared statements reused across its rows (a first sync
// is tens of thousands of rows), and what the page touched for the search index.
struct PageWriter::PageContext
{
    explicit PageContext(Database &db) : connection(db.connection()) { }

    Result<QSqlQuery *> run(const QString &sql, const QVariantList &binds)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            auto q = std::make_shared<QSqlQuery>(connection);
            q->setForwardOnly(true);
            if (!q->prepare(sql)) {
                return storeError(QStringLiteral("prepare"), sql + QStringLiteral(": ") + q->lastError().text());
            }
            it = statements.insert(sql, q);
        }
        QSqlQuery *q = it->get();
        q->finish();
        for (int i = 0; i < binds.size(); ++i) {
            q->bindValue(i, binds.at(i));
        }
        if (!q->exec()) {
            return Error { QStringLiteral("store.constraint"), q->lastError().text() };
        }
        return q;
    }
    ~PageContext()
    {
        for (const auto &q : std::as_const(statements)) {
            q->finish();
        }
    }

    QSqlDatabase connection;
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    bool trackSeen = false; // a snapshot over existing school rows: remember what arrived
    bool outboxEmpty = true;
    bool snapshot = false; // the index is rebuilt at the end: no per-row bookkeeping
    QString now = rows::nowIso(); // one page, one moment: updated_at of every row it touches
    QHash<QString, QString> upserts; // "table|columns" -> statement
    QSet<QPair<int, QString>> touched;
};

PageWriter::PageWriter(Database &db, Outbox &outbox) : m_db(db), m_outbox(outbox) { }

QString PageWriter::cursor() const
{
    return m_db.meta(kCursorKey);
}

Status PageWriter::resetPosition()
{
    if (auto r = setSnapshotMode(SnapshotMode::None); !r) {
        return r;
    }
    return m_db.setMeta(kCursorKey, QStringLiteral(""));
}

Status PageWriter::beginSnapshot()
{
    return m_db.write([&]() -> Status {
        if (auto r = m_db.run(QStringLiteral("DELETE FROM sync_seen")); !r) {
            return r.error();
        }
        if (auto r = m_db.setMeta(kCursorKey, QStringLiteral("")); !r) {
            return r;
        }
        // "2": nothing of the school here yet, so nothing can be missing at the end and
        // the snapshot need not remember what it brought. "1": compare at the end.
        bool anySchoolRow = false;
        for (const QString &table : rows::syncedTables()) {
            auto q = m_db.run(QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0%2 LIMIT 1")
                                  .arg(table, sync::hasOriginColumn(table) ? QStringLiteral(" AND origin = 0") : QString()));
            if (!q) {
                return q.error();
            }
            anySchoolRow = anySchoolRow || q.value().next();
        }
        return setSnapshotMode(anySchoolRow ? SnapshotMode::ReplacingRows : SnapshotMode::IntoEmpty);
    });
}

PageWriter::SnapshotMode PageWriter::snapshotMode() const
{
    const QString stored = m_db.meta(kSnapshotKey);
    return stored == QLatin1String("1") ? SnapshotMode::ReplacingRows
        : stored == QLatin1String("2")  ? SnapshotMode::IntoEmpty
                                        : SnapshotMode::None;
}

Status PageWriter::setSnapshotMode(SnapshotMode mode)
{
    static const QString stored[] { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") };
    return m_db.setMeta(kSnapshotKey, stored[static_cast<int>(mode)]);
}

Status PageWriter::writePage(const QJsonArray &rows, const QString &cursor, bool hasMore)
{
    const SnapshotMode mode = snapshotMode();
    const bool snapshot = mode != SnapshotMode::None;
    return m_db.write([&]() -> Status {
        PageContext page(m_db);
        page.trackSeen = mode == SnapshotMode::ReplacingRows;
        page.snapshot = snapshot;
        auto pending = m_outbox.count();
        if (!pending) {
            return pending.error();
        }
        page.outboxEmpty = pending.value() == 0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i == rows.size() / 2) {
                crashPoint("client-mid-apply");
            }
            if (auto r = applyRow(rows.at(i).toObject(), page); !r) {
                return r;
            }
        }
        if (snapshot || page.touched.size() > 64) {
            if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("1")); !r) {
                return r;
            }
        } else {
            SearchIndex index(m_db);
            for (const auto &[kind, id] : page.touched) {
                if (auto r = index.reindex(static_cast<TargetKind>(kind), id); !r) {
                    return r;
                }
            }
        }
        if (!hasMore) {
            if (mode == SnapshotMode::ReplacingRows) {
                if (auto r = finishSnapshot(); !r) {
                    return r;
                }
            } else if (mode == SnapshotMode::IntoEmpty) {
                if (auto r = setSnapshotMode(SnapshotMode::None); !r) {
                    return r;
                }
            }
            if (m_db.meta(kIndexDirtyKey) == QLatin1String("1")) {
                if (auto r = SearchIndex(m_db).rebuild(); !r) {
                    return r;
                }
                if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("0")); !r) {
                    return r;
                }
            }
        }
        crashPoint("client-before-cursor-save");
        return m_db.setMeta(kCursorKey, cursor);
    });
}

Status PageWriter::undoRejected(const QJsonArray &results)
{
    PageContext page(m_db);
    page.outboxEmpty = false;
    QSet<QPair<int, QString>> &touched = page.touched;
    for (const QJsonValue &v : results) {
        const QJsonObject result = v.toObject();
        if (result.value(QStringLiteral("status")).toString() != QLatin1String("rejected")) {
            continue;
        }
        qCWarning(lcSync) << "mutation" << result.value(QStringLiteral("id")).toInteger() << "rejected:"
                          << result.value(QStringLiteral("reason")).toString();
        // Undo the local edit: the server's row (or its absence) is the truth.
        const QJsonValue row = result.value(QStringLiteral("row"));
        if (row.isObject() && validRow(row)) {
            if (auto r = applyRow(row.toObject(), page); !r) {
                return r;
            }
        } else if (row.isNull()) {
            const QString table = result.value(QStringLiteral("table")).toString();
            const QString id = result.value(QStringLiteral("row_id")).toString();
            if (result.value(QStringLiteral("code")).toString() == QLatin1String("row.incomplete") && rows::isSyncedTable(table)) {
                // The server no longer knows the row (its tombstone was purged while we
                // were away) and our edit carried only the changed fields: send it whole.
                auto local = rows::load(m_db, table, id);
                if (!local) {
                    return local.error();
                }
                if (!local.value().isEmpty() && local.value().value(QStringLiteral("deleted")).toInt() == 0) {
                    QVariantMap full;
                    for (const QString &c : sync::syncedColumns(table)) {
                        full.insert(c, local.value().value(c));
                    }
                    if (auto r = m_outbox.record(Change { table, id, full, false }); !r) {
                        return r;
                    }
                    continue;
                }
            }
            if (rows::isSyncedTable(table)) {
                auto pendingFields = m_outbox.pendingFields(table, id);
                if (pendingFields && pendingFields.value().isEmpty()) {
                    if (auto r = rows::markDeleted(m_db, table, id); !r) {
                        return r;
                    }
                    if (const auto kind = searchKind(table)) {
                        touched.insert({ static_cast<int>(*kind), id });
                    }
                }
            }
        }
    }
    SearchIndex index(m_db);
    for (const auto &[kind, id] : touched) {
        if (auto r = index.reindex(static_cast<TargetKind>(kind), id); !r) {
            return r;
        }
    }
    return {};
}

Status PageWriter::applyRow(const QJsonObject &row, PageContext &page)
{
    const QString table = row.value(QStringLiteral("table")).toString();
    const QString id = row.value(QStringLiteral("id")).toString();
    const qint64 version = static_cast<qint64>(row.value(QStringLiteral("version")).toDouble());
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
    if (!sync::isSyncedTable(table)) {
        return {}; // a newer server's table: ignore, do not fail the page
    }
    if (page.trackSeen) {
        if (auto r = page.run(QStringLiteral("INSERT OR IGNORE INTO sync_seen(tbl, row_id) VALUES (?, ?)"), { table, id }); !r) {
            return r.error();
        }
    }
    if (table == QLatin1String("flags")) {
        if (deleted) {
            auto r = page.run(QStringLiteral("DELETE FROM flags WHERE id = ?"), { id });
            return r ? Status {} : Status { r.error() };
        }
        auto text = [&](const char *key) {
            const QString v = fields.value(QLatin1String(key)).toString();
            return v.isNull() ? QStringLiteral("") : v;
        };
        auto r = page.run(QStringLiteral("INSERT INTO flags(id, target_kind, target_id, reason, comment, created_at, resolved,"
                                         " row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                                         " resolved = excluded.resolved, created_at = excluded.created_at, row_version = excluded.row_version"),
            { id, text("target_kind"), text("target_id"), text("reason"), text("comment"), text("created_at"),
                fields.value(QStringLiteral("resolved")).toInt() != 0 ? 1 : 0, version });
        if (!r) {
            qCWarning(lcSync) << "flag" << id << "not applied:" << r.error().message;
        }
        return {};
    }
    QSet<QString> pending;
    if (!page.outboxEmpty) {
        auto p = m_outbox.pendingFields(table, id);
        if (!p) {
            return p.error();
        }
        pending = p.value();
        if (pending.contains(QStringLiteral("*"))) {
            return {}; // deleted here, not yet pushed: the push decides
        }
    }
    // Never touch a personal row, whatever the server says: the guard is in the SQL.
    QString guard;
    if (sync::hasOriginColumn(table)) {
        guard = QStringLiteral(" WHERE %1.origin = 0").arg(table);
    } else if (table == QLatin1String("holdings")) {
        guard = QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = holdings.function_id AND f.origin <> 0)");
    }
    if (const auto kind = searchKind(table)) {
        page.touched.insert({ static_cast<int>(*kind), id });
    }
    if (table == QLatin1String("holdings") && !page.snapshot) {
        // A holding's text lives in its function's and person's documents (before and after).
        auto h = rows::load(m_db, table, id);
        if (h && !h.value().isEmpty()) {
            page.touched.insert({ static_cast<int>(TargetKind::Function), h.value().value(QStringLiteral("function_id")).toString() });
            page.touched.insert({ static_cast<int>(TargetKind::Person), h.value().value(QStringLiteral("person_id")).toString() });
        }
    }
    if (table == QLatin1String("holdings") && !deleted) {
        page.touched.insert({ static_cast<int>(TargetKind::Function), fields.value(QStringLiteral("function_id")).toString() });
        page.touched.insert({ static_cast<int>(TargetKind::Person), fields.value(QStringLiteral("person_id")).toString() });
    }
    if (deleted) {
        if (!pending.isEmpty()) {
            return {}; // an edit here revives it on the server; keep it until then
        }
        const QString where = guard.isEmpty() ? QStringLiteral(" WHERE id = ?") : guard + QStringLiteral(" AND id = ?");
        auto r = page.run(QStringLiteral("UPDATE %1 SET deleted = 1, row_version = ?, updated_at = ?%2").arg(table, where),
            { version, page.now, id });
        return r ? Status {} : Status { r.error() };
    }
    QStringList cols { QStringLiteral("id"), QStringLiteral("updated_at"), QStringLiteral("row_version"),
        QStringLiteral("deleted") };
    QVariantList binds { id, page.now, version, 0 };
    for (const QString &column : sync::syncedColumns(table)) {
        if (!fields.contains(column) || pending.contains(column)) {
            continue;
        }
        if (column == QLatin1String("origin") && fields.value(column).toInt() != static_cast<int>(Origin::School)) {
            qCWarning(lcSync) << "server row" << table << id << "claims personal origin; ignored";
            return {};
        }
        const auto value = sync::decodeValue(table, column, fields.value(column));
        if (!value) {
            qCWarning(lcSync) << "server row" << table << id << "has a bad value for" << column << "; row skipped";
            return {};
        }
        cols << column;
        binds << *value;
    }
    // The statement depends only on the table and the columns present: built once per page.
    const QString colList = cols.join(QLatin1Char(','));
    QString &sql = page.upserts[table + QLatin1Char('|') + colList];
    if (sql.isEmpty()) {
        QStringList updates;
        for (qsizetype i = 1; i < cols.size(); ++i) {
            updates << cols.at(i) + QStringLiteral(" = excluded.") + cols.at(i);
        }
        const QString marks = QStringList(cols.size(), QStringLiteral("?")).join(QLatin1Char(','));
        sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO UPDATE SET %4%5")
                  .arg(table, colList, marks, updates.join(QLatin1Char(',')), guard);
    }
    // A row the local schema refuses (a CHECK after a field-wise merge) fails only this
    // statement: it is logged and skipped instead of blocking every later page.
    auto r = page.run(sql, binds);
    if (!r) {
        qCWarning(lcSync) << "server row" << table << id << "not applied:" << r.error().message;
    }
    return {};
}

Status PageWriter::dropSchoolRows()
{
    // Another school's shared list leaves with the school; personal rows, notes and stars stay.
    for (const QString &table : rows::syncedTables()) {
        QString where;
        if (sync::hasOriginColumn(table)) {
            where = QStringLiteral(" WHERE origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where = QStringLiteral(" WHERE NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = holdings.function_id AND f.origin <> 0)");
        }
        if (auto r = m_db.run(QStringLiteral("DELETE FROM %1%2").arg(table, where)); !r) {
            return r.error();
        }
    }
    for (const char *sql : { "DELETE FROM flags WHERE target_id NOT IN (SELECT id FROM organisations WHERE origin <> 0"
                             " UNION SELECT id FROM persons WHERE origin <> 0 UNION SELECT id FROM functions WHERE origin <> 0)",
             "DELETE FROM sync_seen" }) {
        if (auto r = m_db.run(QLatin1String(sql)); !r) {
            return r.error();
        }
    }
    return SearchIndex(m_db).rebuild();
}

Status PageWriter::finishSnapshot()
{
    // School rows the snapshot did not bring are gone on the server, unless an edit here
    // still waits to be pushed. Personal rows are never touched.
    for (const QString &table : rows::syncedTables()) {
        QString where = QStringLiteral("deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_seen s WHERE s.tbl = ? AND s.row_id = t.id)"
                                       " AND NOT EXISTS (SELECT 1 FROM sync_outbox o WHERE o.tbl = ? AND o.row_id = t.id)");
        if (sync::hasOriginColumn(table)) {
            where += QStringLiteral(" AND origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM functions f WHERE f.id = t.function_id AND f.origin <> 0)");
        }
        auto r = m_db.run(QStringLiteral("UPDATE %1 AS t SET deleted = 1 WHERE %2").arg(table, where), { table, table });
        if (!r) {
            return r.error();
        }
    }
    if (auto r = m_db.run(QStringLiteral("DELETE FROM sync_seen")); !r) {
        return r.error();
    }
    if (auto r = m_db.setMeta(kIndexDirtyKey, QStringLiteral("1")); !r) {
        return r;
    }
    return setSnapshotMode(SnapshotMode::None);
}


} // namespace kl
