#include "backupmerge.h"

#include "backupformat.h"
#include "fieldrules.h"
#include "repositorysupport.h"
#include "rows.h"
#include "searchindex.h"
#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

namespace kl::backup {

namespace {

struct Row
{
    QString table;
    QString id;
    QString updatedAt;
    QVariantMap fields;
};

struct Note
{
    QString kind;
    QString target;
    QString body;
    QString updatedAt;
};

struct Star
{
    QString kind;
    QString target;
    QString createdAt;
};

struct Choice
{
    QString id;
    bool pinSet = false;
    QVariant pinnedOrder;
    QVariant lastUsed;
};

struct Parsed
{
    QList<Row> rows;
    QList<Note> notes;
    QList<Star> stars;
    QList<Choice> choices;
    Tally tally;
};

Error damaged()
{
    return errorFor(kErrDamaged);
}

QDateTime moment(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

std::optional<QString> text(const QJsonObject &o, const QString &key, int maxLength = 200)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength) {
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> timestamp(const QJsonObject &o, const QString &key)
{
    auto t = text(o, key, 40);
    return t && moment(*t).isValid() ? t : std::nullopt;
}

std::optional<QString> targetKind(const QJsonObject &o)
{
    auto k = text(o, QStringLiteral("target_kind"), 20);
    return k && targetKindFromKey(*k) ? k : std::nullopt;
}

bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray) {
        return a.toByteArray() == b.toByteArray();
    }
    return a.toString() == b.toString();
}

Result<Parsed> parse(const QByteArray &content)
{
    const QByteArray json = qUncompress(content);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (json.isEmpty() || error.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged();
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("kind")).toString() != kContentKind) {
        return errorFor(kErrNotBackup);
    }
    if (root.value(QStringLiteral("version")).toInt() > kContentVersion) {
        return errorFor(kErrNewer);
    }
    if (root.value(QStringLiteral("version")).toInt() < 1) {
        return damaged();
    }
    Parsed out;
    for (const QString &table : personalTables()) {
        const QJsonValue list = root.value(table);
        if (!list.isArray()) {
            return damaged();
        }
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject o = item.toObject();
            Row row { table, text(o, QStringLiteral("id"), 100).value_or(QString()),
                timestamp(o, QStringLiteral("updated_at")).value_or(QString()), {} };
            if (row.id.isEmpty() || row.updatedAt.isEmpty()) {
                return damaged();
            }
            for (const QString &column : rows::columns(table)) {
                if (!o.contains(column)) {
                    // A file from a phone that predates the column (schema 9's name parts,
                    // further numbers, note): the column's value for older phones.
                    const fieldrules::Column *added = fieldrules::column(table, column);
                    if (!added || added->addedDefault.isUndefined()) {
                        return damaged();
                    }
                    row.fields.insert(column, added->addedDefault.toVariant());
                    continue;
                }
                auto value = sync::decodeValue(table, column, o.value(column));
                if (!value) {
                    return damaged();
                }
                // A null in the file was a NULL on the old phone (the wire's '' for a missing
                // synced text does not apply: device-only columns such as a line's own pin
                // order or last use are NULL when unset).
                if (o.value(column).isNull() && !value->isNull()) {
                    value = QVariant(QMetaType(QMetaType::QString));
                }
                row.fields.insert(column, *value);
            }
            if (row.fields.contains(QStringLiteral("origin"))
                && row.fields.value(QStringLiteral("origin")).toInt() != int(Origin::Personal)) {
                return damaged(); // a file never carries school rows
            }
            if (auto ok = detail::checkFields(table, row.fields); !ok) {
                return Error { QString(kErrDamaged),
                    Backup::tr("The file holds a value KorteLijn cannot take (%1), so nothing was changed.")
                        .arg(ok.error().message) };
            }
            out.rows << row;
        }
        out.tally.count(table, int(list.toArray().size()));
    }
    for (const QJsonValue &item : root.value(kNotes).toArray()) {
        const QJsonObject o = item.toObject();
        Note n { targetKind(o).value_or(QString()), text(o, QStringLiteral("target_id"), 100).value_or(QString()),
            text(o, QStringLiteral("body"), 10000).value_or(QString()),
            timestamp(o, QStringLiteral("updated_at")).value_or(QString()) };
        if (n.kind.isEmpty() || n.target.isEmpty() || n.body.trimmed().isEmpty() || n.updatedAt.isEmpty()) {
            return damaged();
        }
        out.notes << n;
    }
    for (const QJsonValue &item : root.value(kStars).toArray()) {
        const QJsonObject o = item.toObject();
        Star s { targetKind(o).value_or(QString()), text(o, QStringLiteral("target_id"), 100).value_or(QString()),
            timestamp(o, QStringLiteral("created_at")).value_or(QString()) };
        if (s.kind.isEmpty() || s.target.isEmpty() || s.createdAt.isEmpty()) {
            return damaged();
        }
        out.stars << s;
    }
    for (const QJsonValue &item : root.value(kLineChoices).toArray()) {
        const QJsonObject o = item.toObject();
        Choice c;
        c.id = text(o, QStringLiteral("id"), 100).value_or(QString());
        const QJsonValue order = o.value(QStringLiteral("my_pinned_order"));
        const QJsonValue used = o.value(QStringLiteral("last_used_at"));
        c.pinSet = o.value(QStringLiteral("my_pin_set")).toInt() == 1;
        c.pinnedOrder = order.isDouble() ? QVariant(order.toInt()) : QVariant(QMetaType(QMetaType::Int));
        c.lastUsed = used.isString() && moment(used.toString()).isValid() ? QVariant(used.toString())
                                                                          : QVariant(QMetaType(QMetaType::QString));
        if (c.id.isEmpty() || (!order.isNull() && !order.isDouble()) || (!used.isNull() && c.lastUsed.isNull())) {
            return damaged();
        }
        out.choices << c;
    }
    out.tally.count(kNotes, int(out.notes.size()));
    out.tally.count(kStars, int(out.stars.size()));
    out.tally.count(kLineChoices, int(out.choices.size()));
    return out;
}

