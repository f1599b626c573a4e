#include "httpfront.h"

#include "crashpoint.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "kl.http")

namespace kl::server {

namespace {

// Watches one connection. Connected to readyRead before Qt's parser, so it sees every
// chunk first (peek, never read) and can cut the connection before Qt buffers a flood.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const Limits &limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        m_timer.start(m_limits.idleTimeoutMs);
    }

    void responseWritten()
    {
        m_inRequest = 0;
        m_head.clear();
        m_headDone = false;
        m_timer.start(m_limits.idleTimeoutMs);
    }

private:
    void onReadyRead()
    {
        // Qt 6.4's parser reads everything available in its own readyRead slot, which runs
        // after this one: what is available now arrived since the last signal.
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0) {
            return;
        }
        if (m_inRequest == 0) {
            m_timer.start(m_limits.requestTimeoutMs);
        }
        m_inRequest += available;
        if (!m_headDone) {
            m_head += m_socket->peek(std::min<qint64>(available, m_limits.maxHeaderBytes + 4 - m_head.size()));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    reject(431, "header-too-large", "The request headers are too large");
                }
                return;
            }
            m_headDone = true;
            const QByteArray head = m_head.left(end).toLower();
            const qsizetype at = head.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                const qsizetype eol = head.indexOf("\r\n", at + 2);
                bool ok = false;
                const qint64 length = head.mid(at + 17, eol < 0 ? -1 : eol - at - 17).trimmed().toLongLong(&ok);
                if (!ok || length > m_limits.maxBodyBytes) {
                    reject(413, "body-too-large", "The request body is too large");
                    return;
                }
            }
        }
        if (m_inRequest > m_limits.maxBodyBytes + m_limits.maxHeaderBytes) {
            reject(413, "body-too-large", "The request body is too large");
        }
    }

    void onTimeout()
    {
        if (m_inRequest > 0) {
            reject(408, "request-timeout", "The request took too long to arrive");
        } else {
            m_socket->abort(); // idle keep-alive connection
        }
    }

    void reject(int status, const char *code, const char *title)
    {
        qCInfo(lcHttp) << "rejecting request from" << m_socket->peerAddress().toString() << status;
        // Stop Qt's parser from reading any more of this connection; drain (and drop) what
        // the client still sends, so closing does not reset the connection before it has
        // read our answer; close our side once the answer is out.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, [s = m_socket] { s->readAll(); });
        m_socket->readAll();
        const ApiResponse r = Api::problem(status, QLatin1String(code), QLatin1String(title));
        QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " " + title + "\r\nContent-Type: " + r.contentType
            + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
        m_socket->write(raw);
        m_socket->flush();
        connect(m_socket, &QTcpSocket::bytesWritten, this, [s = m_socket] {
            if (s->bytesToWrite() == 0) {
                ::shutdown(int(s->socketDescriptor()), SHUT_WR);
            }
        });
        if (m_socket->bytesToWrite() == 0) {
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        }
        m_timer.stop();
        QTimer::singleShot(5000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
            if (s) {
                s->abort();
            }
        });
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    }

    QTcpSocket *m_socket;
    Limits m_limits;
    QTimer m_timer;
    QByteArray m_head;
    bool m_headDone = false;
    qint64 m_inRequest = 0;
};

} // namespace

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        const ApiResponse r = Api::problem(503, QStringLiteral("too-many-connections"), QStringLiteral("The server is busy"));
        socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + r.contentType + "\r\nContent-Length: "
            + QByteArray::number(r.body.size()) + "\r\nRetry-After: 5\r\nConnection: close\r\n\r\n" + r.body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->setProperty("kl_guard", QVariant::fromValue<QObject *>(new ConnectionGuard(socket, m_limits)));
    addPendingConnection(socket);
}

HttpFront::HttpFront(Api &api, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
{
}

quint16 HttpFront::start(const QHostAddress &address, quint16 port)
{
    m_tcp = new GuardedTcpServer(m_api.limits(), this);
    if (!m_tcp->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen on" << address.toString() << port << m_tcp->errorString();
        return 0;
    }
    bind(m_tcp);
    return m_tcp->serverPort();
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest r;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: r.method = "GET"; break;
    case QHttpServerRequest::Method::Post: r.method = "POST"; break;
    case QHttpServerRequest::Method::Put: r.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: r.method = "DELETE"; break;
    case QHttpServerRequest::Method::Head: r.method = "HEAD"; break;
    case QHttpServerRequest::Method::Options: r.method = "OPTIONS"; break;
    case QHttpServerRequest::Method::Patch: r.method = "PATCH"; break;
    default: r.method = "OTHER"; break;
    }
    // HEAD is GET without the content (RFC 9110, 9.3.2): the same status and headers,
    // Content-Length included, and no body on the wire, or a kept-alive connection's next
    // answer would be read as this one's body.
    const bool head = r.method == "HEAD";
    if (head) {
        r.method = "GET";
    }
    r.path = request.url().path();
    r.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        r.headers.insert(name.toLower(), value);
    }
    r.body = request.body();
    r.peer = request.remoteAddress().toString();
    for (const QHostAddress &proxy : m_api.limits().trustedProxies) {
        if (proxy.isEqual(request.remoteAddress(), QHostAddress::ConvertV4MappedToIPv4)) {
            const QHostAddress client(QString::fromLatin1(r.headers.value("x-real-ip").trimmed()));
            if (!client.isNull()) {
                r.peer = client.toString();
            }
            break;
        }
    }
    const ApiResponse response = m_api.handle(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(head ? QByteArray() : response.body);
    if (auto *guard = static_cast<ConnectionGuard *>(socket->property("kl_guard").value<QObject *>())) {
        guard->responseWritten();
    }
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const ApiResponse r = Api::problem(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    makeResponder(request, socket).write(r.body, { { "Content-Type", r.contentType } },
        QHttpServerResponder::StatusCode::NotFound);
}

} // namespace kl::server
