// Writing RFC 4918 multistatus answers: one <response> per resource with the properties
// found (200) and those this server does not have (404), and the RFC 6578 sync-token at
// the end. Property values arrive as ready XML fragments in the d:, card: and cs:
// prefixes the root declares; unknown properties are echoed in their own namespace.
#pragma once

#include "davrequest.h"

#include <QByteArray>

namespace kl::server::dav {

// Text content (& < >); attribute values also need their quotes escaped.
[[nodiscard]] QByteArray escapeXml(const QString &text);

class MultiStatus
{
public:
    MultiStatus();
    // A resource with its properties; `found` are (property, value fragment) pairs.
    void response(const QString &href, const QList<std::pair<PropName, QByteArray>> &found, const QList<PropName> &missing);
    // A resource that is gone (sync-collection) or was not found (multiget).
    void status(const QString &href, int code);
    void syncToken(const QString &token);
    [[nodiscard]] QByteArray finish();
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }

private:
    QByteArray m_out;
};

// "<d:getetag/>" and friends: a property's element with the prefix its namespace has.
[[nodiscard]] QByteArray element(const PropName &prop, const QByteArray &value = {});
[[nodiscard]] QByteArray statusLine(int code);

// An answer with a DAV:error body (RFC 4918 16): `condition` is the precondition element.
[[nodiscard]] QByteArray errorBody(const QByteArray &condition);

} // namespace kl::server::dav
