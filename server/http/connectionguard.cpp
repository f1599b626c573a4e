#include "connectionguard.h"

#include "problems.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>

#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace kl::server {

namespace {

QByteArray reason(int status)
{
    static const QHash<int, QByteArray> reasons { { 200, "OK" }, { 201, "Created" }, { 204, "No Content" },
        { 207, "Multi-Status" }, { 301, "Moved Permanently" }, { 302, "Found" }, { 304, "Not Modified" },
        { 308, "Permanent Redirect" }, { 400, "Bad Request" }, { 401, "Unauthorized" }, { 403, "Forbidden" },
        { 404, "Not Found" }, { 405, "Method Not Allowed" }, { 408, "Request Timeout" }, { 409, "Conflict" },
        { 410, "Gone" }, { 411, "Length Required" }, { 412, "Precondition Failed" }, { 413, "Content Too Large" },
        { 415, "Unsupported Media Type" }, { 417, "Expectation Failed" }, { 422, "Unprocessable Content" },
        { 429, "Too Many Requests" }, { 431, "Request Header Fields Too Large" }, { 500, "Internal Server Error" },
        { 501, "Not Implemented" }, { 503, "Service Unavailable" }, { 505, "HTTP Version Not Supported" },
        { 507, "Insufficient Storage" } };
    return reasons.value(status, "Status");
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Limits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // Before Qt's parser: this slot is connected first, so it runs first for every chunk.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeParser);
    m_timer.start(m_limits.idleTimeoutMs);
    m_timerMode = TimerMode::Idle;
}

void ConnectionGuard::attachAfterParser()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterParser);
}

void ConnectionGuard::beforeParser()
{
    if (m_failure || m_closing) {
        return;
    }
    // Only Qt's parser reads from the socket, and only in its slot between this one and
    // afterParser(): what is unread now beyond what it left arrived since then.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unreadAfterParser;
    if (fresh <= 0) {
        return;
    }
    const QByteArray unread = m_socket->peek(available);
    const QList<RequestFramer::Event> events = m_framer.feed(QByteArrayView(unread).sliced(unread.size() - fresh));
    for (const RequestFramer::Event &e : events) {
        switch (e.kind) {
        case RequestFramer::Event::Kind::RequestStarted: break;
        case RequestFramer::Event::Kind::HeadComplete:
            if (qsizetype(m_framed.size()) + qsizetype(m_nextSequence - m_nextToWrite) >= m_limits.maxPipelined) {
                fail(FramingError { 503, "too-many-pipelined", "Too many requests in flight on one connection" });
                return;
            }
            m_framed.append(e.head);
            if (e.head.expectContinue && e.head.contentLength > 0 && m_nextSequence == m_nextToWrite && m_framed.size() == 1) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            break;
        case RequestFramer::Event::Kind::RequestComplete: break;
        case RequestFramer::Event::Kind::Error: fail(e.error); return;
        }
    }
    updateTimer();
}

void ConnectionGuard::afterParser()
{
    m_unreadAfterParser = m_socket->bytesAvailable();
}

std::optional<ConnectionGuard::Taken> ConnectionGuard::takeRequest()
{
    if (m_framed.isEmpty()) {
        return std::nullopt;
    }
    Taken t { m_nextSequence++, m_framed.takeFirst() };
    m_closeAfter.insert(t.sequence, t.head.closeAfter);
    if (t.head.closeAfter) {
        // Nothing after this request is read: the connection ends with its answer.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_closing = true;
    }
    updateTimer();
    return t;
}

void ConnectionGuard::deliver(quint64 sequence, const ApiResponse &response, bool headOnly)
{
    m_answers.insert(sequence, Answer { response, headOnly });
    flush();
}

QByteArray ConnectionGuard::serialise(const ApiResponse &response, bool headOnly, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    // HEAD is GET without the content (RFC 9110 9.3.2): the same headers, Content-Length
    // included, and no body on the wire.
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool cacheControl = false;
    for (const auto &[name, value] : response.headers) {
        cacheControl = cacheControl || name.compare("Cache-Control", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!cacheControl) {
        out += "Cache-Control: no-store\r\n";
    }
    out += "X-Content-Type-Options: nosniff\r\n";
    if (close) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    if (!headOnly) {
        out += response.body;
    }
    return out;
}

void ConnectionGuard::flush()
{
    while (m_answers.contains(m_nextToWrite)) {
        const Answer a = m_answers.take(m_nextToWrite);
        const bool close = m_closeAfter.take(m_nextToWrite);
        ++m_nextToWrite;
        m_socket->write(serialise(a.response, a.headOnly, close));
        if (close) {
            closeAfterWrite();
            return;
        }
    }
    if (m_failure && !m_failureSent && m_nextToWrite == m_nextSequence) {
        // Every request Qt took is answered: now the refusal, and the end of the connection.
        const ApiResponse r = problem(m_failure->status, QString::fromLatin1(m_failure->code), QString::fromLatin1(m_failure->title));
        m_socket->write(serialise(r, false, true));
        m_failureSent = true;
        closeAfterWrite();
        return;
    }
    updateTimer();
}

void ConnectionGuard::fail(const FramingError &error)
{
    qCInfo(lcHttp) << "refusing a request from" << m_socket->peerAddress().toString() << error.status << error.code;
    // Qt's parser reads nothing more of this connection; what the client still sends is
    // drained and dropped, so closing does not reset the connection before it has read
    // the answer.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, [s = m_socket] { s->readAll(); });
    m_socket->readAll();
    m_failure = error;
    m_framed.clear();
    flush();
}

void ConnectionGuard::closeAfterWrite()
{
    m_closing = true;
    m_timer.stop();
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, [s = m_socket] { s->readAll(); });
    auto shutdownWhenWritten = [s = m_socket] {
        if (s->bytesToWrite() == 0) {
            ::shutdown(int(s->socketDescriptor()), SHUT_WR);
        }
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, shutdownWhenWritten);
    m_socket->flush();
    shutdownWhenWritten();
    QTimer::singleShot(5000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
        if (s) {
            s->abort();
        }
    });
}

void ConnectionGuard::updateTimer()
{
    if (m_closing || m_failure) {
        return;
    }
    const bool arriving = m_framer.inRequest();
    const bool working = m_nextToWrite < m_nextSequence || !m_framed.isEmpty();
    // The request timeout runs from a request's first byte to its last; the idle timeout
    // from the last answer to the next request; no timeout while the server works.
    const TimerMode mode = arriving ? TimerMode::Request : working ? TimerMode::Off : TimerMode::Idle;
    if (mode == m_timerMode && (m_timer.isActive() || mode == TimerMode::Off)) {
        return;
    }
    m_timerMode = mode;
    if (mode == TimerMode::Off) {
        m_timer.stop();
    } else {
        m_timer.start(mode == TimerMode::Request ? m_limits.requestTimeoutMs : m_limits.idleTimeoutMs);
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_framer.inRequest()) {
        fail(FramingError { 408, "request-timeout", "The request took too long to arrive" });
    } else {
        m_socket->abort(); // idle keep-alive connection
    }
}

} // namespace kl::server
