#include "httpfront.h"

#include "connectionguard.h"
#include "problems.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "kl.http")

namespace kl::server {

namespace {

ConnectionGuard *guardOf(QTcpSocket *socket)
{
    return static_cast<ConnectionGuard *>(socket->property("kl_guard").value<QObject *>());
}

} // namespace

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        // Refused at once and cleanly: a storm of connections gets answers, not timeouts.
        ApiResponse r = problem(503, QStringLiteral("too-many-connections"), QStringLiteral("The server is busy"));
        r.addHeader("Retry-After", "5");
        socket->write(ConnectionGuard::serialise(r, false, true));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *guard = new ConnectionGuard(socket, m_limits);
    socket->setProperty("kl_guard", QVariant::fromValue<QObject *>(guard));
    addPendingConnection(socket); // Qt's parser connects its readyRead slot here
    guard->attachAfterParser();
}

HttpFront::HttpFront(const Limits &limits, Dispatch dispatch, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_limits(limits)
    , m_dispatch(std::move(dispatch))
{
}

quint16 HttpFront::start(const QHostAddress &address, quint16 port)
{
    m_tcp = new GuardedTcpServer(m_limits, this);
    m_tcp->setListenBacklogSize(m_limits.listenBacklog);
    if (!m_tcp->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port << m_tcp->errorString();
        return 0;
    }
    bind(m_tcp);
    return m_tcp->serverPort();
}

QString HttpFront::clientAddress(const QHttpServerRequest &request, const QByteArray &realIp) const
{
    for (const QHostAddress &proxy : m_limits.trustedProxies) {
        if (proxy.isEqual(request.remoteAddress(), QHostAddress::ConvertV4MappedToIPv4)) {
            const QHostAddress client(QString::fromLatin1(realIp.trimmed()));
            if (!client.isNull()) {
                return client.toString();
            }
            break;
        }
    }
    return request.remoteAddress().toString();
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionGuard *guard = guardOf(socket);
    auto taken = guard ? guard->takeRequest() : std::nullopt;
    if (!taken) {
        // Qt's parser and the framer disagree: never answer a request we did not frame.
        qCCritical(lcHttp) << "a request the guard did not frame; closing the connection";
        socket->abort();
        return true;
    }
    ApiRequest r;
    r.method = taken->head.method;
    const bool headOnly = r.method == "HEAD";
    if (headOnly) {
        r.method = "GET";
    }
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        r.headers.insert(name.toLower(), value);
    }
    r.body = request.body();
    r.peer = clientAddress(request, r.headers.value("x-real-ip"));
    r.respond = [front = QPointer<HttpFront>(this), guard = QPointer<ConnectionGuard>(guard), sequence = taken->sequence,
                    headOnly](const ApiResponse &response) {
        // Called from a worker thread: the answer is written on this (the socket's) thread.
        if (!front) {
            return;
        }
        QMetaObject::invokeMethod(
            front.data(),
            [guard, sequence, headOnly, response] {
                if (guard) {
                    guard->deliver(sequence, response, headOnly);
                }
            },
            Qt::QueuedConnection);
    };
    m_dispatch(std::move(r));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->abort(); // handleRequest answers every request; this is never reached
}

} // namespace kl::server
