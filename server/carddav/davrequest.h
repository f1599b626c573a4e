// The XML bodies of the WebDAV/CardDAV requests the address book answers (RFC 4918
// PROPFIND, RFC 6352 addressbook-multiget and addressbook-query, RFC 6578
// sync-collection), read with QXmlStreamReader. Refused: any DTD (so no entity can be
// declared, expanded or fetched), undeclared entities, more than kMaxElements elements,
// nesting deeper than kMaxDepth, more than kMaxHrefs hrefs, and a body over kMaxBodyBytes.
#pragma once

#include "cardwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kl::server::dav {

inline constexpr QLatin1String kDav("DAV:");
inline constexpr QLatin1String kCardDav("urn:ietf:params:xml:ns:carddav");
inline constexpr QLatin1String kCalendarServer("http://calendarserver.org/ns/");

inline constexpr qint64 kMaxBodyBytes = 1024 * 1024;
inline constexpr int kMaxElements = 20000;
inline constexpr int kMaxDepth = 16;
inline constexpr int kMaxHrefs = 5000;

struct PropName
{
    QString ns;
    QString name;
    bool operator==(const PropName &o) const = default;
};

struct DavRequest
{
    enum class Kind { PropFind, AllProp, PropNames, Multiget, SyncCollection, AddressbookQuery };
    Kind kind = Kind::AllProp;
    QList<PropName> props;
    QStringList hrefs; // multiget, as sent (percent-encoded or not)
    QString syncToken; // sync-collection; empty: the initial sync
    QString syncLevel = QStringLiteral("1");
    int limit = 0; // sync-collection nresults; 0: none asked
    bool hasFilter = false; // addressbook-query with a filter
    std::optional<VCardVersion> addressDataVersion; // the version address-data asked for

    [[nodiscard]] bool wants(QLatin1String ns, QLatin1String name) const;
};

struct ParseError
{
    QString message;
};

// An empty PROPFIND body means allprop (RFC 4918 9.1).
[[nodiscard]] std::optional<DavRequest> parsePropFind(const QByteArray &body, ParseError *error);
[[nodiscard]] std::optional<DavRequest> parseReport(const QByteArray &body, ParseError *error);

} // namespace kl::server::dav
