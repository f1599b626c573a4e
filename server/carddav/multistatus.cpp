#include "multistatus.h"

namespace kl::server::dav {

namespace {

QByteArray prefixOf(const QString &ns)
{
    if (ns == kDav) {
        return "d";
    }
    if (ns == kCardDav) {
        return "card";
    }
    if (ns == kCalendarServer) {
        return "cs";
    }
    return {};
}

} // namespace

QByteArray escapeXml(const QString &text)
{
    QByteArray out = text.toUtf8();
    if (!out.contains('&') && !out.contains('<') && !out.contains('>')) {
        return out;
    }
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    return out;
}

QByteArray statusLine(int code)
{
    switch (code) {
    case 200: return "HTTP/1.1 200 OK";
    case 403: return "HTTP/1.1 403 Forbidden";
    case 404: return "HTTP/1.1 404 Not Found";
    default: return "HTTP/1.1 " + QByteArray::number(code) + " Status";
    }
}

QByteArray element(const PropName &prop, const QByteArray &value)
{
    const QByteArray prefix = prefixOf(prop.ns);
    const QByteArray name = prop.name.toUtf8();
    QByteArray open = prefix.isEmpty() ? "x:" + name + " xmlns:x=\"" + escapeXml(prop.ns).replace('"', "&quot;") + "\"" : prefix + ":" + name;
    const QByteArray close = prefix.isEmpty() ? "x:" + name : prefix + ":" + name;
    if (value.isEmpty()) {
        return "<" + open + "/>";
    }
    return "<" + open + ">" + value + "</" + close + ">";
}

MultiStatus::MultiStatus()
{
    m_out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\" xmlns:cs=\"http://calendarserver.org/ns/\">";
}

void MultiStatus::response(const QString &href, const QList<std::pair<PropName, QByteArray>> &found, const QList<PropName> &missing)
{
    m_out += "<d:response><d:href>";
    m_out += escapeXml(href);
    m_out += "</d:href>";
    if (!found.isEmpty() || missing.isEmpty()) {
        m_out += "<d:propstat><d:prop>";
        for (const auto &[prop, value] : found) {
            m_out += element(prop, value);
        }
        m_out += "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>";
    }
    if (!missing.isEmpty()) {
        m_out += "<d:propstat><d:prop>";
        for (const PropName &prop : missing) {
            m_out += element(prop);
        }
        m_out += "</d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>";
    }
    m_out += "</d:response>";
}

void MultiStatus::status(const QString &href, int code)
{
    m_out += "<d:response><d:href>" + escapeXml(href) + "</d:href><d:status>" + statusLine(code) + "</d:status></d:response>";
}

void MultiStatus::syncToken(const QString &token)
{
    m_out += "<d:sync-token>" + escapeXml(token) + "</d:sync-token>";
}

QByteArray MultiStatus::finish()
{
    m_out += "</d:multistatus>\n";
    return std::move(m_out);
}

QByteArray errorBody(const QByteArray &condition)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<d:error xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
        + condition + "</d:error>\n";
}

} // namespace kl::server::dav