// Applies everything inside the caller's transaction.
class Merger
{
public:
    explicit Merger(Database &db) : m_db(db) { }

    Status apply(const Parsed &parsed)
    {
        for (const Row &row : parsed.rows) {
            if (auto r = applyRow(row); !r) {
                return r;
            }
        }
        for (const Note &note : parsed.notes) {
            if (auto r = applyNote(note); !r) {
                return r;
            }
        }
        for (const Star &star : parsed.stars) {
            auto q = m_db.run(QStringLiteral("INSERT OR IGNORE INTO stars(target_kind, target_id, created_at) VALUES (?, ?, ?)"),
                { star.kind, star.target, star.createdAt });
            if (!q) {
                return q.error();
            }
            ++(q.value().numRowsAffected() > 0 ? report.added : report.unchanged);
        }
        for (const Choice &choice : parsed.choices) {
            if (auto r = applyChoice(choice); !r) {
                return r;
            }
        }
        return reindex();
    }

    MergeReport report;

private:
    // Whether the phone's copy of a row is the teacher's own (school rows are never touched).
    Result<bool> personal(const Row &row, const QVariantMap &existing)
    {
        if (row.table != QLatin1String("holdings")) {
            return existing.value(QStringLiteral("origin")).toInt() == int(Origin::Personal);
        }
        auto function = rows::load(m_db, QStringLiteral("functions"), row.fields.value(QStringLiteral("function_id")).toString());
        if (!function) {
            return function.error();
        }
        return !function.value().isEmpty() && function.value().value(QStringLiteral("origin")).toInt() == int(Origin::Personal);
    }

