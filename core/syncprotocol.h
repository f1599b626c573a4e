// The wire format shared by the sync engine (client) and kortelijn-server: cursors,
// the columns that may travel per table, value encoding, invite links and the problem
// types of RFC 9457 errors. One definition, so client and server cannot drift apart.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace kl::sync {

inline constexpr int kProtocolVersion = 1;

// Opaque to clients: base64url of {"e": epoch, "v": version, "k": last row key[, "s": snapshot start]}.
struct Cursor
{
    QString epoch;
    qint64 version = 0;
    QString lastKey; // "table/id" of the last row of the page; empty at a version boundary
    // While a snapshot pages: the school's version when it began (its tombstones of older
    // deletions are left out); 0 otherwise.
    qint64 snapshotVersion = 0;

    bool operator==(const Cursor &) const = default;
};
[[nodiscard]] QString encodeCursor(const Cursor &cursor);
[[nodiscard]] std::optional<Cursor> decodeCursor(const QString &text);

// Tables that travel: the synced tables of rows.h plus "flags" (append-only reports).
[[nodiscard]] bool isSyncedTable(const QString &table);
// Columns that travel for a table. Device-local columns (a quick line's last use) never do.
[[nodiscard]] const QStringList &syncedColumns(const QString &table);
// Columns a device may never send: usage data, private data.
[[nodiscard]] bool isDeviceLocalColumn(const QString &table, const QString &column);
[[nodiscard]] bool hasOriginColumn(const QString &table);
[[nodiscard]] QString rowKey(const QString &table, const QString &id);

// SQLite values <-> JSON. Blobs (a person's photo) travel as base64 strings.
[[nodiscard]] QJsonValue encodeValue(const QString &table, const QString &column, const QVariant &value);
[[nodiscard]] std::optional<QVariant> decodeValue(const QString &table, const QString &column, const QJsonValue &value);

// Mutation operations in a push.
inline constexpr QLatin1String kOpUpsert("upsert");
inline constexpr QLatin1String kOpDelete("delete");
inline constexpr QLatin1String kOpFlag("flag");

// Roles a device can hold.
inline constexpr QLatin1String kRoleTeacher("teacher");
inline constexpr QLatin1String kRoleCoordinator("coordinator");

// RFC 9457 problem types: https://kortelijn.nl/problems/<code>
[[nodiscard]] QString problemType(const QString &code);
inline constexpr QLatin1String kProblemResync("resync-required");
inline constexpr QLatin1String kProblemGap("mutation-gap");
inline constexpr QLatin1String kProblemRevoked("device-revoked");
inline constexpr QLatin1String kProblemUnauthenticated("unauthenticated");

// Staff invite: kortelijn://join?server=<url>&invite=<token>. The same text goes into the QR.
struct Invite
{
    QUrl server;
    QString token;
};
[[nodiscard]] QString inviteLink(const QUrl &server, const QString &token);
[[nodiscard]] std::optional<Invite> parseInvite(const QString &text);

} // namespace kl::sync
