// Entities <-> column maps. One place knows each synced table's columns: repositories
// write through it, the change log records field diffs from it, and sync applies server
// rows with it. Column names only ever come from these lists (never from input).
#pragma once

#include "database.h"
#include "domain.h"

#include <QVariantMap>

namespace kl::rows {

// Synced tables, in the order a snapshot should apply them.
[[nodiscard]] const QStringList &syncedTables();
[[nodiscard]] const QStringList &columns(const QString &table); // without id/row_version/deleted/updated_at
[[nodiscard]] bool isSyncedTable(const QString &table);

[[nodiscard]] QVariantMap of(const Organisation &o);
[[nodiscard]] QVariantMap of(const Person &p);
[[nodiscard]] QVariantMap of(const Function &f);
[[nodiscard]] QVariantMap of(const Holding &h);
[[nodiscard]] QVariantMap of(const Presence &p);
[[nodiscard]] QVariantMap of(const QuickLine &q);
[[nodiscard]] QVariantMap of(const SchoolLocation &l);

[[nodiscard]] Organisation organisation(const QVariantMap &row);
[[nodiscard]] Person person(const QVariantMap &row);
[[nodiscard]] Function function(const QVariantMap &row);
[[nodiscard]] Holding holding(const QVariantMap &row);
[[nodiscard]] Presence presence(const QVariantMap &row);
[[nodiscard]] QuickLine quickLine(const QVariantMap &row);
[[nodiscard]] SchoolLocation location(const QVariantMap &row);

// A row with all its columns plus id, row_version and deleted; empty map if absent.
[[nodiscard]] Result<QVariantMap> load(const Database &db, const QString &table, const QString &id);
[[nodiscard]] Result<QList<QVariantMap>> loadWhere(const Database &db, const QString &table, const QString &where,
    const QVariantList &binds, const QString &orderBy = QStringLiteral("rowid"));

// Inserts or updates the row's given columns; `changed` receives the columns whose value
// actually changed (all of them for a new row). Does not touch row_version.
Status upsert(Database &db, const QString &table, const QString &id, const QVariantMap &fields,
    QVariantMap *changed = nullptr);
// Bulk path (demo data, snapshots): plain INSERT of a row known to be new.
Status insertNew(Database &db, const QString &table, const QString &id, const QVariantMap &fields);
Status markDeleted(Database &db, const QString &table, const QString &id);

[[nodiscard]] QString nowIso();

} // namespace kl::rows
