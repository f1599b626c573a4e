// The /api/v1 endpoints as plain functions of a request: authentication, roles, rate
// limits, JSON in and out, RFC 9457 problems. No HTTP library in sight: httpfront.h
// adapts Qt HttpServer to this, and tests or another front end can call it directly.
#pragma once

#include "adminapi.h"
#include "storage.h"

#include <QHash>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace kl::server {

struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray body;
    QString peer; // remote address, for rate limits of unauthenticated calls
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct Limits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int requestTimeoutMs = 30000;
    int idleTimeoutMs = 60000;
    int maxConnections = 512;
    double ratePerSecond = 20; // per device (or per address before enrolment); 0 = off
    double burst = 200;
    int pullRowCap = 2000;
    qint64 pullByteCap = 2 * 1024 * 1024;
    int pushMaxMutations = 500;
    int inviteHours = 72;
    // Reverse proxies whose X-Real-IP header names the client (per-address rate limits
    // would otherwise count every client as the proxy).
    QList<QHostAddress> trustedProxies;
};

class PublicPages; // publicpages.h

class Api
{
public:
    Api(Storage &storage, Limits limits);
    ~Api();

    [[nodiscard]] ApiResponse handle(const ApiRequest &request);
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    // The address devices use to reach this server (behind a proxy: the public https URL).
    void setPublicUrl(const QUrl &url);

    [[nodiscard]] static ApiResponse problem(int status, const QString &code, const QString &title, const QString &detail = {});

private:
    ApiResponse route(const ApiRequest &request);
    bool allow(const QString &key, double rate, double burst);
    Result<DeviceInfo> authenticate(const ApiRequest &request);

    ApiResponse enroll(const ApiRequest &request);
    ApiResponse me(const DeviceInfo &device);
    ApiResponse pull(const DeviceInfo &device, const ApiRequest &request);
    ApiResponse push(const DeviceInfo &device, const ApiRequest &request);
    ApiResponse conflicts(const DeviceInfo &device);
    ApiResponse devices(const DeviceInfo &device);
    ApiResponse revoke(const DeviceInfo &device, const QString &deviceId);
    ApiResponse invite(const DeviceInfo &device, const ApiRequest &request);

    Storage &m_storage;
    Limits m_limits;
    AdminApi m_admin; // the coordinator web UI under /admin/
    QUrl m_publicUrl;
    // Per instance on purpose: it only spares the database a write; several instances
    // write last_seen_at at most once per 5 minutes each (docs/deploy.md).
    QHash<QString, qint64> m_lastTouch;
    std::unique_ptr<PublicPages> m_public; // parents' pages under /p/
};

[[nodiscard]] ApiResponse errorResponse(const Error &error);

} // namespace kl::server
