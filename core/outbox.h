// The sync outbox: every edit of a school row becomes a mutation, stored in the same
// transaction as the edit (the Database's ChangeRecorder), and stays until the server
// confirms it. Personal rows, private notes and stars never get here: the repositories
// only record school rows, and the recorder checks again against the stored row.
#pragma once

#include "database.h"

#include <QJsonObject>

namespace kl {

struct Mutation
{
    qint64 id = 0; // increasing per install, never reused
    QString table;
    QString rowId;
    QString op; // sync::kOpUpsert, kOpDelete, kOpFlag
    QJsonObject fields;
    qint64 baseVersion = 0; // server version of the row when the edit was made

    [[nodiscard]] QJsonObject toJson() const;
};

class Outbox
{
public:
    explicit Outbox(Database &db) : m_db(db) { }

    // Installs the change recorder on the database: from now on school-row edits queue up.
    void install();
    Status record(const Change &change);

    [[nodiscard]] Result<QList<Mutation>> pending(int limit, qint64 maxBytes = 512 * 1024) const;
    [[nodiscard]] Result<int> count() const;
    // Drops mutations up to and including `lastConfirmed`; call inside the transaction
    // that applies the server's answer.
    Status confirmUpTo(qint64 lastConfirmed);
    // Columns still waiting to be pushed for one row; "*" when a delete is pending.
    [[nodiscard]] Result<QSet<QString>> pendingFields(const QString &table, const QString &rowId) const;
    // Renumbers pending mutations 1..n for a new client id (after enrolling again).
    Status renumberFromOne();
    Status clear();

private:
    Database &m_db;
};

} // namespace kl
