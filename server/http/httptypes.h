// A request and its answer as the server's handlers see them, independent of Qt
// HttpServer (httpfront.h adapts it), and the limits every part of the server enforces.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace kl::server {

struct ApiResponse;

struct ApiRequest
{
    QByteArray method; // "GET", "POST", "PROPFIND", ... (HEAD arrives as GET)
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower case
    QByteArray body;
    QString peer; // remote address, for rate limits of unauthenticated calls
    // Sends the answer later, from any thread: a handler that hands its work on (a push to
    // the group commit) returns ApiResponse::deferred() and calls this once when done.
    std::function<void(const ApiResponse &)> respond;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    [[nodiscard]] static ApiResponse deferred() { return ApiResponse { 0, {}, {}, {} }; }
    [[nodiscard]] bool isDeferred() const { return status == 0; }
};

struct Limits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int requestTimeoutMs = 30000;
    int idleTimeoutMs = 60000;
    int maxConnections = 512;
    // The kernel's queue of connections not yet accepted: Qt's default of 50 drops
    // connections in a storm (a school's phones after a Wi-Fi outage) instead of queueing.
    int listenBacklog = 1024;
    int maxPipelined = 16; // requests of one connection in flight at once
    int workerThreads = 4; // requests run here, each thread with its own database connection
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

} // namespace kl::server
