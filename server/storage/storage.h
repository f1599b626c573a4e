// The server's storage behind one interface. SqlStorage (sqlstorage.h) holds every query
// once; SqliteStorage (the default) and PgStorage are the thin dialects under it. Merge
// rules live in merge.h; storage only loads, stores and serialises writers so that
// version order equals commit order. One Storage is one database connection, used from
// one thread: the server opens one per worker thread (workerpool.h).
#pragma once

#include "result.h"
#include "syncprotocol.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QString>

#include <functional>
#include <optional>

namespace kl::server {

struct SchoolInfo
{
    QString id;
    QString name;
    QString epoch;
    qint64 version = 0;
    qint64 tombstoneFloor = 0; // cursors below this may have missed a purged tombstone
    QDateTime createdAt;
};

struct DeviceInfo
{
    QString id;
    QString schoolId;
    QString name;
    QString role; // sync::kRoleTeacher or sync::kRoleCoordinator
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime revokedAt;
    [[nodiscard]] bool revoked() const { return revokedAt.isValid(); }
};

struct CoordinatorInfo
{
    QString id;
    QString schoolId;
    QString name;
    QString email;
};

// A synced row as the server keeps it: every field with the version that last set it.
struct ServerRow
{
    QString table;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject fields;
    QJsonObject fieldVersions; // field -> version that set it
    [[nodiscard]] QJsonObject toWire() const;
};

struct ConflictInfo
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString field;
    QJsonValue losingValue;
    QJsonValue winningValue;
    qint64 losingVersion = 0;
    qint64 winningVersion = 0;
    QString winningClient;
    QDateTime createdAt;
};

struct PullPage
{
    // The page's rows as one JSON array text: stored field objects are spliced in as they
    // are, never parsed and printed again (the first sync of a big school is mostly this).
    QByteArray rowsJson = "[]";
    int rowCount = 0;
    sync::Cursor next;
    bool hasMore = false;
};

// One mutation of a push, parsed and checked for shape (merge.h parseMutation). `problem`
// set: the mutation is recorded as rejected with that reason and the client moves on.
struct IncomingMutation
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString op;
    QJsonObject fields;
    qint64 baseVersion = 0;
    struct Problem
    {
        QString code;
        QString field;
        QString reason;
    };
    std::optional<Problem> problem;
};

// One line of the coordinators' audit log: who did what to which row and fields.
struct AuditEntry
{
    qint64 id = 0;
    QString schoolId;
    QString coordinatorId;
    QString actor; // the coordinator's name at the time
    QString action; // "create", "update", "delete", "handover", "flag.confirm", "login", "login.failed", "revoke", ...
    QString table;
    QString rowId;
    QStringList fields;
    QString detail;
    QDateTime at;
};

// One device's push as the group commit carries it.
struct PushRequest
{
    DeviceInfo device;
    QString clientId;
    QList<IncomingMutation> mutations;
    // An import: every mutation applied, or none (the first rejection, gap or duplicate
    // undoes the whole push), with `audit` written in the same transaction.
    bool allOrNothing = false;
    std::optional<AuditEntry> audit;
    // Called before each mutation with the number done so far; false stops the push
    // (code "cancelled") and nothing of it stays.
    std::function<bool(int)> progress;
    // An import too big for memory: after `mutations`, further batches in the same
    // transaction and under the same version, until one comes back empty. The audit's
    // detail (when set) is asked for once every batch is in.
    std::function<Result<QList<IncomingMutation>>()> more;
    std::function<QString()> auditDetail;
};

struct PushOutcome
{
    qint64 lastMutationId = 0;
    qint64 version = 0;
    QJsonArray results;
};

struct ClientStatus
{
    QString clientId;
    QString deviceId;
    qint64 lastMutationId = 0;
    QDateTime lastSeenAt;
};

struct SchoolStatus
{
    SchoolInfo school;
    qint64 liveRows = 0;
    qint64 tombstones = 0;
    qint64 openFlags = 0;
    qint64 conflicts = 0;
    qint64 activeDevices = 0;
    qint64 revokedDevices = 0;
    QList<ClientStatus> clients;
};

