// The coordinator web UI (issue 5): the static files of assets/web (compiled in as Qt
// resources) under /admin/ and the JSON endpoints under /admin/api/ behind a browser
// session. Sessions live in the Storage (several server instances share them), cookies are
// HttpOnly + SameSite=Strict (+ Secure behind https), every state change needs the
// session's CSRF token, logins are rate-limited per address and per account and audited.
// Every edit of the school list is a sync mutation pushed through Storage::push as the
// coordinator's own web device, so phones get it on their next pull like any other edit.
#pragma once

#include "storage.h"

#include <QHash>
#include <QUrl>

namespace kl::server {

struct ApiRequest;
struct ApiResponse;
struct Limits;

// argon2id through libsodium (crypto_pwhash_str_alg, interactive limits).
[[nodiscard]] Result<QString> hashPassword(const QString &password);
[[nodiscard]] bool verifyPassword(const QString &hash, const QString &password);

class AdminApi
{
public:
    AdminApi(Storage &storage, const Limits &limits);

    [[nodiscard]] static bool handles(const QString &path);
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);
    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }

private:
    struct Session
    {
        WebSession web;
        CoordinatorAccount account;
    };
    struct WebClient
    {
        DeviceInfo device;
        QString clientId;
        qint64 lastMutationId = 0;
    };

    ApiResponse staticFile(const QString &path);
    ApiResponse login(const ApiRequest &request);
    ApiResponse api(const ApiRequest &request, const Session &session, const QString &rest);

    Result<std::optional<Session>> sessionOf(const ApiRequest &request);
    // Sign-in limits live with the storage (shared by all instances on PostgreSQL): true
    // when the bucket holds a token; `cost` tokens are taken then (0: only look).
    bool loginAllowed(const QString &key, double rate, double burst, double cost);
    void audit(const Session &s, const QString &action, const QString &table = {}, const QString &row = {},
        const QStringList &fields = {}, const QString &detail = {});

    // The mutation path shared with sync: push `mutations` (without ids) as the session's
    // coordinator; all applied or a problem naming the first rejection.
    Result<QJsonArray> apply(const Session &s, QJsonArray mutations);
    Result<WebClient> webClient(const Session &s, bool refresh);

    ApiResponse rows(const Session &s);
    ApiResponse upsert(const Session &s, const QString &table, const QString &id, const ApiRequest &request);
    ApiResponse remove(const Session &s, const QString &table, const QString &id);
    // GET the stored photo; POST a picture (the body, image/*) to set it; POST .../delete.
    ApiResponse personPhoto(const Session &s, const QString &personId, const ApiRequest &request, bool remove);
    ApiResponse handOver(const Session &s, const QString &functionId, const ApiRequest &request);
    ApiResponse resolveFlag(const Session &s, const QString &flagId, const ApiRequest &request);
    ApiResponse devices(const Session &s);
    ApiResponse revoke(const Session &s, const QString &deviceId);
    ApiResponse invite(const Session &s, const ApiRequest &request);
    ApiResponse conflicts(const Session &s);
    ApiResponse restoreConflict(const Session &s, qint64 conflictId);
    ApiResponse auditLog(const Session &s);
    ApiResponse importCards(const Session &s, const ApiRequest &request);
    ApiResponse exportCards(const Session &s);

    Storage &m_storage;
    int m_pushMaxMutations; // from Limits: the web UI's pushes are cut like a phone's
    int m_inviteHours;
    QUrl m_publicUrl;
    QHash<QString, WebClient> m_clients; // coordinator id -> its web device and next mutation id
};

} // namespace kl::server
