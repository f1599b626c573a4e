#include "merge.h"

#include "domain.h"
#include "fieldrules.h"
#include "photos.h"

namespace kl::server {

namespace {

IncomingMutation::Problem problem(const QString &code, const QString &field, const QString &reason)
{
    return IncomingMutation::Problem { code, field, reason };
}

bool isCount(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9e15 && v.toDouble() == double(qint64(v.toDouble()));
}

MergeOutcome rejected(const QString &code, const QString &field, const QString &reason)
{
    MergeOutcome out;
    out.code = code;
    out.field = field;
    out.reason = reason;
    return out;
}

QString reportedAt(const QJsonValue &claimed, const QString &stamp)
{
    if (!claimed.isString() || fieldrules::checkValue(QStringLiteral("flags"), QStringLiteral("created_at"), claimed)) {
        return stamp;
    }
    const QDateTime at = QDateTime::fromString(claimed.toString(), Qt::ISODateWithMs);
    const QDateTime received = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!at.isValid() || at > received.addSecs(3600)) {
        return stamp;
    }
    return at.toUTC().toString(Qt::ISODateWithMs);
}

MergeOutcome rejected(const fieldrules::Violation &v)
{
    return rejected(v.code, v.column, v.message());
}

} // namespace

std::optional<IncomingMutation> parseMutation(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("a mutation must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!isCount(id) || id.toDouble() < 1) {
        *why = QStringLiteral("mutation id must be a positive integer");
        return std::nullopt;
    }
    IncomingMutation m;
    m.id = qint64(id.toDouble());
    const QJsonValue table = o.value(QStringLiteral("table"));
    const QJsonValue row = o.value(QStringLiteral("row"));
    const QJsonValue op = o.value(QStringLiteral("op"));
    const QJsonValue base = o.value(QStringLiteral("base"));
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    m.table = table.toString();
    m.rowId = row.toString();
    m.op = op.toString();
    m.fields = fields.toObject();
    // A mutation that is not well formed refuses the whole push: the client is broken,
    // and storing part of what it meant would be worse.
    if (!row.isString() || fieldrules::checkValue(QStringLiteral("holdings"), QStringLiteral("person_id"), row)) {
        *why = QStringLiteral("row must be an id of 1 to 64 of [A-Za-z0-9_-]");
        return std::nullopt;
    }
    if (m.op != sync::kOpUpsert && m.op != sync::kOpDelete && m.op != sync::kOpFlag) {
        *why = QStringLiteral("op must be upsert, delete or flag");
        return std::nullopt;
    }
    if (!base.isUndefined() && !isCount(base)) {
        // A base that is not a version ("42", -1, 1.5) would be read as 0: a false conflict.
        *why = QStringLiteral("base must be a row version (an integer >= 0)");
        return std::nullopt;
    }
    if (!fields.isUndefined() && !fields.isObject()) {
        *why = QStringLiteral("fields must be an object");
        return std::nullopt;
    }
    // A well-formed mutation of a table this server does not know is refused on its own
    // (a newer app may sync a table this server is too old for).
    if (!table.isString() || !sync::isSyncedTable(m.table)) {
        m.problem = problem(QStringLiteral("table-unknown"), {}, QStringLiteral("unknown table"));
    }
    m.baseVersion = base.isUndefined() ? 0 : qint64(base.toDouble());
    return m;
}

void preparePhotos(QList<IncomingMutation> &mutations)
{
    for (IncomingMutation &m : mutations) {
        if (m.problem || m.table != QLatin1String("persons") || !m.fields.value(QStringLiteral("photo")).isString()) {
            continue;
        }
        // Only the shape here; the value rules (base64, JPEG or PNG, size) come first.
        const QJsonValue value = m.fields.value(QStringLiteral("photo"));
        if (const auto v = fieldrules::checkValue(m.table, QStringLiteral("photo"), value)) {
            m.problem = problem(v->code, v->column, v->message());
            continue;
        }
        auto clean = photos::sanitise(QByteArray::fromBase64(value.toString().toLatin1()));
        if (!clean) {
            m.problem = problem(clean.error().code, QStringLiteral("photo"), clean.error().message);
            continue;
        }
        m.fields.insert(QStringLiteral("photo"), QString::fromLatin1(clean.value().toBase64()));
    }
}

