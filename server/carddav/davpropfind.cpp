// CardDavApi, part two: the properties of each resource (principal, home, address book,
// card) and PROPFIND at depth 0 and 1. The privilege set is read-only everywhere.
#include "carddavapi.h"

#include "multistatus.h"

namespace kl::server {

namespace {

using dav::PropName;

PropName dp(const char *name)
{
    return PropName { QString(dav::kDav), QLatin1String(name) };
}

PropName cp(const char *name)
{
    return PropName { QString(dav::kCardDav), QLatin1String(name) };
}

QByteArray href(const QString &path)
{
    return "<d:href>" + dav::escapeXml(path) + "</d:href>";
}

const QByteArray kReadOnly = "<d:privilege><d:read/></d:privilege><d:privilege><d:read-current-user-privilege-set/></d:privilege>";

// What allprop returns per resource (RFC 4918 allprop: the resource's own live properties).
QList<PropName> allProps(bool collection, bool book)
{
    QList<PropName> out { dp("resourcetype"), dp("displayname"), dp("current-user-principal"), dp("current-user-privilege-set") };
    if (book) {
        out << dp("sync-token") << PropName { QString(dav::kCalendarServer), QStringLiteral("getctag") } << dp("supported-report-set")
            << cp("supported-address-data") << cp("addressbook-description");
    }
    if (!collection) {
        out = { dp("resourcetype"), dp("getetag"), dp("getcontenttype"), dp("getcontentlength") };
    }
    return out;
}

} // namespace

CardDavApi::Props CardDavApi::properties(const Call &call, Resource resource, const dav::DavRequest &request,
    const AddressBook *book, const BookEntry *entry, VCardVersion version) const
{
    Props out;
    const bool isBook = resource == Resource::Book;
    const bool isCard = resource == Resource::Card;
    const QList<PropName> asked = request.kind == dav::DavRequest::Kind::AllProp || request.kind == dav::DavRequest::Kind::PropNames
        ? allProps(!isCard, isBook)
        : request.props;
    const QString &user = call.credential.username;
    const QString &school = call.credential.schoolId;
    for (const PropName &p : asked) {
        QByteArray value;
        bool found = true;
        const QString &n = p.name;
        if (p.ns == dav::kDav) {
            if (n == QLatin1String("resourcetype")) {
                switch (resource) {
                case Resource::Root:
                case Resource::Home: value = "<d:collection/>"; break;
                case Resource::Principal: value = "<d:principal/>"; break;
                case Resource::Book: value = "<d:collection/><card:addressbook/>"; break;
                case Resource::Card: break;
                }
            } else if (n == QLatin1String("displayname") && !isCard) {
                value = isBook && book ? dav::escapeXml(QStringLiteral("Schoollijst %1").arg(book->schoolName))
                                       : QByteArray("KorteLijn");
            } else if (n == QLatin1String("current-user-principal") || (n == QLatin1String("principal-URL") && resource == Resource::Principal)
                || (n == QLatin1String("owner") && !isCard)) {
                value = href(principalPath(user));
            } else if (n == QLatin1String("current-user-privilege-set")) {
                value = kReadOnly;
            } else if (n == QLatin1String("principal-collection-set") && resource == Resource::Principal) {
                value = href(principalPath(user));
            } else if (n == QLatin1String("supported-report-set") && isBook) {
                value = "<d:supported-report><d:report><card:addressbook-multiget/></d:report></d:supported-report>"
                        "<d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>"
                        "<d:supported-report><d:report><card:addressbook-query/></d:report></d:supported-report>";
            } else if (n == QLatin1String("sync-token") && isBook && book) {
                value = dav::escapeXml(book->syncToken());
            } else if (n == QLatin1String("getetag") && isCard && entry) {
                value = dav::escapeXml(QString::fromLatin1(entry->etag));
            } else if (n == QLatin1String("getcontenttype") && isCard) {
                value = version == VCardVersion::V4 ? "text/vcard; charset=utf-8; version=4.0" : "text/vcard; charset=utf-8";
            } else if (n == QLatin1String("getcontentlength") && isCard && entry) {
                value = QByteArray::number(entry->vcard(version).size());
            } else {
                found = false;
            }
        } else if (p.ns == dav::kCardDav) {
            if (n == QLatin1String("addressbook-home-set") && (resource == Resource::Principal || resource == Resource::Root)) {
                value = href(homePath(school));
            } else if (n == QLatin1String("address-data") && isCard && entry && request.kind != dav::DavRequest::Kind::PropFind) {
                // CR as a character reference: XML parsers turn a raw CRLF into LF (XML 1.0
                // 2.11), and vCard lines end in CRLF.
                value = dav::escapeXml(QString::fromUtf8(entry->vcard(version))).replace('\r', "&#13;");
            } else if (n == QLatin1String("supported-address-data") && isBook) {
                value = "<card:address-data-type content-type=\"text/vcard\" version=\"3.0\"/>"
                        "<card:address-data-type content-type=\"text/vcard\" version=\"4.0\"/>";
            } else if (n == QLatin1String("addressbook-description") && isBook && book) {
                value = dav::escapeXml(QStringLiteral("De partners van %1 (alleen-lezen, bijgehouden door de school)").arg(book->schoolName));
            } else if (n == QLatin1String("max-resource-size") && isBook) {
                value = "102400";
            } else {
                found = false;
            }
        } else if (p.ns == dav::kCalendarServer && n == QLatin1String("getctag") && isBook && book) {
            value = dav::escapeXml(book->syncToken());
        } else {
            found = false;
        }
        if (!found) {
            out.missing << p;
        } else if (request.kind == dav::DavRequest::Kind::PropNames) {
            out.found.append({ p, QByteArray() });
        } else {
            out.found.append({ p, value });
        }
    }
    return out;
}

ApiResponse CardDavApi::propfind(const Call &call, const ApiRequest &request, Resource resource, const QStringList &params)
{
    dav::ParseError error;
    const auto parsed = dav::parsePropFind(request.body, &error);
    if (!parsed) {
        return problem(400, QStringLiteral("carddav-bad-request"), QStringLiteral("The PROPFIND body cannot be read"), {}, error.message);
    }
    const QByteArray depthHeader = request.headers.value("depth", "infinity").trimmed().toLower();
    if (depthHeader != "0" && depthHeader != "1" && depthHeader != "infinity") {
        return problem(400, QStringLiteral("carddav-bad-depth"), QStringLiteral("Depth is 0, 1 or infinity"));
    }
    const bool deep = depthHeader != "0"; // infinity answers like 1: there is nothing deeper
    const VCardVersion version = dav::versionFromAccept(request.headers.value("accept"));
    dav::MultiStatus ms;
    auto add = [&](const QString &path, Resource r, const AddressBook *b, const BookEntry *e) {
        const Props props = properties(call, r, *parsed, b, e, version);
        ms.response(path, props.found, props.missing);
    };
    switch (resource) {
    case Resource::Root:
        add(request.path == QLatin1String("/") ? QStringLiteral("/") : QStringLiteral("/carddav/"), Resource::Root, nullptr, nullptr);
        break;
    case Resource::Principal:
        if (params.at(0) != call.credential.username) {
            return notFoundProblem();
        }
        add(principalPath(call.credential.username), Resource::Principal, nullptr, nullptr);
        break;
    case Resource::Home:
    case Resource::Book:
    case Resource::Card: {
        ApiResponse refusal;
        auto b = book(call, params.at(0), &refusal);
        if (!b) {
            return refusal;
        }
        const AddressBook &ab = *b.value();
        if (resource == Resource::Home) {
            add(homePath(ab.schoolId), Resource::Home, &ab, nullptr);
            if (deep) {
                add(bookPath(ab.schoolId), Resource::Book, &ab, nullptr);
            }
        } else if (resource == Resource::Book) {
            add(bookPath(ab.schoolId), Resource::Book, &ab, nullptr);
            if (deep) {
                ms.reserve(qsizetype(ab.entries.size()) * 300);
                for (const BookEntry &e : ab.entries) {
                    add(cardPath(ab.schoolId, e.personId), Resource::Card, &ab, &e);
                }
            }
        } else {
            const BookEntry *e = ab.find(params.at(1));
            if (!e) {
                return notFoundProblem();
            }
            add(cardPath(ab.schoolId, e->personId), Resource::Card, &ab, e);
        }
        break;
    }
    }
    return dav::multiStatus(ms.finish());
}

} // namespace kl::server
