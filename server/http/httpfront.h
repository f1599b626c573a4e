// The thin adapter between Qt HttpServer 6.4 and the server's handlers. Qt parses the
// requests; every accepted socket first gets a ConnectionGuard (connectionguard.h: strict
// framing, size caps, timeouts, ordered answers), the listening socket a cap on open
// connections (503) and a listen backlog of its own. Each request, with its real method,
// is handed to `dispatch` (the worker pool) and answered whenever its handler is done:
// this thread only parses and writes, so no storage call can stall it.
#pragma once

#include "httptypes.h"

#include <QAbstractHttpServer>
#include <QTcpServer>

#include <functional>

namespace kl::server {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const Limits &limits, QObject *parent = nullptr) : QTcpServer(parent), m_limits(limits) { }
    [[nodiscard]] int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    Limits m_limits;
    int m_open = 0;
};

class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Dispatch = std::function<void(ApiRequest)>;
    HttpFront(const Limits &limits, Dispatch dispatch, QObject *parent = nullptr);
    // Listens on address:port (0 = any free port); returns the bound port or 0.
    quint16 start(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] QString clientAddress(const QHttpServerRequest &request, const QByteArray &realIp) const;

    Limits m_limits;
    Dispatch m_dispatch;
    GuardedTcpServer *m_tcp = nullptr;
};

} // namespace kl::server
