// CardDavApi, part three: the REPORTs on the address book. addressbook-multiget (the
// cards a client asks for by href), sync-collection (RFC 6578: what changed and what went
// away since a token; an unknown, foreign or too old token is 403 DAV:valid-sync-token,
// which DAVx5, Thunderbird and iOS answer with a sync from the start) and
// addressbook-query without a filter (every card).
#include "carddavapi.h"

#include "multistatus.h"

#include <QUrl>

namespace kl::server {

namespace {

// A multiget href as the path of a card: absolute URLs and percent-encoding allowed.
QString hrefPath(const QString &href)
{
    const QUrl url(href);
    return url.path(QUrl::FullyDecoded);
}

} // namespace

ApiResponse CardDavApi::report(const Call &call, const ApiRequest &request, const QString &schoolId)
{
    dav::ParseError error;
    const auto parsed = dav::parseReport(request.body, &error);
    if (!parsed) {
        if (error.message.startsWith(QLatin1String("unsupported report"))) {
            return dav::davError(403, "<d:supported-report/>", "Unsupported report");
        }
        return problem(400, QStringLiteral("carddav-bad-request"), QStringLiteral("The REPORT body cannot be read"), {}, error.message);
    }
    ApiResponse refusal;
    auto b = book(call, schoolId, &refusal);
    if (!b) {
        return refusal;
    }
    const AddressBook &ab = *b.value();
    const VCardVersion version = parsed->addressDataVersion.value_or(dav::versionFromAccept(request.headers.value("accept")));
    dav::MultiStatus ms;
    auto add = [&](const BookEntry &e) {
        const Props props = properties(call, Resource::Card, *parsed, &ab, &e, version);
        ms.response(cardPath(ab.schoolId, e.personId), props.found, props.missing);
    };
    switch (parsed->kind) {
    case dav::DavRequest::Kind::Multiget: {
        const QString prefix = bookPath(ab.schoolId);
        for (const QString &h : parsed->hrefs) {
            const QString path = hrefPath(h);
            const BookEntry *e = nullptr;
            if (path.startsWith(prefix) && path.endsWith(QLatin1String(".vcf"))) {
                e = ab.find(path.mid(prefix.size(), path.size() - prefix.size() - 4));
            }
            if (e) {
                add(*e);
            } else {
                ms.status(path.isEmpty() ? h : path, 404);
            }
        }
        break;
    }
    case dav::DavRequest::Kind::SyncCollection: {
        if (parsed->syncLevel != QLatin1String("1") && parsed->syncLevel != QLatin1String("infinite")) {
            return problem(400, QStringLiteral("carddav-bad-sync-level"), QStringLiteral("DAV:sync-level is 1 or infinite"));
        }
        std::optional<qint64> since;
        if (!parsed->syncToken.isEmpty()) {
            since = ab.tokenVersion(parsed->syncToken);
            if (!since) {
                return dav::davError(403, "<d:valid-sync-token/>", "The sync token is not valid (any more)");
            }
        }
        QList<const BookEntry *> changed;
        for (const BookEntry &e : ab.entries) {
            if (!since || e.version > *since) {
                changed << &e;
            }
        }
        QList<QString> gone;
        if (since) {
            for (auto it = ab.removed.cbegin(); it != ab.removed.cend(); ++it) {
                if (it.value() > *since) {
                    gone << it.key();
                }
            }
            std::sort(gone.begin(), gone.end());
        }
        if (parsed->limit > 0 && changed.size() + gone.size() > parsed->limit) {
            return dav::davError(507, "<d:number-of-matches-within-limits/>", "More changes than the limit");
        }
        ms.reserve(qsizetype(changed.size()) * 200);
        for (const BookEntry *e : changed) {
            add(*e);
        }
        for (const QString &id : gone) {
            ms.status(cardPath(ab.schoolId, id), 404);
        }
        ms.syncToken(ab.syncToken());
        break;
    }
    case dav::DavRequest::Kind::AddressbookQuery:
        if (parsed->hasFilter) {
            return dav::davError(403, "<card:supported-filter/>", "Filters are not supported; sync the whole book");
        }
        for (const BookEntry &e : ab.entries) {
            add(e);
        }
        break;
    default:
        return dav::davError(403, "<d:supported-report/>", "Unsupported report");
    }
    return dav::multiStatus(ms.finish());
}

} // namespace kl::server
