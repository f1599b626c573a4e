#include "api.h"

#include "publicpages.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace kl::server {

namespace {

ApiResponse ok(const QJsonObject &body)
{
    return ApiResponse { 200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {} };
}

QString isoOrNull(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject deviceJson(const DeviceInfo &d)
{
    return { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name }, { QStringLiteral("role"), d.role },
        { QStringLiteral("created_at"), isoOrNull(d.createdAt) }, { QStringLiteral("last_seen_at"), isoOrNull(d.lastSeenAt) },
        { QStringLiteral("revoked_at"), d.revoked() ? QJsonValue(isoOrNull(d.revokedAt)) : QJsonValue(QJsonValue::Null) } };
}

std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiResponse *error)
{
    if (!request.headers.value("content-type").toLower().startsWith("application/json")) {
        *error = Api::problem(415, QStringLiteral("unsupported-media-type"), QStringLiteral("Send application/json"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Api::problem(400, QStringLiteral("malformed-json"), QStringLiteral("The body is not a JSON object"),
            parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

Api::Api(Storage &storage, Limits limits)
    : m_storage(storage)
    , m_limits(limits)
    , m_admin(storage, m_limits)
    , m_public(std::make_unique<PublicPages>(storage))
{
}

Api::~Api() = default;

void Api::setPublicUrl(const QUrl &url)
{
    m_publicUrl = url;
    m_admin.setPublicUrl(url);
    m_public->setPublicUrl(url);
}

ApiResponse Api::problem(int status, const QString &code, const QString &title, const QString &detail)
{
    QJsonObject o { { QStringLiteral("type"), sync::problemType(code) }, { QStringLiteral("title"), title },
        { QStringLiteral("status"), status } };
    if (!detail.isEmpty()) {
        o.insert(QStringLiteral("detail"), detail);
    }
    return ApiResponse { status, "application/problem+json", QJsonDocument(o).toJson(QJsonDocument::Compact), {} };
}

ApiResponse errorResponse(const Error &error)
{
    const QString &c = error.code;
    if (c == errors::kNotFound) {
        return Api::problem(404, c, QStringLiteral("Not found"), error.message);
    }
    if (c == errors::kResync) {
        return Api::problem(410, c, QStringLiteral("Fetch a fresh snapshot"), error.message);
    }
    if (c == errors::kGap) {
        return Api::problem(409, c, QStringLiteral("Mutations are missing before this one"), error.message);
    }
    if (c == errors::kForbidden) {
        return Api::problem(403, c, QStringLiteral("Forbidden"), error.message);
    }
    if (c == errors::kInviteInvalid) {
        return Api::problem(404, c, QStringLiteral("Unknown invite"), error.message);
    }
    if (c == errors::kInviteUsed || c == errors::kInviteExpired) {
        return Api::problem(410, c, QStringLiteral("Invite no longer valid"), error.message);
    }
    if (c == errors::kInvalid) {
        return Api::problem(422, c, QStringLiteral("The request is not valid"), error.message);
    }
    return Api::problem(500, QStringLiteral("internal"), QStringLiteral("The server could not complete the request"));
}

bool Api::allow(const QString &key, double rate, double burst)
{
    if (rate <= 0) {
        return true;
    }
    // The buckets live with the storage: in the database when several instances share it.
    auto allowed = m_storage.takeRateToken(key, rate, burst);
    // A limiter that cannot answer must not take the service down with it.
    return !allowed || allowed.value();
}

Result<DeviceInfo> Api::authenticate(const ApiRequest &request)
{
    const QByteArray header = request.headers.value("authorization");
    if (!header.startsWith("Bearer ") || header.size() < 20 || header.size() > 200) {
        return serverError(QString(sync::kProblemUnauthenticated), QStringLiteral("Send the device token as a Bearer token"));
    }
    auto device = m_storage.deviceByTokenHash(hashToken(QString::fromLatin1(header.mid(7).trimmed())));
    if (!device) {
        return device.error();
    }
    if (!device.value()) {
        return serverError(QString(sync::kProblemUnauthenticated), QStringLiteral("Unknown device token"));
    }
    if (device.value()->revoked()) {
        return serverError(QString(sync::kProblemRevoked), QStringLiteral("This device has been removed from the school"));
    }
    return *device.value();
}

ApiResponse Api::handle(const ApiRequest &request)
{
    ApiResponse response = route(request);
    m_storage.endOfRequest();
    return response;
}

ApiResponse Api::route(const ApiRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/healthz")) {
        if (request.method != "GET") {
            return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use GET"));
        }
        return ok({ { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("protocol"), sync::kProtocolVersion } });
    }
    if (PublicPages::owns(path)) {
        if (!allow(QStringLiteral("public:") + request.peer, m_limits.ratePerSecond, m_limits.burst)) {
            ApiResponse r = problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests; slow down"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
            return r;
        }
        return m_public->handle(request);
    }
    if (AdminApi::handles(path)) {
        return m_admin.handle(request);
    }
    if (!path.startsWith(QLatin1String("/api/v1/"))) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    }
    if (path == QLatin1String("/api/v1/enroll")) {
        if (request.method != "POST") {
            return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use POST"));
        }
        if (!allow(QStringLiteral("ip:") + request.peer, m_limits.ratePerSecond > 0 ? 1.0 : 0, 20)) {
            ApiResponse r = problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests; slow down"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
            return r;
        }
        return enroll(request);
    }
    auto device = authenticate(request);
    if (!device) {
        // Guessing tokens costs as much as guessing invites: failures are limited per address.
        if (!allow(QStringLiteral("authfail:") + request.peer, m_limits.ratePerSecond > 0 ? 1.0 : 0, 20)) {
            ApiResponse r = problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests; slow down"));
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
            return r;
        }
        if (device.error().code == sync::kProblemUnauthenticated || device.error().code == sync::kProblemRevoked) {
            ApiResponse r = problem(401, device.error().code, QStringLiteral("Not signed in"), device.error().message);
            r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return r;
        }
        return errorResponse(device.error());
    }
    if (!allow(QStringLiteral("dev:") + device.value().id, m_limits.ratePerSecond, m_limits.burst)) {
        ApiResponse r = problem(429, QStringLiteral("rate-limited"), QStringLiteral("Too many requests; slow down"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return r;
    }
    // last_seen_at is for the coordinator's device list: minutes are precise enough, and
    // not writing on every request keeps a no-change sync read-only.
    const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
    if (nowSecs - m_lastTouch.value(device.value().id, 0) > 300) {
        m_lastTouch.insert(device.value().id, nowSecs);
        (void)m_storage.touchDevice(device.value().id, QDateTime::currentDateTimeUtc());
    }
    if (path == QLatin1String("/api/v1/me")) {
        return request.method == "GET" ? me(device.value())
                                       : problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use GET"));
    }
    static const QRegularExpression schoolPath(QStringLiteral("^/api/v1/schools/([A-Za-z0-9_-]{1,64})(/.*)$"));
    const auto match = schoolPath.match(path);
    if (!match.hasMatch()) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
    }
    const QString schoolId = match.captured(1);
    const QString rest = match.captured(2);
    if (schoolId != device.value().schoolId) {
        return problem(403, errors::kForbidden, QStringLiteral("This device belongs to another school"));
    }
    auto method = [&](const char *expected) { return request.method == expected; };
    auto wrongMethod = [&](const char *expected) {
        return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use %1").arg(QLatin1String(expected)));
    };
    if (rest == QLatin1String("/sync/pull")) {
        return method("GET") ? pull(device.value(), request) : wrongMethod("GET");
    }
    if (rest == QLatin1String("/sync/push")) {
        return method("POST") ? push(device.value(), request) : wrongMethod("POST");
    }
    if (rest == QLatin1String("/conflicts")) {
        return method("GET") ? conflicts(device.value()) : wrongMethod("GET");
    }
    if (rest == QLatin1String("/invites")) {
        return method("POST") ? invite(device.value(), request) : wrongMethod("POST");
    }
    if (rest == QLatin1String("/devices")) {
        return method("GET") ? devices(device.value()) : wrongMethod("GET");
    }
    static const QRegularExpression revokePath(QStringLiteral("^/devices/([A-Za-z0-9-]{1,64})/revoke$"));
    if (const auto m = revokePath.match(rest); m.hasMatch()) {
        return method("POST") ? revoke(device.value(), m.captured(1)) : wrongMethod("POST");
    }
    return problem(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
}

ApiResponse Api::enroll(const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString invite = body->value(QStringLiteral("invite")).toString();
    const QString clientId = body->value(QStringLiteral("client_id")).toString();
    const QString name = body->value(QStringLiteral("device_name")).toString();
    if (invite.size() < 16 || invite.size() > 128 || clientId.size() < 8 || clientId.size() > 64) {
        return problem(422, errors::kInvalid, QStringLiteral("Send invite, client_id and device_name"));
    }
    const QString token = randomToken();
    auto device = m_storage.redeemInvite(hashToken(invite), hashToken(token), name, clientId, QDateTime::currentDateTimeUtc());
    if (!device) {
        return errorResponse(device.error());
    }
    auto school = m_storage.school(device.value().schoolId);
    if (!school || !school.value()) {
        return errorResponse(school ? serverError(errors::kNotFound, QString()) : school.error());
    }
    return ok({ { QStringLiteral("device_id"), device.value().id }, { QStringLiteral("device_token"), token },
        { QStringLiteral("role"), device.value().role },
        { QStringLiteral("school"),
            QJsonObject { { QStringLiteral("id"), school.value()->id }, { QStringLiteral("name"), school.value()->name } } } });
}

ApiResponse Api::me(const DeviceInfo &device)
{
    QJsonObject o = deviceJson(device);
    o.insert(QStringLiteral("school"), device.schoolId);
    return ok(o);
}

ApiResponse Api::pull(const DeviceInfo &device, const ApiRequest &request)
{
    std::optional<sync::Cursor> cursor;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        cursor = sync::decodeCursor(request.query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor) {
            return problem(400, QStringLiteral("bad-cursor"), QStringLiteral("The cursor is not one this server made"),
                QStringLiteral("Drop the cursor and pull from the start"));
        }
    }
    int limit = m_limits.pullRowCap;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool okLimit = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit);
        if (!okLimit || limit < 1) {
            return problem(400, errors::kInvalid, QStringLiteral("limit must be a positive integer"));
        }
        limit = std::min(limit, m_limits.pullRowCap);
    }
    auto page = m_storage.pull(device.schoolId, cursor, limit, m_limits.pullByteCap);
    if (!page) {
        return errorResponse(page.error());
    }
    QByteArray body = "{\"school\":" + QJsonDocument(QJsonArray { device.schoolId }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"cursor\":\"" + sync::encodeCursor(page.value().next).toLatin1() + "\",\"has_more\":"
        + (page.value().hasMore ? "true" : "false") + ",\"rows\":" + page.value().rowsJson + '}';
    return ApiResponse { 200, "application/json", body, {} };
}

ApiResponse Api::push(const DeviceInfo &device, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString clientId = body->value(QStringLiteral("client_id")).toString();
    const QJsonValue mutations = body->value(QStringLiteral("mutations"));
    if (clientId.size() < 8 || clientId.size() > 64 || !mutations.isArray()) {
        return problem(422, errors::kInvalid, QStringLiteral("Send client_id and a mutations array"));
    }
    if (mutations.toArray().size() > m_limits.pushMaxMutations) {
        return problem(413, QStringLiteral("too-many-mutations"),
            QStringLiteral("Send at most %1 mutations per push").arg(m_limits.pushMaxMutations));
    }
    qint64 previous = 0;
    for (const QJsonValue &m : mutations.toArray()) {
        const qint64 id = qint64(m.toObject().value(QStringLiteral("id")).toDouble());
        if (id <= previous) {
            return problem(422, errors::kInvalid, QStringLiteral("Mutation ids must increase within a push"));
        }
        previous = id;
    }
    auto outcome = m_storage.push(device, clientId, mutations.toArray());
    if (!outcome) {
        return errorResponse(outcome.error());
    }
    return ok({ { QStringLiteral("school"), device.schoolId }, { QStringLiteral("last_mutation_id"), outcome.value().lastMutationId },
        { QStringLiteral("version"), outcome.value().version }, { QStringLiteral("results"), outcome.value().results } });
}

ApiResponse Api::conflicts(const DeviceInfo &device)
{
    if (device.role != sync::kRoleCoordinator) {
        return problem(403, errors::kForbidden, QStringLiteral("Only coordinators see conflicts"));
    }
    auto list = m_storage.conflicts(device.schoolId, 500);
    if (!list) {
        return errorResponse(list.error());
    }
    QJsonArray out;
    for (const ConflictInfo &c : list.value()) {
        out.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("table"), c.table },
            { QStringLiteral("row"), c.rowId }, { QStringLiteral("field"), c.field },
            { QStringLiteral("losing_value"), c.losingValue }, { QStringLiteral("winning_value"), c.winningValue },
            { QStringLiteral("winning_version"), c.winningVersion }, { QStringLiteral("created_at"), isoOrNull(c.createdAt) } });
    }
    return ok({ { QStringLiteral("conflicts"), out } });
}

