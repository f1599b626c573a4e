#include "requestframer.h"

namespace kl::server {

namespace {

bool isTchar(char c)
{
    static const QByteArrayView extra("!#$%&'*+-.^_`|~");
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || extra.contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty()) {
        return false;
    }
    for (char c : s) {
        if (!isTchar(c)) {
            return false;
        }
    }
    return true;
}

bool fail(FramingError *error, int status, const char *code, const char *title)
{
    *error = FramingError { status, code, title };
    return false;
}

QByteArray lowerTrimmed(QByteArrayView v)
{
    return v.trimmed().toByteArray().toLower();
}

} // namespace

bool RequestFramer::parseHead(QByteArrayView head, RequestHead *out, FramingError *error)
{
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u == 0x7F) {
            return fail(error, 400, "bad-request", "The request head holds control characters");
        }
    }
    QList<QByteArrayView> lines;
    qsizetype at = 0;
    while (true) {
        const qsizetype end = head.indexOf(QByteArrayView("\r\n"), at);
        lines << head.sliced(at, (end < 0 ? head.size() : end) - at);
        if (end < 0) {
            break;
        }
        at = end + 2;
    }
    for (QByteArrayView line : lines) {
        if (line.contains('\r') || line.contains('\n')) {
            return fail(error, 400, "bad-request", "Lines must end with CRLF");
        }
    }
    // request-line = method SP request-target SP HTTP-version, single spaces.
    const QByteArrayView requestLine = lines.first();
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0) {
        return fail(error, 400, "bad-request", "The request line is malformed");
    }
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method) || method.size() > 20) {
        return fail(error, 400, "bad-request", "The method is malformed");
    }
    if (target.contains('\t') || !(target.startsWith('/') || (target == "*" && method == "OPTIONS")
            || target.startsWith("http://") || target.startsWith("https://"))) {
        return fail(error, 400, "bad-request", "The request target is malformed");
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        return fail(error, 505, "version-not-supported", "Use HTTP/1.1");
    }
    RequestHead h;
    h.method = method.toByteArray();
    h.target = target.toByteArray();
    h.http10 = version == "HTTP/1.0";
    int lengths = 0;
    int hosts = 0;
    bool transferEncoding = false;
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            return fail(error, 400, "bad-request", "Obsolete line folding is not accepted");
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            return fail(error, 400, "bad-request", "A header name is malformed");
        }
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            ++lengths;
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value) {
                digits = digits && c >= '0' && c <= '9';
            }
            if (!digits) {
                return fail(error, 400, "bad-request", "Content-Length must be a number");
            }
            h.contentLength = value.toLongLong();
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        } else if (name == "host") {
            ++hosts;
            if (value.isEmpty() || value.contains(' ') || value.contains('/') || value.contains('@')) {
                return fail(error, 400, "bad-request", "The Host header is malformed");
            }
        } else if (name == "connection") {
            for (const QByteArray &token : value.toByteArray().split(',')) {
                const QByteArray t = lowerTrimmed(token);
                h.closeAfter = h.closeAfter || t == "close";
                keepAlive = keepAlive || t == "keep-alive";
            }
        } else if (name == "upgrade" && lowerTrimmed(value).contains("websocket")) {
            return fail(error, 400, "upgrade-unsupported", "This server does not upgrade connections");
        } else if (name == "expect") {
            if (lowerTrimmed(value) != "100-continue") {
                return fail(error, 417, "expectation-failed", "Only Expect: 100-continue is understood");
            }
            h.expectContinue = true;
        }
    }
    if (lengths > 1) {
        return fail(error, 400, "ambiguous-framing", "The request has more than one Content-Length");
    }
    if (transferEncoding && lengths > 0) {
        return fail(error, 400, "ambiguous-framing", "The request has both Content-Length and Transfer-Encoding");
    }
    if (transferEncoding) {
        if (h.http10) {
            return fail(error, 400, "ambiguous-framing", "HTTP/1.0 has no Transfer-Encoding");
        }
        return fail(error, 411, "length-required", "Send the body with a Content-Length");
    }
    if (!h.http10 && hosts != 1) {
        return fail(error, 400, "bad-request", "An HTTP/1.1 request has exactly one Host header");
    }
    if (hosts > 1) {
        return fail(error, 400, "bad-request", "The request has more than one Host header");
    }
    if (h.http10 && !keepAlive) {
        h.closeAfter = true;
    }
    *out = h;
    return true;
}

QList<RequestFramer::Event> RequestFramer::feed(QByteArrayView bytes)
{
    QList<Event> out;
    auto failWith = [&](int status, const char *code, const char *title) {
        m_state = State::Failed;
        m_buffer.clear();
        out.append(Event { Event::Kind::Error, {}, FramingError { status, code, title } });
    };
    qsizetype i = 0;
    while (i < bytes.size() && m_state != State::Failed) {
        switch (m_state) {
        case State::BetweenRequests:
            // Empty lines before a request line are skipped (RFC 9112 2.2), as Qt's parser does.
            if (bytes.at(i) == '\r' || bytes.at(i) == '\n') {
                ++i;
                continue;
            }
            m_state = State::Head;
            out.append(Event { Event::Kind::RequestStarted, {}, {} });
            continue;
        case State::Head: {
            // Take bytes up to the end of the head (CRLF CRLF), watching every line end as it
            // comes: a bare LF must be refused before Qt's parser, which accepts one, acts on it.
            qsizetype j = i;
            qsizetype headEnd = -1;
            while (j < bytes.size()) {
                const char c = bytes.at(j);
                m_buffer.append(c);
                ++j;
                const qsizetype n = m_buffer.size();
                if (c == '\n' && (n < 2 || m_buffer.at(n - 2) != '\r')) {
                    failWith(400, "bad-request", "Lines must end with CRLF");
                    return out;
                }
                if (n >= 2 && m_buffer.at(n - 2) == '\r' && c != '\n') {
                    failWith(400, "bad-request", "A bare CR is not accepted");
                    return out;
                }
                if (n >= 4 && c == '\n' && m_buffer.endsWith("\r\n\r\n")) {
                    headEnd = n - 4;
                    break;
                }
                if (n > m_maxHeader) {
                    failWith(431, "header-too-large", "The request headers are too large");
                    return out;
                }
            }
            i = j;
            if (headEnd < 0) {
                continue; // the rest of the head comes later
            }
            RequestHead head;
            FramingError error;
            if (!parseHead(QByteArrayView(m_buffer).first(headEnd), &head, &error)) {
                m_state = State::Failed;
                m_buffer.clear();
                out.append(Event { Event::Kind::Error, {}, error });
                return out;
            }
            if (head.contentLength > m_maxBody) {
                failWith(413, "body-too-large", "The request body is too large");
                return out;
            }
            m_buffer.clear();
            out.append(Event { Event::Kind::HeadComplete, head, {} });
            m_bodyLeft = head.contentLength;
            if (m_bodyLeft == 0) {
                m_state = State::BetweenRequests;
                out.append(Event { Event::Kind::RequestComplete, {}, {} });
            } else {
                m_state = State::Body;
            }
            continue;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyLeft, bytes.size() - i);
            i += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0) {
                m_state = State::BetweenRequests;
                out.append(Event { Event::Kind::RequestComplete, {}, {} });
            }
            continue;
        }
        case State::Failed: break;
        }
    }
    return out;
}

} // namespace kl::server
