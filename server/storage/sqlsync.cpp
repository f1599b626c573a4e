// SqlStorage, part two: the synced rows. Pull pages in keyset order, pushes (one or a
// group sharing one commit) merged field by field, imports as one version, purging
// tombstones, and what coordinators and tests read back (status, conflicts, mutation log).
#include "sqlstorage.h"

#include "crashpoint.h"
#include "fieldrules.h"
#include "merge.h"
#include "timestamps.h"

#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace kl::server {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString jsonValue(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact));
}

QJsonValue parseValue(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).array().at(0);
}

QByteArray quoted(const QString &s)
{
    return QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<std::optional<ServerRow>> SqlStorage::loadRow(const QString &schoolId, const QString &table, const QString &id)
{
    auto q = run(QStringLiteral("SELECT row_version, deleted, fields, field_versions FROM rows WHERE school_id = ? AND rkey = ?"),
        { schoolId, sync::rowKey(table, id) });
    if (!q) {
        return q.error();
    }
    if (!q.value()->next()) {
        return std::optional<ServerRow> {};
    }
    const QSqlQuery &r = *q.value();
    return std::optional<ServerRow>(ServerRow { table, id, r.value(0).toLongLong(), r.value(1).toBool(),
        parseObject(r.value(2)), parseObject(r.value(3)) });
}

Status SqlStorage::storeRow(const QString &schoolId, const ServerRow &row, const QString &stamp)
{
    auto r = run(QStringLiteral("INSERT INTO rows(school_id, rkey, tbl, id, row_version, deleted, deleted_at, fields, field_versions)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_id, rkey) DO UPDATE SET"
                                " row_version = excluded.row_version, deleted = excluded.deleted,"
                                " deleted_at = excluded.deleted_at, fields = excluded.fields,"
                                " field_versions = excluded.field_versions"),
        { schoolId, sync::rowKey(row.table, row.id), row.table, row.id, row.version, row.deleted,
            row.deleted ? QVariant(stamp) : nullText(), json(row.fields), json(row.fieldVersions) });
    return r ? Status {} : Status { r.error() };
}

Status SqlStorage::importRows(const QString &schoolId, const QList<ServerRow> &rows)
{
    // The same rules as every other way in: nothing is stored that a phone would refuse.
    for (const ServerRow &row : rows) {
        if (!row.deleted) {
            if (const auto v = fieldrules::checkRow(row.table, row.fields)) {
                return serverError(errors::kInvalid, QStringLiteral("%1 %2: %3 (%4)").arg(row.table, row.id, v->column, v->code));
            }
        }
    }
    return write([&]() -> Status {
        auto s = lockSchool(schoolId);
        if (!s) {
            return s.error();
        }
        const qint64 version = s.value().version + 1;
        const QString stamp = nowIso();
        for (ServerRow row : rows) {
            row.version = version;
            for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
                row.fieldVersions.insert(it.key(), version);
            }
            if (auto r = storeRow(schoolId, row, stamp); !r) {
                return r;
            }
        }
        auto r = run(QStringLiteral("UPDATE schools SET version = ? WHERE id = ?"), { version, schoolId });
        return r ? Status {} : Status { r.error() };
    });
}