// Web admin (coordinator web UI, issue 5). A coordinator's login: the argon2id hash of the
// password (libsodium crypto_pwhash_str_alg; empty: no password set) and the device the web UI
// pushes its edits as (empty until the first edit; a revoked one is replaced).
struct CoordinatorAccount
{
    CoordinatorInfo info;
    QString passwordHash;
    QString webDeviceId;
};

// A signed-in browser. Only the hash of the cookie token is stored.
struct WebSession
{
    QString tokenHash;
    QString schoolId;
    QString coordinatorId;
    QString csrfToken; // sent back in X-CSRF-Token on every state change
    QDateTime createdAt;
    QDateTime expiresAt;
};

// A device's read-only CardDAV login (the school list in the phone's contacts). Only the
// hash of the secret is stored; `revoked` is true when the credential or its device was.
struct CardDavCredential
{
    QString username;
    QString schoolId;
    QString deviceId; // empty: made by the admin CLI, not by a device
    QString label;
    QString secretHash;
    QDateTime createdAt;
    bool revoked = false;
};

// Error codes storage returns; the HTTP layer maps them to status codes.
namespace errors {
inline const QString kNotFound = QStringLiteral("not-found");
inline const QString kResync = QStringLiteral("resync-required");
inline const QString kGap = QStringLiteral("mutation-gap");
inline const QString kForbidden = QStringLiteral("forbidden");
inline const QString kInviteInvalid = QStringLiteral("invite-invalid");
inline const QString kInviteUsed = QStringLiteral("invite-used");
inline const QString kInviteExpired = QStringLiteral("invite-expired");
inline const QString kInvalid = QStringLiteral("invalid-request");
inline const QString kStorage = QStringLiteral("storage-failed");
inline const QString kRejected = QStringLiteral("rejected");
inline const QString kCancelled = QStringLiteral("cancelled");
} // namespace errors

class Storage
{
public:
    virtual ~Storage() = default;

