// Strict HTTP/1.1 request framing (RFC 9112), fed the bytes of one connection as they
// arrive. It finds where each request ends before Qt HttpServer's parser does, and refuses
// whatever two parsers could read differently: a second or conflicting Content-Length,
// Transfer-Encoding (with or without Content-Length: this server needs a length, 411),
// obsolete line folding, a bare CR or LF, whitespace before a header's colon, control
// bytes in a head, a missing or repeated Host. Because only unambiguous requests pass, the
// two parsers always agree on the boundaries (no request smuggling), and the framer can
// tell the front each request's real method (Qt 6.4 drops unknown ones such as PROPFIND).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace kl::server {

struct RequestHead
{
    QByteArray method;
    QByteArray target;
    qint64 contentLength = 0;
    bool http10 = false;
    bool closeAfter = false; // Connection: close, or HTTP/1.0 without keep-alive
    bool expectContinue = false;
};

struct FramingError
{
    int status = 400;
    QByteArray code;
    QByteArray title;
};

class RequestFramer
{
public:
    struct Event
    {
        enum class Kind { RequestStarted, HeadComplete, RequestComplete, Error } kind;
        RequestHead head; // HeadComplete
        FramingError error; // Error
    };

    RequestFramer(qint64 maxHeaderBytes, qint64 maxBodyBytes)
        : m_maxHeader(maxHeaderBytes)
        , m_maxBody(maxBodyBytes)
    {
    }

    // Consumes `bytes`; the events they complete, in order. After an Error the framer
    // refuses everything (the connection is closed).
    [[nodiscard]] QList<Event> feed(QByteArrayView bytes);
    // Bytes of a request have arrived that do not finish it yet.
    [[nodiscard]] bool inRequest() const { return m_state == State::Head || m_state == State::Body; }
    [[nodiscard]] bool failed() const { return m_state == State::Failed; }

    // The head alone (for tests and the fuzz target): the request, or the error.
    [[nodiscard]] static bool parseHead(QByteArrayView head, RequestHead *out, FramingError *error);

private:
    enum class State { BetweenRequests, Head, Body, Failed };
    State m_state = State::BetweenRequests;
    QByteArray m_buffer; // the head so far
    qint64 m_bodyLeft = 0;
    qint64 m_maxHeader;
    qint64 m_maxBody;
};

} // namespace kl::server