MergeOutcome merge(const std::optional<ServerRow> &current, const IncomingMutation &m, const MergeContext &context)
{
    if (m.problem) {
        return rejected(m.problem->code, m.problem->field, m.problem->reason);
    }
    const QStringList &allowed = sync::syncedColumns(m.table);
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return rejected(QStringLiteral("field-unknown"), it.key(), QStringLiteral("unknown field %1").arg(it.key()));
        }
        if (const auto v = fieldrules::checkValue(m.table, it.key(), it.value())) {
            return rejected(*v);
        }
        if (it.key() == QLatin1String("origin") && it.value().toInt(-1) != static_cast<int>(Origin::School)) {
            return rejected(QStringLiteral("origin-personal"), it.key(), QStringLiteral("only school rows sync"));
        }
    }
    MergeOutcome out;
    const bool coordinator = context.role == sync::kRoleCoordinator;

    if (m.op == sync::kOpFlag) {
        // Append-only reports: any enrolled device may add one; a flag id is written once.
        if (m.table != QLatin1String("flags")) {
            return rejected(QStringLiteral("op-invalid"), {}, QStringLiteral("flag mutations go to the flags table"));
        }
        if (current) {
            out.applied = true; // same report again (another install's retry): nothing to do
            return out;
        }
        ServerRow row { m.table, m.rowId, context.newVersion, false, {}, {} };
        for (const QString &c : allowed) {
            row.fields.insert(c, m.fields.value(c).isUndefined() ? QJsonValue(QString()) : m.fields.value(c));
            row.fieldVersions.insert(c, context.newVersion);
        }
        // When the teacher reported it, as the phone says, unless that is not a time or lies
        // in the future (device clocks are not trusted): then when the server received it.
        row.fields.insert(QStringLiteral("created_at"), reportedAt(m.fields.value(QStringLiteral("created_at")), context.stamp));
        row.fields.insert(QStringLiteral("resolved"), 0);
        if (const auto v = fieldrules::checkRow(m.table, row.fields)) {
            return rejected(*v);
        }
        out.applied = true;
        out.row = row;
        return out;
    }

    if (!coordinator) {
        return rejected(QStringLiteral("forbidden"), {}, QStringLiteral("only coordinators change the school list"));
    }
    if (m.table == QLatin1String("flags")) {
        // Coordinators resolve (or reopen) reports; nothing else about a report changes.
        if (m.op != sync::kOpUpsert || !current || m.fields.keys() != QStringList { QStringLiteral("resolved") }) {
            return rejected(QStringLiteral("flag-resolve-only"), {}, QStringLiteral("a flag can only be resolved"));
        }
    }

    if (m.op == sync::kOpDelete) {
        if (!current || current->deleted) {
            out.applied = true; // already gone: deleting twice is the same as once
            return out;
        }
        ServerRow row = *current;
        if (current->version > m.baseVersion) {
            out.conflicts << ConflictInfo { 0, m.table, m.rowId, QStringLiteral("*deleted*"), false, true, current->version,
                context.newVersion, context.clientId, {} };
        }
        row.deleted = true;
        row.version = context.newVersion;
        out.applied = true;
        out.row = row;
        return out;
    }

    // upsert
    QJsonObject fields = m.fields;
    if (!current) {
        for (const QString &c : allowed) {
            if (fields.contains(c)) {
                continue;
            }
            // A phone older than a column sends new rows without it: they get its default.
            const fieldrules::Column *column = fieldrules::column(m.table, c);
            if (!column || column->addedDefault.isUndefined()) {
                return rejected(QStringLiteral("row.incomplete"), c, QStringLiteral("a new row needs every field; %1 is missing").arg(c));
            }
            fields.insert(c, column->addedDefault);
        }
    }
    ServerRow row = current.value_or(ServerRow { m.table, m.rowId, 0, false, {}, {} });
    bool changed = !current || row.deleted;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue old = row.fields.value(it.key());
        if (current && !old.isUndefined() && old == it.value()) {
            continue;
        }
        const qint64 fieldVersion = qint64(row.fieldVersions.value(it.key()).toDouble(0));
        if (current && !old.isUndefined() && fieldVersion > m.baseVersion) {
            // The writer never saw the value it overwrites: keep the loser for coordinators.
            out.conflicts << ConflictInfo { 0, m.table, m.rowId, it.key(), old, it.value(), fieldVersion, context.newVersion,
                context.clientId, {} };
        }
        row.fields.insert(it.key(), it.value());
        row.fieldVersions.insert(it.key(), context.newVersion);
        changed = true;
    }
    if (!changed) {
        out.applied = true;
        return out;
    }
    // The row as every phone will store it: the rules between fields hold for the whole
    // row. (A report only ever changes `resolved`, checked above; it was whole when made.)
    if (m.table != QLatin1String("flags")) {
        if (const auto v = fieldrules::checkRow(m.table, row.fields)) {
            return rejected(*v);
        }
    }
    row.deleted = false;
    row.version = context.newVersion;
    out.applied = true;
    out.row = row;
    return out;
}

QJsonObject rejectionJson(const IncomingMutation &m, const MergeOutcome &merged, const std::optional<ServerRow> &current)
{
    QJsonObject result { { QStringLiteral("id"), m.id }, { QStringLiteral("status"), QStringLiteral("rejected") },
        { QStringLiteral("reason"), merged.reason }, { QStringLiteral("table"), m.table }, { QStringLiteral("row_id"), m.rowId } };
    if (!merged.code.isEmpty()) {
        result.insert(QStringLiteral("code"), merged.code);
    }
    if (!merged.field.isEmpty()) {
        result.insert(QStringLiteral("field"), merged.field);
    }
    // The server's row, so the device can undo its edit (null: no such row).
    if (sync::isSyncedTable(m.table)) {
        result.insert(QStringLiteral("row"), current ? QJsonValue(current->toWire()) : QJsonValue(QJsonValue::Null));
    }
    return result;
}

} // namespace kl::server