Result<qint64> SqlStorage::purge(const QString &schoolId, const QDateTime &before)
{
    qint64 purged = 0;
    const Status s = write([&]() -> Status {
        // Under the school's lock: the watermark moves in step with the versions.
        if (auto l = lockSchool(schoolId); !l) {
            return l.error();
        }
        auto max = run(QStringLiteral("SELECT coalesce(max(row_version), 0), count(*) FROM rows"
                                      " WHERE school_id = ? AND deleted AND deleted_at < ?"),
            { schoolId, iso(before) });
        if (!max) {
            return max.error();
        }
        max.value()->next();
        const qint64 floor = max.value()->value(0).toLongLong();
        purged = max.value()->value(1).toLongLong();
        max.value()->finish();
        if (purged == 0) {
            return {};
        }
        if (auto r = run(QStringLiteral("DELETE FROM rows WHERE school_id = ? AND deleted AND deleted_at < ?"),
                { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        if (auto r = run(QStringLiteral("DELETE FROM mutations WHERE school_id = ? AND created_at < ?"), { schoolId, iso(before) });
            !r) {
            return r.error();
        }
        auto r = run(QStringLiteral("UPDATE schools SET tombstone_floor = CASE WHEN tombstone_floor < ? THEN ? ELSE tombstone_floor END"
                                    " WHERE id = ?"),
            { floor, floor, schoolId });
        return r ? Status {} : Status { r.error() };
    });
    if (!s) {
        return s.error();
    }
    return purged;
}

Result<PullPage> SqlStorage::pull(const QString &schoolId, const std::optional<sync::Cursor> &cursor, int rowCap,
    qint64 byteCap)
{
    // Fast path of the most common request, a device that is up to date: its cursor is the
    // school's head, so the answer is an empty page with the same cursor. One lookup of the
    // school's row (cached between commits on SQLite), whatever the school's size.
    if (cursor && cursor->lastKey.isEmpty() && !inTransaction()) {
        auto head = school(schoolId);
        if (head && head.value()) {
            const SchoolInfo &info = *head.value();
            if (cursor->epoch == info.epoch && cursor->version == info.version
                && (cursor->version == 0 || cursor->version >= info.tombstoneFloor)) {
                PullPage page;
                page.next = *cursor;
                page.next.snapshotVersion = 0;
                return page;
            }
        }
    }
    // One read snapshot: the school's epoch, watermark and rows agree.
    endOfRequest();
    if (auto r = exec(beginRead()); !r) {
        return r.error();
    }
    struct EndRead
    {
        SqlStorage *s;
        ~EndRead()
        {
            s->endOfRequest();
            (void)s->exec(QStringLiteral("COMMIT"));
        }
    } end { this };
    auto s = schoolUncached(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    const SchoolInfo info = *s.value();
    if (cursor) {
        if (cursor->epoch != info.epoch) {
            return serverError(errors::kResync, QStringLiteral("the cursor belongs to another epoch of this school's data"));
        }
        if (cursor->version > info.version || cursor->snapshotVersion > info.version) {
            return serverError(errors::kResync, QStringLiteral("the cursor is ahead of the server (restored from a backup?)"));
        }
        if (cursor->version > 0 && cursor->version < info.tombstoneFloor) {
            return serverError(errors::kResync, QStringLiteral("the cursor is older than the tombstone retention"));
        }
    }
    const qint64 fromVersion = cursor ? cursor->version : 0;
    const QString fromKey = cursor ? cursor->lastKey : QString();
    // A snapshot (a pull from the start, and its next pages) has no use for tombstones of
    // rows deleted before it began: the device drops whatever the snapshot did not bring.
    // Rows deleted while it pages (a version above its start) still come as tombstones.
    const qint64 snapshot = !cursor ? info.version : cursor->snapshotVersion;
    const bool inSnapshot = !cursor || cursor->snapshotVersion > 0;
    const QString deletedFilter = inSnapshot ? QStringLiteral(" AND (NOT deleted OR row_version > ?)") : QString();
    // An empty key means "all of fromVersion delivered" (the end of a pull): rows after it
    // can only carry higher versions, and the cursor a device keeps stays short.
    QVariantList binds { schoolId, fromVersion };
    if (!fromKey.isEmpty()) {
        binds << fromKey;
    }
    if (inSnapshot) {
        binds << snapshot;
    }
    binds << rowCap + 1;
    auto q = run(QStringLiteral("SELECT tbl, id, rkey, row_version, deleted, fields FROM rows WHERE school_id = ? AND %1%2"
                                " ORDER BY row_version, rkey LIMIT ?")
                     .arg(fromKey.isEmpty() ? QStringLiteral("row_version > ?") : QStringLiteral("(row_version, rkey) > (?, ?)"),
                         deletedFilter),
        binds);
    if (!q) {
        return q.error();
    }
    PullPage page;
    page.next = sync::Cursor { info.epoch, fromVersion, fromKey, inSnapshot ? snapshot : 0 };
    QByteArray out = "[";
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        if (page.rowCount >= rowCap || (page.rowCount > 0 && out.size() >= byteCap)) {
            page.hasMore = true;
            break;
        }
        if (page.rowCount > 0) {
            out += ',';
        }
        // Table names come from the whitelist and ids were checked on the way in; quoted anyway.
        out += "{\"table\":" + quoted(r.value(0).toString()) + ",\"id\":" + quoted(r.value(1).toString())
            + ",\"version\":" + QByteArray::number(r.value(3).toLongLong());
        if (r.value(4).toBool()) {
            out += ",\"deleted\":true}";
        } else {
            // Stored field objects are spliced in as they are, never parsed and printed again.
            out += ",\"fields\":" + r.value(5).toString().toUtf8() + '}';
        }
        ++page.rowCount;
        page.next.version = r.value(3).toLongLong();
        page.next.lastKey = r.value(2).toString();
    }
    out += ']';
    page.rowsJson = out;
    if (!page.hasMore) {
        // Everything up to this version has been delivered; a finished snapshot is over.
        page.next.lastKey.clear();
        page.next.snapshotVersion = 0;
        if (page.rowCount == 0 && !cursor) {
            page.next.version = info.version;
        }
    }
    return page;
}

Result<PushOutcome> SqlStorage::applyPush(const PushRequest &push, const QString &stamp)
{
    const DeviceInfo &device = push.device;
    PushOutcome out;
    auto sch = lockSchool(device.schoolId);
    if (!sch) {
        return sch.error();
    }
    auto c = run(QStringLiteral("SELECT device_id, last_mutation_id FROM clients WHERE school_id = ? AND client_id = ?"),
        { device.schoolId, push.clientId });
    if (!c) {
        return c.error();
    }
    qint64 last = 0;
    if (c.value()->next()) {
        if (c.value()->value(0).toString() != device.id) {
            return serverError(errors::kForbidden, QStringLiteral("this client id belongs to another device"));
        }
        last = c.value()->value(1).toLongLong();
        c.value()->finish();
    } else if (auto r = run(QStringLiteral("INSERT INTO clients(school_id, client_id, device_id) VALUES (?, ?, ?)"),
                   { device.schoolId, push.clientId, device.id });
               !r) {
        return r.error();
    }
    const qint64 newVersion = sch.value().version + 1;
    // The commit-order test holds a push here: version taken, nothing written or committed.
    crashPoint("server-push-version-taken");
    const MergeContext context { device.role, newVersion, push.clientId, stamp };
    bool changed = false;
    int done = 0;
    QList<IncomingMutation> batch = push.mutations;
    for (bool stop = false; !stop;) {
        for (const IncomingMutation &incoming : std::as_const(batch)) {
            IncomingMutation m = incoming;
            if (push.progress && done == 1) {
                crashPoint("server-import-applying"); // the cancel test holds an import here, one mutation written
            }
            if (push.progress && !push.progress(done++)) {
                return serverError(errors::kCancelled, QStringLiteral("stopped before mutation %1").arg(done));
            }
            if (push.allOrNothing && m.id != last + 1) {
                return serverError(errors::kGap, QStringLiteral("expected mutation %1, got %2").arg(last + 1).arg(m.id));
            }
            if (m.id <= last) {
                out.results.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("status"), QStringLiteral("duplicate") } });
                continue;
            }
            if (m.id != last + 1) {
                if (out.results.isEmpty()) {
                    return serverError(errors::kGap, QStringLiteral("expected mutation %1, got %2").arg(last + 1).arg(m.id));
                }
                stop = true;
                break; // apply what is contiguous; the client sends the rest again
            }
            std::optional<ServerRow> current;
            if (sync::isSyncedTable(m.table)) {
                auto loaded = loadRow(device.schoolId, m.table, m.rowId);
                if (!loaded) {
                    return loaded.error();
                }
                current = loaded.value();
            }
            if (push.allOrNothing && current && current->version == newVersion) {
                // Written by an earlier batch of this import, which this mutation follows.
                m.baseVersion = newVersion;
            }
            const MergeOutcome merged = merge(current, m, context);
            QJsonObject result { { QStringLiteral("id"), m.id } };
            if (merged.applied) {
                result.insert(QStringLiteral("status"), QStringLiteral("applied"));
                if (merged.row) {
                    if (auto r = storeRow(device.schoolId, *merged.row, stamp); !r) {
                        return r.error();
                    }
                    changed = true;
                }
                for (const ConflictInfo &conflict : merged.conflicts) {
                    auto r = run(QStringLiteral("INSERT INTO conflicts(school_id, tbl, row_id, field, losing_value,"
                                                " winning_value, losing_version, winning_version, winning_client, created_at)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        { device.schoolId, conflict.table, conflict.rowId, conflict.field, jsonValue(conflict.losingValue),
                            jsonValue(conflict.winningValue), conflict.losingVersion, conflict.winningVersion, push.clientId, stamp });
                    if (!r) {
                        return r.error();
                    }
                }
            } else {
                result = rejectionJson(m, merged, current);
                if (push.allOrNothing) {
                    return Error { errors::kRejected,
                        QStringLiteral("%1/%2: %3").arg(m.table, m.rowId, result.value(QStringLiteral("reason")).toString()) };
                }
            }
            if (auto r = run(QStringLiteral("INSERT INTO mutations(school_id, client_id, mutation_id, status, reason, version,"
                                            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    { device.schoolId, push.clientId, m.id, result.value(QStringLiteral("status")).toString(),
                        merged.reason.isEmpty() ? nullText() : QVariant(merged.reason), newVersion, stamp });
                !r) {
                return r.error();
            }
            if (!push.allOrNothing) {
                out.results.append(result); // an import's answer is its counts, not a result per row
            }
            last = m.id;
        }
        if (stop || !push.more) {
            break;
        }
        auto next = push.more();
        if (!next) {
            return next.error();
        }
        stop = next.value().isEmpty();
        batch = std::move(next.value());
    }
    if (auto r = run(QStringLiteral("UPDATE clients SET last_mutation_id = ?, last_seen_at = ? WHERE school_id = ? AND client_id = ?"),
            { last, stamp, device.schoolId, push.clientId });
        !r) {
        return r.error();
    }
    out.version = sch.value().version;
    if (changed) {
        if (auto r = run(QStringLiteral("UPDATE schools SET version = ? WHERE id = ?"), { newVersion, device.schoolId }); !r) {
            return r.error();
        }
        out.version = newVersion;
    }
    out.lastMutationId = last;
    if (push.audit) {
        AuditEntry entry = *push.audit;
        if (push.auditDetail) {
            entry.detail = push.auditDetail();
        }
        if (auto r = appendAudit(entry); !r) {
            return r.error();
        }
    }
    return out;
}

Result<PushOutcome> SqlStorage::pushOne(const PushRequest &push)
{
    std::optional<Result<PushOutcome>> applied;
    const Status s = write([&]() -> Status {
        applied = applyPush(push, nowIso());
        if (!*applied) {
            return applied->error();
        }
        crashPoint("server-before-import-commit");
        return {};
    });
    if (!s) {
        return s.error();
    }
    return *applied;
}

QList<Result<PushOutcome>> SqlStorage::pushBatch(const QList<PushRequest> &pushes)
{
    QList<Result<PushOutcome>> out;
    for (qsizetype i = 0; i < pushes.size(); ++i) {
        out << Result<PushOutcome>(serverError(errors::kStorage, QStringLiteral("not applied")));
    }
    // Schools are locked in one order by every batch, so two instances' batches never
    // wait for each other in a circle.
    QList<qsizetype> order(pushes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return pushes.at(a).device.schoolId < pushes.at(b).device.schoolId; });
    const QString stamp = nowIso();
    const bool alone = pushes.size() == 1;
    const Status s = write([&]() -> Status {
        for (const qsizetype i : order) {
            // A savepoint per push: one device's failure (a gap, a storage error) undoes only
            // its own writes, and the others still commit.
            if (!alone) {
                if (auto r = exec(QStringLiteral("SAVEPOINT push")); !r) {
                    return r;
                }
            }
            auto applied = applyPush(pushes.at(i), stamp);
            if (alone && !applied) {
                return applied.error();
            }
            if (!alone) {
                endOfRequest();
                if (!applied) {
                    if (auto r = exec(QStringLiteral("ROLLBACK TO SAVEPOINT push")); !r) {
                        return r;
                    }
                }
                if (auto r = exec(QStringLiteral("RELEASE SAVEPOINT push")); !r) {
                    return r;
                }
            }
            out[i] = applied;
        }
        crashPoint("server-before-push-commit");
        return {};
    });
    if (!s) {
        for (Result<PushOutcome> &r : out) {
            if (r) {
                r = Result<PushOutcome>(s.error()); // the commit failed: nothing of it is durable
            }
        }
        if (alone) {
            out[0] = Result<PushOutcome>(s.error());
        }
        return out;
    }
    crashPoint("server-after-push-commit");
    return out;
}

