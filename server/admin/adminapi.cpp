#include "adminapi.h"

#include "passwords.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcAdmin)

namespace kl::server {

namespace {

const QByteArray kCookie = "kl_admin";
const QByteArray kTrustCookie = "kl_trust";
constexpr qint64 kSessionSeconds = 12 * 3600;
constexpr qint64 kTrustDays = 90;

QByteArray cookieValue(const ApiRequest &request, const QByteArray &name)
{
    const QList<QByteArray> parts = request.headers.value("cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(name + '=')) {
            return p.mid(name.size() + 1);
        }
    }
    return {};
}

// Every admin answer, pages and JSON alike: no script but our own file, no framing, no
// sniffing of a type, no referrer. A stored file opened in a tab cannot run script here.
void secure(ApiResponse &r)
{
    r.addHeader("Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    r.addHeader("Referrer-Policy", "no-referrer");
    r.addHeader("X-Frame-Options", "DENY");
    r.addHeader("Cross-Origin-Resource-Policy", "same-origin");
}

} // namespace

AdminApi::AdminApi(Storage &storage, ServerContext &context)
    : m_services(storage, context)
    , m_limiter(storage)
{
    addSessionRoutes(m_routes, m_services);
    addRowRoutes(m_routes, m_services);
    addPhotoRoutes(m_routes, m_services);
    addFunctionRoutes(m_routes, m_services);
    addFlagRoutes(m_routes, m_services);
    addDeviceRoutes(m_routes, m_services);
    addConflictRoutes(m_routes, m_services);
    addAuditRoutes(m_routes, m_services);
    addImportRoutes(m_routes, m_services);
    addExportRoutes(m_routes, m_services);
    addRoleRoutes(m_routes, m_services);
}

bool AdminApi::owns(const QString &path)
{
    return path == QLatin1String("/admin") || path.startsWith(QLatin1String("/admin/"));
}

ApiResponse AdminApi::handle(const ApiRequest &incoming)
{
    // An answer sent later (an import's preview, from the job thread) gets the same headers.
    ApiRequest request = incoming;
    if (incoming.respond) {
        request.respond = [respond = incoming.respond](const ApiResponse &later) {
            ApiResponse r = later;
            secure(r);
            respond(r);
        };
    }
    ApiResponse r = route(request);
    if (!r.isDeferred()) {
        secure(r);
    }
    return r;
}

ApiResponse AdminApi::route(const ApiRequest &request)
{
    if (!request.path.startsWith(QLatin1String("/admin/api/"))) {
        if (request.method != "GET") {
            return methodNotAllowed({ "GET", "HEAD" });
        }
        return staticFile(request.path);
    }
    // A device token is for the sync API only: a stolen or shared phone opens no admin door.
    if (request.headers.contains("authorization")) {
        return problem(401, QStringLiteral("device-token-refused"),
            QStringLiteral("Device tokens do not open the web admin; sign in with your password"));
    }
    const QString rest = request.path.mid(int(qstrlen("/admin/api")));
    if (rest == QLatin1String("/login")) {
        return request.method == "POST" ? login(request) : methodNotAllowed({ "POST" });
    }
    auto session = sessionOf(request);
    if (!session) {
        return fromError(session.error());
    }
    if (!session.value()) {
        return problem(401, QStringLiteral("unauthenticated"), QStringLiteral("Sign in first"));
    }
    if (request.method != "GET" && !sameSecret(request.headers.value("x-csrf-token"), session.value()->web.csrfToken.toLatin1())) {
        return problem(403, QStringLiteral("csrf-failed"), QStringLiteral("The request lacks this session's CSRF token"));
    }
    if (auto answer = m_routes.dispatch(*session.value(), request, rest)) {
        return *answer;
    }
    return notFoundProblem();
}

ApiResponse AdminApi::staticFile(const QString &path)
{
    static const QRegularExpression name(QStringLiteral("^/admin/([a-z0-9-]{1,40}\\.(html|js|css|svg))$"));
    if (path == QLatin1String("/admin")) {
        ApiResponse r { 308, "text/plain", "/admin/", {} };
        r.addHeader("Location", "/admin/");
        return r;
    }
    QString file;
    if (path == QLatin1String("/admin/")) {
        file = QStringLiteral("index.html");
    } else if (const auto m = name.match(path); m.hasMatch()) {
        file = m.captured(1);
    }
    QFile f(QStringLiteral(":/web/") + file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such page"));
    }
    static const QHash<QString, QByteArray> types { { QStringLiteral("html"), "text/html; charset=utf-8" },
        { QStringLiteral("js"), "text/javascript; charset=utf-8" }, { QStringLiteral("css"), "text/css; charset=utf-8" },
        { QStringLiteral("svg"), "image/svg+xml" } };
    return ApiResponse { 200, types.value(file.section(QLatin1Char('.'), -1)), f.readAll(), {} };
}

Result<std::optional<Session>> AdminApi::sessionOf(const ApiRequest &request)
{
    const QByteArray token = cookieValue(request, kCookie);
    if (token.size() < 20 || token.size() > 100) {
        return std::optional<Session> {};
    }
    Storage &storage = m_services.storage();
    auto web = storage.webSession(hashToken(QString::fromLatin1(token)), m_services.context().clock->now());
    if (!web) {
        return web.error();
    }
    if (!web.value()) {
        return std::optional<Session> {};
    }
    auto account = storage.coordinatorAccount(web.value()->coordinatorId);
    if (!account) {
        return account.error();
    }
    if (!account.value()) {
        return std::optional<Session> {};
    }
    return std::optional<Session>(Session { *web.value(), *account.value() });
}

Result<QString> AdminApi::trustedBrowser(const ApiRequest &request, const QList<CoordinatorAccount> &accounts)
{
    const QByteArray token = cookieValue(request, kTrustCookie);
    if (token.size() < 20 || token.size() > 100) {
        return QString();
    }
    const QString hash = hashToken(QString::fromLatin1(token));
    for (const CoordinatorAccount &a : accounts) {
        auto trusted = m_services.storage().isTrustedBrowser(a.info.id, hash, m_services.context().clock->now());
        if (!trusted) {
            return trusted.error();
        }
        if (trusted.value()) {
            return hash;
        }
    }
    return QString();
}

ApiResponse AdminApi::login(const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString email = body->value(QStringLiteral("email")).toString().trimmed();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (email.isEmpty() || email.size() > 254 || password.isEmpty() || password.size() > 1024) {
        return problem(422, QStringLiteral("field-required"), QStringLiteral("Send email and password"),
            email.isEmpty() ? QStringLiteral("email") : QStringLiteral("password"));
    }
    Storage &storage = m_services.storage();
    auto accounts = storage.coordinatorAccountsByEmail(email);
    if (!accounts) {
        return fromError(accounts.error());
    }
    auto trusted = trustedBrowser(request, accounts.value());
    if (!trusted) {
        return fromError(trusted.error());
    }
    switch (m_limiter.beforeAttempt(email, request.peer, trusted.value())) {
    case LoginLimiter::Verdict::Allowed: break;
    case LoginLimiter::Verdict::AddressLimited: return tooManyRequests(60, QStringLiteral("Too many sign-in attempts from this address; wait a minute"));
    case LoginLimiter::Verdict::PairLimited: return tooManyRequests(60, QStringLiteral("Too many wrong passwords; wait a minute"));
    case LoginLimiter::Verdict::AccountLimited:
        return tooManyRequests(300, QStringLiteral("This account is being guessed at; sign in from a browser you used before, or wait"));
    }
    std::optional<CoordinatorAccount> match;
    for (const CoordinatorAccount &a : accounts.value()) {
        if (verifyPassword(a.passwordHash, password)) {
            match = a;
            break;
        }
    }
    if (accounts.value().isEmpty()) {
        verifyAgainstNothing(password);
    }
    const QDateTime now = m_services.context().clock->now();
    if (!match) {
        m_limiter.failed(email, request.peer, trusted.value());
        for (const CoordinatorAccount &a : accounts.value()) {
            const AuditEntry e { 0, a.info.schoolId, a.info.id, a.info.name, QStringLiteral("login.failed"), {}, {}, {}, request.peer, now };
            if (auto r = storage.appendAudit(e); !r) {
                qCWarning(lcAdmin) << "audit entry lost:" << r.error().message;
            }
        }
        qCInfo(lcAdmin) << "failed web sign-in from" << request.peer;
        return problem(401, QStringLiteral("login-failed"), QStringLiteral("E-mail address or password is wrong"));
    }
    const QString token = randomToken();
    const WebSession web { hashToken(token), match->info.schoolId, match->info.id, randomToken(), now, now.addSecs(kSessionSeconds) };
    if (auto r = storage.createWebSession(web); !r) {
        return fromError(r.error());
    }
    const Session s { web, *match };
    m_services.audit(s, QStringLiteral("login"), {}, {}, {}, request.peer);
    const QByteArray secure = m_services.context().publicUrl.scheme() == QLatin1String("https") ? "; Secure" : "";
    ApiResponse r = jsonResponse({ { QStringLiteral("csrf"), web.csrfToken } });
    r.addHeader("Set-Cookie",
        kCookie + '=' + token.toLatin1() + "; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(kSessionSeconds)
            + secure);
    if (trusted.value().isEmpty()) {
        // This browser is trusted for this account from now on: sign-in limits that guard
        // against guessers on other browsers do not hold it back.
        const QString trust = randomToken();
        if (storage.addTrustedBrowser(match->info.id, hashToken(trust), now.addDays(kTrustDays))) {
            r.addHeader("Set-Cookie",
                kTrustCookie + '=' + trust.toLatin1() + "; Path=/admin/api/login; HttpOnly; SameSite=Strict; Max-Age="
                    + QByteArray::number(kTrustDays * 24 * 3600) + secure);
        }
    }
    return r;
}

} // namespace kl::server
