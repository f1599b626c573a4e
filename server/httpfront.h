// The thin adapter between Qt HttpServer 6.4 and the Api. Qt's server has no limits of
// its own, so every accepted socket gets a guard that sees the bytes before Qt parses
// them: header and body size caps (431/413), a request timeout against slow senders
// (408), an idle timeout for kept-alive connections and a cap on open connections (503).
#pragma once

#include "api.h"

#include <QAbstractHttpServer>
#include <QTcpServer>

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
    HttpFront(Api &api, QObject *parent = nullptr);
    // Listens on address:port (0 = any free port); returns the bound port or 0.
    quint16 start(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Api &m_api;
    GuardedTcpServer *m_tcp = nullptr;
};

} // namespace kl::server