    // Schools (tenants).
    virtual Result<SchoolInfo> createSchool(const QString &name, const QString &id = {}) = 0;
    [[nodiscard]] virtual Result<std::optional<SchoolInfo>> school(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<SchoolInfo>> schools() = 0;
    // Loads rows as one write (one version): the demo school, imports.
    virtual Status importRows(const QString &schoolId, const QList<ServerRow> &rows) = 0;
    // After restoring a backup: every client's cursor becomes foreign and they refetch.
    virtual Result<QString> rotateEpoch(const QString &schoolId) = 0;
    // Drops tombstones and mutation log entries older than `before`; raises the watermark.
    virtual Result<qint64> purge(const QString &schoolId, const QDateTime &before) = 0;

    // People and devices.
    virtual Result<CoordinatorInfo> createCoordinator(const QString &schoolId, const QString &name, const QString &email) = 0;
    // Stores only the hash of the invite token.
    virtual Status createInvite(const QString &schoolId, const QString &tokenHash, const QString &role,
        const QDateTime &expiresAt, const QString &coordinatorId) = 0;
    // Single use: marks the invite used and creates the device in one transaction.
    virtual Result<DeviceInfo> redeemInvite(const QString &inviteHash, const QString &deviceTokenHash,
        const QString &deviceName, const QString &clientId, const QDateTime &now) = 0;
    [[nodiscard]] virtual Result<std::optional<DeviceInfo>> deviceByTokenHash(const QString &tokenHash) = 0;
    [[nodiscard]] virtual Result<QList<DeviceInfo>> devices(const QString &schoolId) = 0;
    virtual Status revokeDevice(const QString &deviceId, const QString &schoolId = {}) = 0;
    virtual Status touchDevice(const QString &deviceId, const QDateTime &now) = 0;

    // Sync.
    [[nodiscard]] virtual Result<PullPage> pull(const QString &schoolId, const std::optional<sync::Cursor> &cursor,
        int rowCap, qint64 byteCap) = 0;
    Result<PushOutcome> push(const DeviceInfo &device, const QString &clientId, const QList<IncomingMutation> &mutations);
    // Several devices' pushes in one transaction, each with its own version, so they share
    // one durable commit (group commit). One push failing does not fail the others.
    virtual QList<Result<PushOutcome>> pushBatch(const QList<PushRequest> &pushes) = 0;
    // One push in a transaction of its own (PushRequest::allOrNothing for imports).
    virtual Result<PushOutcome> pushOne(const PushRequest &push) = 0;
    [[nodiscard]] virtual Result<QList<ConflictInfo>> conflicts(const QString &schoolId, int limit) = 0;
    [[nodiscard]] virtual Result<SchoolStatus> status(const QString &schoolId) = 0;
    // Every mutation the server recorded for a client, in id order (status, version): audit
    // trail for coordinators and the exactly-once proof of the tests.
    [[nodiscard]] virtual Result<QList<QPair<qint64, QString>>> mutationLog(const QString &schoolId, const QString &clientId) = 0;
    [[nodiscard]] virtual Result<QList<ServerRow>> liveRows(const QString &schoolId) = 0;

    // Web admin: coordinator logins, browser sessions, the audit log.
    [[nodiscard]] virtual Result<std::optional<CoordinatorAccount>> coordinatorAccount(const QString &coordinatorId) = 0;
    // Every coordinator with this e-mail (case-insensitive), in any school.
    [[nodiscard]] virtual Result<QList<CoordinatorAccount>> coordinatorAccountsByEmail(const QString &email) = 0;
    // A new password hash for the coordinator; ends every browser session of theirs in the
    // same transaction.
    virtual Status setCoordinatorPassword(const QString &coordinatorId, const QString &passwordHash) = 0;
    // The device the web admin writes through for this coordinator (created at first use).
    virtual Status setCoordinatorWebDevice(const QString &coordinatorId, const QString &deviceId) = 0;
    virtual Status createWebSession(const WebSession &session) = 0;
    // The session with this token hash when it exists and has not expired at `now`.
    [[nodiscard]] virtual Result<std::optional<WebSession>> webSession(const QString &tokenHash, const QDateTime &now) = 0;
    virtual Status deleteWebSession(const QString &tokenHash) = 0;
    virtual Status appendAudit(const AuditEntry &entry) = 0;
    // Newest first.
    [[nodiscard]] virtual Result<QList<AuditEntry>> auditLog(const QString &schoolId, int limit) = 0;

    // Rate limits as token buckets: true when the bucket `key` (refilled at ratePerSecond up
    // to burst) holds at least one token; `cost` tokens are taken then (0: only look). The
    // SQLite backend keeps them in the process (ratelimiter.h: one server on one file); a
    // backend shared by several server instances keeps them in the database, so a client
    // cannot multiply its allowance by landing on another instance.
    virtual Result<bool> takeRateToken(const QString &key, double ratePerSecond, double burst, double cost = 1) = 0;

    // Trusted browsers of the sign-in limits (OWASP device cookies): the hash of a cookie a
    // browser got after signing in as this coordinator.
    virtual Status addTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &expires) = 0;
    [[nodiscard]] virtual Result<bool> isTrustedBrowser(const QString &coordinatorId, const QString &tokenHash, const QDateTime &now) = 0;

    // CardDAV logins: a new one, one by user name (with its device's revocation), and
    // revoking one (revoking its device revokes it too).
    virtual Status createCardDavCredential(const CardDavCredential &credential) = 0;
    [[nodiscard]] virtual Result<std::optional<CardDavCredential>> cardDavCredential(const QString &username) = 0;
    virtual Status revokeCardDavCredential(const QString &username) = 0;

    // Called after every API request: a backend that keeps prepared statements resets
    // them here, so no half-read result pins an old snapshot between requests.
    virtual void endOfRequest() { }
};

// A stored row's fields decoded into the local store's types (sync::decodeValue), with its
// id: what core/rows.h turns into domain objects.
[[nodiscard]] QVariantMap decodedFields(const ServerRow &row);
[[nodiscard]] QString hashToken(const QString &token);
[[nodiscard]] QString randomToken(); // 256 bits, base64url
[[nodiscard]] Error serverError(const QString &code, const QString &message);

} // namespace kl::server
