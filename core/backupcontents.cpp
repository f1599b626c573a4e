#include "backupcontents.h"

#include "rows.h"
#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace kl::backup {

namespace {

// Which rows of a personal table belong to the teacher. Holdings have no origin of their
// own: they are the teacher's when the function is (the function decides whether they sync).
QString personalWhere(const QString &table)
{
    if (table == QLatin1String("holdings")) {
        return QStringLiteral("deleted = 0 AND function_id IN (SELECT id FROM functions WHERE origin = 1 AND deleted = 0)");
    }
    return QStringLiteral("deleted = 0 AND origin = 1");
}

QJsonObject encodeRow(const QString &table, const QStringList &columns, const QVariantMap &row)
{
    QJsonObject out;
    out.insert(QStringLiteral("id"), row.value(QStringLiteral("id")).toString());
    out.insert(QStringLiteral("updated_at"), row.value(QStringLiteral("updated_at")).toString());
    for (const QString &column : columns) {
        out.insert(column, sync::encodeValue(table, column, row.value(column)));
    }
    return out;
}

Result<QJsonArray> plainRows(const Database &db, const QString &sql, const QStringList &names)
{
    auto q = db.run(sql);
    if (!q) {
        return q.error();
    }
    QJsonArray out;
    while (q.value().next()) {
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant v = q.value().value(i);
            o.insert(names.at(i), v.isNull() ? QJsonValue(QJsonValue::Null) : sync::encodeValue({}, names.at(i), v));
        }
        out.append(o);
    }
    return out;
}

} // namespace

const QStringList &personalTables()
{
    static const QStringList tables { QStringLiteral("organisations"), QStringLiteral("persons"),
        QStringLiteral("functions"), QStringLiteral("holdings"), QStringLiteral("presence"),
        QStringLiteral("quick_lines") };
    return tables;
}

const QStringList &lineChoiceColumns()
{
    static const QStringList columns { QStringLiteral("my_pin_set"), QStringLiteral("my_pinned_order"),
        QStringLiteral("last_used_at") };
    return columns;
}

void Tally::count(const QString &section, int n)
{
    if (section == QLatin1String("organisations")) {
        organisations += n;
    } else if (section == QLatin1String("persons")) {
        persons += n;
    } else if (section == QLatin1String("functions")) {
        functions += n;
    } else if (section == QLatin1String("holdings")) {
        holdings += n;
    } else if (section == QLatin1String("presence")) {
        presence += n;
    } else if (section == QLatin1String("quick_lines")) {
        lines += n;
    } else if (section == kNotes) {
        notes += n;
    } else if (section == kStars) {
        stars += n;
    } else if (section == kLineChoices) {
        lineChoices += n;
    }
}

Result<QByteArray> collect(const Database &db, Tally *tally)
{
    QJsonObject content;
    content.insert(QStringLiteral("kind"), QString(kContentKind));
    content.insert(QStringLiteral("version"), kContentVersion);
    content.insert(QStringLiteral("created_at"), rows::nowIso());
    Tally counted;
    for (const QString &table : personalTables()) {
        auto found = rows::loadWhere(db, table, personalWhere(table), {}, QStringLiteral("id"));
        if (!found) {
            return found.error();
        }
        QJsonArray list;
        for (const QVariantMap &row : found.value()) {
            list.append(encodeRow(table, rows::columns(table), row));
        }
        counted.count(table, int(list.size()));
        content.insert(table, list);
    }
    // The teacher's choices on the school's own lines (the rows themselves come from the school).
    QStringList choice { QStringLiteral("id") };
    choice << lineChoiceColumns();
    auto choices = plainRows(db,
        QStringLiteral("SELECT id, my_pin_set, my_pinned_order, last_used_at FROM quick_lines"
                       " WHERE origin = 0 AND deleted = 0 AND (my_pin_set = 1 OR last_used_at IS NOT NULL) ORDER BY id"),
        choice);
    auto notes = plainRows(db,
        QStringLiteral("SELECT target_kind, target_id, body, updated_at FROM private_notes ORDER BY target_kind, target_id"),
        { QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("body"), QStringLiteral("updated_at") });
    auto stars = plainRows(db, QStringLiteral("SELECT target_kind, target_id, created_at FROM stars ORDER BY target_kind, target_id"),
        { QStringLiteral("target_kind"), QStringLiteral("target_id"), QStringLiteral("created_at") });
    for (auto *section : { &choices, &notes, &stars }) {
        if (!*section) {
            return section->error();
        }
    }
    content.insert(kLineChoices, choices.value());
    content.insert(kNotes, notes.value());
    content.insert(kStars, stars.value());
    counted.count(kLineChoices, int(choices.value().size()));
    counted.count(kNotes, int(notes.value().size()));
    counted.count(kStars, int(stars.value().size()));
    if (tally) {
        *tally = counted;
    }
    return qCompress(QJsonDocument(content).toJson(QJsonDocument::Compact), 9);
}

} // namespace kl::backup