ApiResponse Api::devices(const DeviceInfo &device)
{
    if (device.role != sync::kRoleCoordinator) {
        return problem(403, errors::kForbidden, QStringLiteral("Only coordinators manage devices"));
    }
    auto list = m_storage.devices(device.schoolId);
    if (!list) {
        return errorResponse(list.error());
    }
    QJsonArray out;
    for (const DeviceInfo &d : list.value()) {
        out.append(deviceJson(d));
    }
    return ok({ { QStringLiteral("devices"), out } });
}

ApiResponse Api::revoke(const DeviceInfo &device, const QString &deviceId)
{
    if (device.role != sync::kRoleCoordinator) {
        return problem(403, errors::kForbidden, QStringLiteral("Only coordinators manage devices"));
    }
    if (auto r = m_storage.revokeDevice(deviceId, device.schoolId); !r) {
        return errorResponse(r.error());
    }
    return ok({ { QStringLiteral("revoked"), deviceId } });
}

ApiResponse Api::invite(const DeviceInfo &device, const ApiRequest &request)
{
    if (device.role != sync::kRoleCoordinator) {
        return problem(403, errors::kForbidden, QStringLiteral("Only coordinators invite staff"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString role = body->value(QStringLiteral("role")).toString(QString(sync::kRoleTeacher));
    const int hours = body->value(QStringLiteral("hours")).toInt(m_limits.inviteHours);
    if ((role != sync::kRoleTeacher && role != sync::kRoleCoordinator) || hours < 1 || hours > 24 * 31) {
        return problem(422, errors::kInvalid, QStringLiteral("role must be teacher or coordinator, hours 1 to 744"));
    }
    const QString token = randomToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    if (auto r = m_storage.createInvite(device.schoolId, hashToken(token), role, expires, {}); !r) {
        return errorResponse(r.error());
    }
    return ok({ { QStringLiteral("invite_link"), sync::inviteLink(m_publicUrl, token) }, { QStringLiteral("role"), role },
        { QStringLiteral("expires_at"), isoOrNull(expires) } });
}

} // namespace kl::server
