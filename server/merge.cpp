#include "merge.h"

#include "domain.h"

namespace kl::server {

namespace {

constexpr qsizetype kMaxTextField = 4096;
constexpr qsizetype kMaxPhotoField = 700 * 1024; // base64 of a ~512 KB photo

bool validValue(const QString &table, const QString &column, const QJsonValue &v, QString *why)
{
    if (v.isArray() || v.isObject() || v.isUndefined()) {
        *why = QStringLiteral("field %1 must be a string, number, boolean or null").arg(column);
        return false;
    }
    const qsizetype cap = (table == QLatin1String("persons") && column == QLatin1String("photo")) ? kMaxPhotoField : kMaxTextField;
    if (v.isString() && v.toString().size() > cap) {
        *why = QStringLiteral("field %1 is too long").arg(column);
        return false;
    }
    if (column == QLatin1String("origin") && v.toInt(-1) != static_cast<int>(Origin::School)) {
        *why = QStringLiteral("only school rows sync");
        return false;
    }
    return true;
}

} // namespace

std::optional<IncomingMutation> parseMutation(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("a mutation must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    IncomingMutation m;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isDouble() || id.toDouble() < 1 || id.toDouble() > 9e15 || id.toDouble() != double(qint64(id.toDouble()))) {
        *why = QStringLiteral("mutation id must be a positive integer");
        return std::nullopt;
    }
    m.id = qint64(id.toDouble());
    m.table = o.value(QStringLiteral("table")).toString();
    m.rowId = o.value(QStringLiteral("row")).toString();
    m.op = o.value(QStringLiteral("op")).toString();
    m.baseVersion = qint64(o.value(QStringLiteral("base")).toDouble(0));
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isUndefined() && !fields.isObject()) {
        *why = QStringLiteral("fields must be an object");
        return std::nullopt;
    }
    m.fields = fields.toObject();
    if (m.rowId.isEmpty() || m.rowId.size() > 64) {
        *why = QStringLiteral("row must be an id of 1 to 64 characters");
        return std::nullopt;
    }
    if (m.op != sync::kOpUpsert && m.op != sync::kOpDelete && m.op != sync::kOpFlag) {
        *why = QStringLiteral("op must be upsert, delete or flag");
        return std::nullopt;
    }
    return m;
}

MergeOutcome merge(const std::optional<ServerRow> &current, const IncomingMutation &m, const QString &role,
    qint64 newVersion, const QString &clientId)
{
    MergeOutcome out;
    auto reject = [&](const QString &reason) {
        out.applied = false;
        out.reason = reason;
        return out;
    };
    if (!sync::isSyncedTable(m.table)) {
        return reject(QStringLiteral("unknown table"));
    }
    const QStringList &allowed = sync::syncedColumns(m.table);
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return reject(QStringLiteral("unknown field %1").arg(it.key()));
        }
        QString why;
        if (!validValue(m.table, it.key(), it.value(), &why)) {
            return reject(why);
        }
    }
    const bool coordinator = role == sync::kRoleCoordinator;

    if (m.op == sync::kOpFlag) {
        // Append-only reports: any enrolled device may add one; a flag id is written once.
        if (m.table != QLatin1String("flags")) {
            return reject(QStringLiteral("flag mutations go to the flags table"));
        }
        if (current) {
            out.applied = true; // same report again (another install's retry): nothing to do
            return out;
        }
        if (!targetKindFromKey(m.fields.value(QStringLiteral("target_kind")).toString())
            || m.fields.value(QStringLiteral("target_id")).toString().isEmpty()
            || !flagReasonFromKey(m.fields.value(QStringLiteral("reason")).toString())
            || m.fields.value(QStringLiteral("comment")).toString().size() > 500) {
            return reject(QStringLiteral("a flag needs target_kind, target_id, a known reason and a comment under 500 "
                                         "characters"));
        }
        ServerRow row { m.table, m.rowId, newVersion, false, {}, {} };
        for (const QString &c : allowed) {
            row.fields.insert(c, m.fields.value(c).isUndefined() ? QJsonValue(QString()) : m.fields.value(c));
            row.fieldVersions.insert(c, newVersion);
        }
        row.fields.insert(QStringLiteral("resolved"), 0);
        out.applied = true;
        out.row = row;
        return out;
    }

    if (!coordinator) {
        return reject(QStringLiteral("only coordinators change the school list"));
    }
    if (m.table == QLatin1String("flags")) {
        // Coordinators resolve (or reopen) reports; nothing else about a report changes.
        if (m.op != sync::kOpUpsert || !current || m.fields.keys() != QStringList { QStringLiteral("resolved") }) {
            return reject(QStringLiteral("a flag can only be resolved"));
        }
    }

    if (m.op == sync::kOpDelete) {
        if (!current || current->deleted) {
            out.applied = true; // already gone: deleting twice is the same as once
            return out;
        }
        ServerRow row = *current;
        if (current->version > m.baseVersion) {
            out.conflicts << ConflictInfo { 0, m.table, m.rowId, QStringLiteral("*deleted*"), false, true,
                current->version, newVersion, clientId, {} };
        }
        row.deleted = true;
        row.version = newVersion;
        out.applied = true;
        out.row = row;
        return out;
    }

    // upsert
    if (!current) {
        for (const QString &c : allowed) {
            if (!m.fields.contains(c)) {
                out.code = QStringLiteral("row.incomplete");
                return reject(QStringLiteral("a new row needs every field; %1 is missing").arg(c));
            }
        }
    }
    ServerRow row = current.value_or(ServerRow { m.table, m.rowId, 0, false, {}, {} });
    bool changed = !current || row.deleted;
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        const QJsonValue old = row.fields.value(it.key());
        if (current && !old.isUndefined() && old == it.value()) {
            continue;
        }
        const qint64 fieldVersion = qint64(row.fieldVersions.value(it.key()).toDouble(0));
        if (current && !old.isUndefined() && fieldVersion > m.baseVersion) {
            // The writer never saw the value it overwrites: keep the loser for coordinators.
            out.conflicts << ConflictInfo { 0, m.table, m.rowId, it.key(), old, it.value(), fieldVersion, newVersion,
                clientId, {} };
        }
        row.fields.insert(it.key(), it.value());
        row.fieldVersions.insert(it.key(), newVersion);
        changed = true;
    }
    out.applied = true;
    if (changed) {
        row.deleted = false;
        row.version = newVersion;
        out.row = row;
    }
    return out;
}

} // namespace kl::server
