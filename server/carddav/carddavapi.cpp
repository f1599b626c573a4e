// CardDavApi, part one: who may ask (Basic auth, sign-in limits), where requests go (the
// routes), and the simple answers: OPTIONS, the well-known redirect, one card, and the
// 403 every write gets. PROPFIND and REPORT are in davpropfind.cpp and davreport.cpp.
#include "carddavapi.h"

#include "credentials.h"
#include "mobileconfig.h"
#include "multistatus.h"

#include <QRegularExpression>

namespace kl::server {

namespace {

const QByteArray kDavHeader = "1, 3, addressbook";
const QByteArray kAllow = "OPTIONS, GET, HEAD, PROPFIND, REPORT";

bool readMethod(const QByteArray &m)
{
    return m == "GET" || m == "PROPFIND" || m == "REPORT" || m == "OPTIONS";
}

// The privilege a refused write would have needed (RFC 3744 3).
QByteArray privilegeFor(const QByteArray &method, bool isCard)
{
    if (method == "PUT") {
        return isCard ? "<d:write-content/>" : "<d:bind/>";
    }
    if (method == "DELETE" || method == "MOVE") {
        return "<d:unbind/>";
    }
    if (method == "PROPPATCH") {
        return "<d:write-properties/>";
    }
    if (method == "MKCOL" || method == "COPY") {
        return "<d:bind/>";
    }
    return "<d:write/>";
}

ApiResponse unauthorized(const QString &detail)
{
    ApiResponse r = problem(401, QStringLiteral("carddav-unauthenticated"), QStringLiteral("Sign in with the CardDAV user name and password"), {}, detail);
    r.addHeader("WWW-Authenticate", "Basic realm=\"KorteLijn\", charset=\"UTF-8\"");
    return r;
}

} // namespace

namespace dav {

ApiResponse multiStatus(QByteArray body)
{
    ApiResponse r;
    r.status = 207;
    r.contentType = "application/xml; charset=utf-8";
    r.body = std::move(body);
    return r;
}

ApiResponse davError(int status, const QByteArray &condition, const QByteArray &)
{
    ApiResponse r;
    r.status = status;
    r.contentType = "application/xml; charset=utf-8";
    r.body = errorBody(condition);
    return r;
}

VCardVersion versionFromAccept(const QByteArray &accept)
{
    static const QRegularExpression v4(QStringLiteral("text/vcard\\s*;[^,]*version\\s*=\\s*\"?4\\.0"), QRegularExpression::CaseInsensitiveOption);
    return v4.match(QString::fromLatin1(accept)).hasMatch() ? VCardVersion::V4 : VCardVersion::V3;
}

} // namespace dav

QString CardDavApi::principalPath(const QString &username)
{
    return QStringLiteral("/carddav/principals/%1/").arg(username);
}

QString CardDavApi::homePath(const QString &schoolId)
{
    return QStringLiteral("/carddav/schools/%1/").arg(schoolId);
}

QString CardDavApi::bookPath(const QString &schoolId)
{
    return homePath(schoolId) + QStringLiteral("contacts/");
}

QString CardDavApi::cardPath(const QString &schoolId, const QString &personId)
{
    return bookPath(schoolId) + personId + QStringLiteral(".vcf");
}

CardDavApi::CardDavApi(Storage &storage, ServerContext &context)
    : m_storage(storage)
    , m_context(context)
    , m_limiter(storage)
{
    auto find = [this](const QString &pattern, Resource resource) {
        m_routes.route("PROPFIND", pattern, [this, resource](Call &c, const ApiRequest &r, const QStringList &p) {
            return propfind(c, r, resource, p);
        });
    };
    find(QStringLiteral("/"), Resource::Root);
    find(QStringLiteral("/carddav/"), Resource::Root);
    find(QStringLiteral("/carddav/principals/{id}/"), Resource::Principal);
    find(QStringLiteral("/carddav/schools/{id}/"), Resource::Home);
    find(QStringLiteral("/carddav/schools/{id}/contacts/"), Resource::Book);
    find(QStringLiteral("/carddav/schools/{id}/contacts/{id}.vcf"), Resource::Card);
    m_routes.route("REPORT", QStringLiteral("/carddav/schools/{id}/contacts/"),
        [this](Call &c, const ApiRequest &r, const QStringList &p) { return report(c, r, p.at(0)); });
    m_routes.route("GET", QStringLiteral("/carddav/schools/{id}/contacts/{id}.vcf"),
        [this](Call &c, const ApiRequest &r, const QStringList &p) { return getCard(c, r, p.at(0), p.at(1)); });
}

bool CardDavApi::owns(const ApiRequest &request)
{
    const QString &path = request.path;
    return path == QLatin1String("/carddav") || path.startsWith(QLatin1String("/carddav/"))
        || path.startsWith(QLatin1String("/.well-known/carddav")) || (path == QLatin1String("/") && request.method == "PROPFIND");
}

std::optional<CardDavCredential> CardDavApi::authenticate(const ApiRequest &request, ApiResponse *refusal)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Basic ") || header.size() > 512) {
        *refusal = unauthorized(QStringLiteral("Send the CardDAV user name and password (HTTP Basic)"));
        return std::nullopt;
    }
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString username = QString::fromUtf8(decoded.left(colon < 0 ? 0 : colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    switch (m_limiter.blocked(username, request.peer)) {
    case LoginLimiter::Verdict::Allowed: break;
    default: *refusal = tooManyRequests(60, QStringLiteral("Too many wrong CardDAV passwords; wait a minute")); return std::nullopt;
    }
    std::optional<CardDavCredential> found;
    if (colon > 0 && carddav::isUsername(username)) {
        auto c = m_storage.cardDavCredential(username);
        if (!c) {
            *refusal = errorResponse(c.error());
            return std::nullopt;
        }
        found = c.value();
    }
    if (!found || found->revoked || !carddav::secretMatches(*found, password)) {
        m_limiter.failedSecret(username, request.peer);
        *refusal = unauthorized(found && found->revoked ? QStringLiteral("This CardDAV login has been revoked")
                                                        : QStringLiteral("Unknown CardDAV user name or wrong password"));
        return std::nullopt;
    }
    return found;
}

ApiResponse CardDavApi::handle(const ApiRequest &request)
{
    QString path = request.path;
    if (path.startsWith(QLatin1String("/.well-known/carddav"))) {
        // RFC 6764 5: the context path; clients send PROPFIND here as often as GET.
        ApiResponse r;
        r.status = 301;
        r.contentType = "text/plain; charset=utf-8";
        r.addHeader("Location", "/carddav/");
        return r;
    }
    if (request.method == "OPTIONS") {
        ApiResponse r;
        r.status = 200;
        r.contentType = {};
        r.addHeader("DAV", kDavHeader);
        r.addHeader("Allow", kAllow);
        return r;
    }
    static const QRegularExpression profilePath(QStringLiteral("^/carddav/profile/([A-Za-z0-9_-]{1,64})\\.mobileconfig$"));
    if (const auto m = profilePath.match(path); m.hasMatch()) {
        if (request.method != "GET") {
            return methodNotAllowed({ "GET", "HEAD" });
        }
        // No login needed (it holds no secret): limited per address like the public pages.
        const Limits &limits = m_context.limits;
        if (limits.ratePerSecond > 0) {
            auto allowed = m_storage.takeRateToken(QStringLiteral("public:") + request.peer, limits.ratePerSecond, limits.burst);
            if (allowed && !allowed.value()) {
                return tooManyRequests(1);
            }
        }
        return profile(request, m.captured(1));
    }
    ApiResponse refusal;
    const auto credential = authenticate(request, &refusal);
    if (!credential) {
        return refusal;
    }
    const Limits &limits = m_context.limits;
    if (limits.ratePerSecond > 0) {
        // A first sync asks for thousands of cards in batches: a bigger burst than a phone's sync.
        auto allowed = m_storage.takeRateToken(QStringLiteral("carddav:") + credential->username, limits.ratePerSecond * 5,
            std::max(limits.burst, 2000.0));
        if (allowed && !allowed.value()) {
            return tooManyRequests(1);
        }
    }
    if (path == QLatin1String("/carddav")) {
        path += QLatin1Char('/');
    } else if (path != QLatin1String("/") && !path.endsWith(QLatin1Char('/')) && !path.endsWith(QLatin1String(".vcf"))) {
        path += QLatin1Char('/'); // collections are asked for with and without their slash
    }
    Call call { *credential };
    if (!readMethod(request.method)) {
        const QByteArray condition = "<d:need-privileges><d:resource><d:href>" + dav::escapeXml(path) + "</d:href><d:privilege>"
            + privilegeFor(request.method, path.endsWith(QLatin1String(".vcf"))) + "</d:privilege></d:resource></d:need-privileges>";
        return dav::davError(403, condition, "This address book is read-only");
    }
    if (auto answer = m_routes.dispatch(call, request, path)) {
        return *answer;
    }
    return notFoundProblem();
}

Result<std::shared_ptr<const AddressBook>> CardDavApi::book(const Call &call, const QString &schoolId, ApiResponse *refusal)
{
    if (schoolId != call.credential.schoolId) {
        *refusal = notFoundProblem(); // another school's book does not exist for this login
        return serverError(errors::kNotFound, QStringLiteral("another school"));
    }
    if (!m_context.addressBooks) {
        *refusal = problem(503, errors::kStorage, QStringLiteral("The address books are not available"));
        return serverError(errors::kStorage, QStringLiteral("no address book cache"));
    }
    auto b = m_context.addressBooks->book(m_storage, schoolId);
    if (!b) {
        *refusal = errorResponse(b.error());
    }
    return b;
}

ApiResponse CardDavApi::getCard(const Call &call, const ApiRequest &request, const QString &schoolId, const QString &personId)
{
    ApiResponse refusal;
    auto b = book(call, schoolId, &refusal);
    if (!b) {
        return refusal;
    }
    const BookEntry *entry = b.value()->find(personId);
    if (!entry) {
        return notFoundProblem();
    }
    const VCardVersion version = dav::versionFromAccept(request.headers.value("accept"));
    ApiResponse r;
    r.addHeader("ETag", entry->etag);
    const QByteArray ifNoneMatch = request.headers.value("if-none-match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch.trimmed() == "*" || ifNoneMatch.split(',').contains(entry->etag)
            || ifNoneMatch.split(',').contains(" " + entry->etag))) {
        r.status = 304;
        r.contentType = {};
        return r;
    }
    r.contentType = version == VCardVersion::V4 ? "text/vcard; charset=utf-8; version=4.0" : "text/vcard; charset=utf-8";
    r.body = entry->vcard(version);
    return r;
}

ApiResponse CardDavApi::profile(const ApiRequest &, const QString &username)
{
    auto c = m_storage.cardDavCredential(username);
    if (!c) {
        return errorResponse(c.error());
    }
    if (!c.value() || c.value()->revoked) {
        return notFoundProblem();
    }
    ApiResponse r;
    r.contentType = "application/x-apple-aspen-config";
    r.addHeader("Content-Disposition", "attachment; filename=\"kortelijn-contacten.mobileconfig\"");
    r.body = carddav::mobileConfig(m_context.publicUrl, *c.value());
    return r;
}

} // namespace kl::server
