// Writes what the school server sends into the device database: a pull page together
// with its cursor in one local transaction, the bookkeeping of a snapshot (which rows
// arrived, dropping the school rows the server no longer has, resumable after a crash),
// the server's row after a rejected mutation, and the search index for what changed.
// Personal rows are never touched, whatever the server says: the guards are in the SQL.
// The network side (what to ask, when, retries) is SyncEngine's.
#pragma once

#include "database.h"
#include "outbox.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kl {

class PageWriter
{
public:
    PageWriter(Database &db, Outbox &outbox);

    // Every row of a page is checked before any is applied: one bad row refuses the page.
    [[nodiscard]] static bool validRow(const QJsonValue &value);

    // Where a snapshot stands, kept in the local meta table (as "0", "1", "2") so that it
    // resumes after a crash.
    enum class SnapshotMode {
        None, // pulling changes
        ReplacingRows, // school rows exist here: track what arrives, drop the rest at the end
        IntoEmpty, // nothing to replace: nothing to track
    };
    [[nodiscard]] SnapshotMode snapshotMode() const;
    [[nodiscard]] QString cursor() const; // the stored pull cursor ("" before the first page)

    // Starts a snapshot (a first sync, or the server's resync_required): forgets the cursor.
    Status beginSnapshot();
    // One page of rows (already checked with validRow) and the cursor after it, in one
    // local transaction; the last page of a snapshot also finishes it.
    Status writePage(const QJsonArray &rows, const QString &cursor, bool hasMore);
    // The server's answer to a push: the rows of rejected mutations replace the local edit.
    // Runs inside the caller's write transaction (with the outbox confirmation).
    Status undoRejected(const QJsonArray &results);
    // Joining another school: its list leaves; personal rows, notes and stars stay.
    // Runs inside the caller's write transaction.
    Status dropSchoolRows();
    // No cursor, no snapshot in progress (a new enrolment). Inside the caller's transaction.
    Status resetPosition();

private:
    struct PageContext;
    Status applyRow(const QJsonObject &row, PageContext &page);
    Status finishSnapshot();
    Status setSnapshotMode(SnapshotMode mode);

    Database &m_db;
    Outbox &m_outbox;
};

} // namespace kl