Result<QList<ConflictInfo>> SqlStorage::conflicts(const QString &schoolId, int limit)
{
    auto q = run(QStringLiteral("SELECT id, tbl, row_id, field, losing_value, winning_value, losing_version, winning_version,"
                                " winning_client, created_at FROM conflicts WHERE school_id = ? ORDER BY id DESC LIMIT ?"),
        { schoolId, limit });
    if (!q) {
        return q.error();
    }
    QList<ConflictInfo> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << ConflictInfo { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
            parseValue(r.value(4)), parseValue(r.value(5)), r.value(6).toLongLong(), r.value(7).toLongLong(),
            r.value(8).toString(), timeFrom(r.value(9)) };
    }
    return out;
}

Result<SchoolStatus> SqlStorage::status(const QString &schoolId)
{
    auto s = school(schoolId);
    if (!s) {
        return s.error();
    }
    if (!s.value()) {
        return serverError(errors::kNotFound, QStringLiteral("no school %1").arg(schoolId));
    }
    SchoolStatus st;
    st.school = *s.value();
    auto scalar = [&](const QString &sql) -> qint64 {
        auto q = run(sql, { schoolId });
        const qint64 v = q && q.value()->next() ? q.value()->value(0).toLongLong() : -1;
        if (q) {
            q.value()->finish();
        }
        return v;
    };
    st.liveRows = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND NOT deleted"));
    st.tombstones = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND deleted"));
    // resolved travels as 0/1/2 (older rows: a JSON boolean); both read as text here.
    st.openFlags = scalar(QStringLiteral("SELECT count(*) FROM rows WHERE school_id = ? AND tbl = 'flags' AND NOT deleted"
                                         " AND %1 IN ('0', 'false')")
                              .arg(jsonText(QStringLiteral("resolved"))));
    st.conflicts = scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE school_id = ?"));
    st.activeDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NULL"));
    st.revokedDevices = scalar(QStringLiteral("SELECT count(*) FROM devices WHERE school_id = ? AND revoked_at IS NOT NULL"));
    auto q = run(QStringLiteral("SELECT client_id, device_id, last_mutation_id, last_seen_at FROM clients WHERE school_id = ?"
                                " ORDER BY last_seen_at IS NULL, last_seen_at DESC"),
        { schoolId });
    if (!q) {
        return q.error();
    }
    while (q.value()->next()) {
        st.clients << ClientStatus { q.value()->value(0).toString(), q.value()->value(1).toString(),
            q.value()->value(2).toLongLong(), timeFrom(q.value()->value(3)) };
    }
    return st;
}

Result<QList<QPair<qint64, QString>>> SqlStorage::mutationLog(const QString &schoolId, const QString &clientId)
{
    auto q = run(QStringLiteral("SELECT mutation_id, status FROM mutations WHERE school_id = ? AND client_id = ? ORDER BY mutation_id"),
        { schoolId, clientId });
    if (!q) {
        return q.error();
    }
    QList<QPair<qint64, QString>> out;
    while (q.value()->next()) {
        out.append({ q.value()->value(0).toLongLong(), q.value()->value(1).toString() });
    }
    return out;
}

Result<QList<ServerRow>> SqlStorage::liveRows(const QString &schoolId)
{
    auto q = run(QStringLiteral("SELECT tbl, id, row_version, fields, field_versions FROM rows WHERE school_id = ? AND NOT deleted"
                                " ORDER BY rkey"),
        { schoolId });
    if (!q) {
        return q.error();
    }
    QList<ServerRow> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out << ServerRow { r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong(), false,
            parseObject(r.value(3)), parseObject(r.value(4)) };
    }
    return out;
}

} // namespace kl::server