    Status applyRow(const Row &row)
    {
        auto loaded = rows::load(m_db, row.table, row.id);
        if (!loaded) {
            return loaded.error();
        }
        const QVariantMap &existing = loaded.value();
        if (row.table == QLatin1String("holdings") || !existing.isEmpty()) {
            auto mine = personal(row, existing);
            if (!mine) {
                return mine.error();
            }
            if (!mine.value()) {
                ++report.skippedSchool;
                return {};
            }
        }
        const QStringList &columns = rows::columns(row.table);
        if (existing.isEmpty()) {
            QStringList names { QStringLiteral("id"), QStringLiteral("updated_at") };
            QVariantList binds { row.id, row.updatedAt };
            for (const QString &c : columns) {
                names << c;
                binds << row.fields.value(c);
            }
            const QString marks = QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','));
            // Table and column names come from rows.h only; values are bound.
            auto r = m_db.run(
                QStringLiteral("INSERT INTO %1(%2) VALUES(%3)").arg(row.table, names.join(QLatin1Char(',')), marks), binds);
            if (!r) {
                return r.error();
            }
            ++report.added;
            touched(row);
            return {};
        }
        bool equal = existing.value(QStringLiteral("deleted")).toInt() == 0;
        for (const QString &c : columns) {
            equal = equal && same(existing.value(c), row.fields.value(c));
        }
        if (equal) {
            ++report.unchanged;
            return {};
        }
        if (moment(existing.value(QStringLiteral("updated_at")).toString()) > moment(row.updatedAt)) {
            ++report.keptNewer;
            return {};
        }
        QStringList sets { QStringLiteral("updated_at = ?"), QStringLiteral("deleted = 0") };
        QVariantList binds { row.updatedAt };
        for (const QString &c : columns) {
            sets << c + QStringLiteral(" = ?");
            binds << row.fields.value(c);
        }
        binds << row.id;
        auto r = m_db.run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(row.table, sets.join(QLatin1Char(','))), binds);
        if (!r) {
            return r.error();
        }
        ++report.updated;
        touched(row);
        return {};
    }

    Status applyNote(const Note &note)
    {
        auto q = m_db.run(QStringLiteral("SELECT body, updated_at FROM private_notes WHERE target_kind = ? AND target_id = ?"),
            { note.kind, note.target });
        if (!q) {
            return q.error();
        }
        const bool exists = q.value().next();
        if (exists && q.value().value(0).toString() == note.body) {
            ++report.unchanged;
            return {};
        }
        if (exists && moment(q.value().value(1).toString()) > moment(note.updatedAt)) {
            ++report.keptNewer;
            return {};
        }
        q.value().finish();
        auto w = m_db.run(QStringLiteral("INSERT INTO private_notes(target_kind, target_id, body, updated_at) VALUES (?, ?, ?, ?)"
                                         " ON CONFLICT(target_kind, target_id) DO UPDATE SET body = excluded.body,"
                                         " updated_at = excluded.updated_at"),
            { note.kind, note.target, note.body, note.updatedAt });
        if (!w) {
            return w.error();
        }
        ++(exists ? report.updated : report.added);
        return {};
    }

    Status applyChoice(const Choice &choice)
    {
        auto line = rows::load(m_db, QStringLiteral("quick_lines"), choice.id);
        if (!line) {
            return line.error();
        }
        const QVariantMap &l = line.value();
        if (l.isEmpty() || l.value(QStringLiteral("deleted")).toInt() != 0) {
            ++report.waitingLines;
            return {};
        }
        if (l.value(QStringLiteral("origin")).toInt() != int(Origin::School)) {
            ++report.skippedSchool;
            return {};
        }
        // The phone's own pin choice, once made, stays; the later use of the two counts.
        const bool phoneChose = l.value(QStringLiteral("my_pin_set")).toInt() == 1;
        const bool pinSet = phoneChose || choice.pinSet;
        const QVariant order = phoneChose ? l.value(QStringLiteral("my_pinned_order")) : choice.pinnedOrder;
        QVariant used = l.value(QStringLiteral("last_used_at"));
        if (!choice.lastUsed.isNull() && (used.isNull() || moment(choice.lastUsed.toString()) > moment(used.toString()))) {
            used = choice.lastUsed;
        }
        if (pinSet == phoneChose && same(order, l.value(QStringLiteral("my_pinned_order")))
            && same(used, l.value(QStringLiteral("last_used_at")))) {
            ++report.unchanged;
            return {};
        }
        // Device-only columns: never recorded as a change for the school.
        auto r = m_db.run(QStringLiteral("UPDATE quick_lines SET my_pin_set = ?, my_pinned_order = ?, last_used_at = ? WHERE id = ?"),
            { pinSet ? 1 : 0, pinSet ? order : QVariant(QMetaType(QMetaType::Int)), used, choice.id });
        if (!r) {
            return r.error();
        }
        ++report.updated;
        return {};
    }

    void touched(const Row &row)
    {
        if (row.table == QLatin1String("organisations")) {
            m_reindex.insert({ TargetKind::Organisation, row.id });
        } else if (row.table == QLatin1String("persons")) {
            m_reindex.insert({ TargetKind::Person, row.id });
        } else if (row.table == QLatin1String("functions")) {
            m_reindex.insert({ TargetKind::Function, row.id });
        } else if (row.table == QLatin1String("holdings")) {
            // Who holds a function shows in both search documents.
            m_reindex.insert({ TargetKind::Function, row.fields.value(QStringLiteral("function_id")).toString() });
            m_reindex.insert({ TargetKind::Person, row.fields.value(QStringLiteral("person_id")).toString() });
        }
    }

    Status reindex()
    {
        SearchIndex index(m_db);
        for (const auto &[kind, id] : m_reindex) {
            if (auto r = index.reindex(kind, id); !r) {
                return r;
            }
        }
        return {};
    }

    Database &m_db;
    std::set<std::pair<TargetKind, QString>> m_reindex;
};

} // namespace

Result<MergeReport> merge(Database &db, const QByteArray &content)
{
    auto parsed = parse(content);
    if (!parsed) {
        return parsed.error();
    }
    Merger merger(db);
    merger.report.inFile = parsed.value().tally;
    if (auto r = db.write([&] { return merger.apply(parsed.value()); }); !r) {
        return r.error();
    }
    return merger.report;
}

} // namespace kl::backup
