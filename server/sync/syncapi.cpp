#include "syncapi.h"

#include "credentials.h"
#include "merge.h"
#include "pushcommitter.h"

#include <QJsonDocument>

namespace kl::server {

namespace {

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

ApiResponse coordinatorsOnly(const QString &what)
{
    return problem(403, errors::kForbidden, QStringLiteral("Only coordinators %1").arg(what));
}

ApiResponse pushAnswer(const QString &schoolId, const Result<PushOutcome> &outcome)
{
    if (!outcome) {
        return errorResponse(outcome.error());
    }
    return jsonResponse({ { QStringLiteral("school"), schoolId }, { QStringLiteral("last_mutation_id"), outcome.value().lastMutationId },
        { QStringLiteral("version"), outcome.value().version }, { QStringLiteral("results"), outcome.value().results } });
}

} // namespace

SyncApi::SyncApi(Storage &storage, ServerContext &context)
    : m_storage(storage)
    , m_context(context)
{
    // Calls on a school check that the device belongs to it.
    auto school = [this](const QByteArray &method, const QString &rest, auto handler) {
        m_routes.route(method, QStringLiteral("/api/v1/schools/{id}") + rest,
            [handler](Call &call, const ApiRequest &request, const QStringList &params) {
                if (params.first() != call.device.schoolId) {
                    return problem(403, errors::kForbidden, QStringLiteral("This device belongs to another school"));
                }
                return handler(call, request, params);
            });
    };
    m_routes.route("GET", QStringLiteral("/api/v1/me"), [this](Call &c, const ApiRequest &, const QStringList &) { return me(c.device); });
    school("GET", QStringLiteral("/sync/pull"), [this](Call &c, const ApiRequest &r, const QStringList &) { return pull(c.device, r); });
    school("POST", QStringLiteral("/sync/push"), [this](Call &c, const ApiRequest &r, const QStringList &) { return push(c.device, r); });
    school("GET", QStringLiteral("/conflicts"), [this](Call &c, const ApiRequest &, const QStringList &) { return conflicts(c.device); });
    // The phone's own contacts app syncs the school list over CardDAV with a login of its own.
    school("POST", QStringLiteral("/carddav/credentials"),
        [this](Call &c, const ApiRequest &r, const QStringList &) { return cardDavCredential(c.device, r); });
    school("POST", QStringLiteral("/invites"), [this](Call &c, const ApiRequest &r, const QStringList &) { return invite(c.device, r); });
    school("GET", QStringLiteral("/devices"), [this](Call &c, const ApiRequest &, const QStringList &) { return devices(c.device); });
    school("POST", QStringLiteral("/devices/{id}/revoke"),
        [this](Call &c, const ApiRequest &, const QStringList &p) { return revoke(c.device, p.at(1)); });
}

bool SyncApi::allow(const QString &key, double rate, double burst)
{
    if (rate <= 0) {
        return true;
    }
    // The buckets live with the storage: in the database when several instances share it.
    auto allowed = m_storage.takeRateToken(key, rate, burst);
    // A limiter that cannot answer must not take the service down with it.
    return !allowed || allowed.value();
}

Result<DeviceInfo> SyncApi::authenticate(const ApiRequest &request)
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

ApiResponse SyncApi::handle(const ApiRequest &request)
{
    const Limits &limits = m_context.limits;
    if (request.path == QLatin1String("/api/v1/enroll")) {
        if (request.method != "POST") {
            return methodNotAllowed({ "POST" });
        }
        if (!allow(QStringLiteral("ip:") + request.peer, limits.ratePerSecond > 0 ? 1.0 : 0, 20)) {
            return tooManyRequests(5);
        }
        return enroll(request);
    }
    auto device = authenticate(request);
    if (!device) {
        // Guessing tokens costs as much as guessing invites: failures are limited per address.
        if (!allow(QStringLiteral("authfail:") + request.peer, limits.ratePerSecond > 0 ? 1.0 : 0, 20)) {
            return tooManyRequests(5);
        }
        if (device.error().code == sync::kProblemUnauthenticated || device.error().code == sync::kProblemRevoked) {
            ApiResponse r = problem(401, device.error().code, QStringLiteral("Not signed in"), {}, device.error().message);
            r.addHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        return errorResponse(device.error());
    }
    if (!allow(QStringLiteral("dev:") + device.value().id, limits.ratePerSecond, limits.burst)) {
        return tooManyRequests(1);
    }
    const QDateTime now = m_context.clock->now();
    if (m_context.touches.due(device.value().id, now.toSecsSinceEpoch(), 300)) {
        (void)m_storage.touchDevice(device.value().id, now);
    }
    Call call { device.value() };
    if (auto answer = m_routes.dispatch(call, request, request.path)) {
        return *answer;
    }
    return notFoundProblem();
}

ApiResponse SyncApi::enroll(const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonValue invite = body->value(QStringLiteral("invite"));
    const QJsonValue clientId = body->value(QStringLiteral("client_id"));
    const QJsonValue name = body->value(QStringLiteral("device_name"));
    if (!invite.isString() || !clientId.isString() || !(name.isString() || name.isUndefined())
        || invite.toString().size() < 16 || invite.toString().size() > 128 || clientId.toString().size() < 8
        || clientId.toString().size() > 64) {
        return problem(422, errors::kInvalid, QStringLiteral("Send invite, client_id and device_name"));
    }
    const QString token = randomToken();
    // A device name is shown to coordinators: one line, no control characters.
    const QString deviceName = name.toString().simplified().remove(QRegularExpression(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}]")));
    auto device = m_storage.redeemInvite(hashToken(invite.toString()), hashToken(token), deviceName, clientId.toString(), m_context.clock->now());
    if (!device) {
        return errorResponse(device.error());
    }
    auto school = m_storage.school(device.value().schoolId);
    if (!school || !school.value()) {
        return errorResponse(school ? serverError(errors::kNotFound, QString()) : school.error());
    }
    return jsonResponse({ { QStringLiteral("device_id"), device.value().id }, { QStringLiteral("device_token"), token },
        { QStringLiteral("role"), device.value().role },
        { QStringLiteral("school"),
            QJsonObject { { QStringLiteral("id"), school.value()->id }, { QStringLiteral("name"), school.value()->name } } } });
}

ApiResponse SyncApi::me(const DeviceInfo &device)
{
    QJsonObject o = deviceJson(device);
    o.insert(QStringLiteral("school"), device.schoolId);
    return jsonResponse(o);
}

ApiResponse SyncApi::pull(const DeviceInfo &device, const ApiRequest &request)
{
    std::optional<sync::Cursor> cursor;
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        cursor = sync::decodeCursor(request.query.queryItemValue(QStringLiteral("cursor")));
        if (!cursor) {
            return problem(400, QStringLiteral("bad-cursor"), QStringLiteral("The cursor is not one this server made"), {},
                QStringLiteral("Drop the cursor and pull from the start"));
        }
    }
    int limit = m_context.limits.pullRowCap;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool okLimit = false;
        limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit);
        if (!okLimit || limit < 1) {
            return problem(400, errors::kInvalid, QStringLiteral("limit must be a positive integer"), QStringLiteral("limit"));
        }
        limit = std::min(limit, m_context.limits.pullRowCap);
    }
    auto page = m_storage.pull(device.schoolId, cursor, limit, m_context.limits.pullByteCap);
    if (!page) {
        return errorResponse(page.error());
    }
    QByteArray body = "{\"school\":" + QJsonDocument(QJsonArray { device.schoolId }).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + ",\"cursor\":\"" + sync::encodeCursor(page.value().next).toLatin1() + "\",\"has_more\":"
        + (page.value().hasMore ? "true" : "false") + ",\"rows\":" + page.value().rowsJson + '}';
    return ApiResponse { 200, "application/json", body, {} };
}

ApiResponse SyncApi::push(const DeviceInfo &device, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonValue clientId = body->value(QStringLiteral("client_id"));
    const QJsonValue mutations = body->value(QStringLiteral("mutations"));
    if (!clientId.isString() || clientId.toString().size() < 8 || clientId.toString().size() > 64 || !mutations.isArray()) {
        return problem(422, errors::kInvalid, QStringLiteral("Send client_id and a mutations array"));
    }
    if (mutations.toArray().size() > m_context.limits.pushMaxMutations) {
        return problem(413, QStringLiteral("too-many-mutations"),
            QStringLiteral("Send at most %1 mutations per push").arg(m_context.limits.pushMaxMutations));
    }
    QList<IncomingMutation> parsed;
    for (const QJsonValue &value : mutations.toArray()) {
        QString why;
        auto m = parseMutation(value, &why);
        if (!m) {
            return problem(422, errors::kInvalid, why);
        }
        if (!parsed.isEmpty() && m->id <= parsed.last().id) {
            return problem(422, errors::kInvalid, QStringLiteral("Mutation ids must increase within a push"));
        }
        parsed << *m;
    }
    // Decoding and re-encoding photos is the slow part of a push: before the commit.
    preparePhotos(parsed);
    PushRequest pushRequest { device, clientId.toString(), parsed };
    if (m_context.committer && request.respond) {
        m_context.committer->submit(std::move(pushRequest),
            [respond = request.respond, school = device.schoolId](const Result<PushOutcome> &outcome) {
                respond(pushAnswer(school, outcome));
            });
        return ApiResponse::deferred();
    }
    return pushAnswer(device.schoolId, m_storage.pushBatch({ pushRequest }).value(0, Result<PushOutcome>(serverError(errors::kStorage, {}))));
}

ApiResponse SyncApi::conflicts(const DeviceInfo &device)
{
    if (device.role != sync::kRoleCoordinator) {
        return coordinatorsOnly(QStringLiteral("see conflicts"));
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
    return jsonResponse({ { QStringLiteral("conflicts"), out } });
}

ApiResponse SyncApi::devices(const DeviceInfo &device)
{
    if (device.role != sync::kRoleCoordinator) {
        return coordinatorsOnly(QStringLiteral("manage devices"));
    }
    auto list = m_storage.devices(device.schoolId);
    if (!list) {
        return errorResponse(list.error());
    }
    QJsonArray out;
    for (const DeviceInfo &d : list.value()) {
        out.append(deviceJson(d));
    }
    return jsonResponse({ { QStringLiteral("devices"), out } });
}

ApiResponse SyncApi::revoke(const DeviceInfo &device, const QString &deviceId)
{
    if (device.role != sync::kRoleCoordinator) {
        return coordinatorsOnly(QStringLiteral("manage devices"));
    }
    if (auto r = m_storage.revokeDevice(deviceId, device.schoolId); !r) {
        return errorResponse(r.error());
    }
    return jsonResponse({ { QStringLiteral("revoked"), deviceId } });
}

ApiResponse SyncApi::invite(const DeviceInfo &device, const ApiRequest &request)
{
    if (device.role != sync::kRoleCoordinator) {
        return coordinatorsOnly(QStringLiteral("invite staff"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonValue roleValue = body->value(QStringLiteral("role"));
    const QJsonValue hoursValue = body->value(QStringLiteral("hours"));
    const QString role = roleValue.toString(QString(sync::kRoleTeacher));
    const int hours = hoursValue.toInt(m_context.limits.inviteHours);
    if ((!roleValue.isUndefined() && !roleValue.isString()) || (!hoursValue.isUndefined() && !hoursValue.isDouble())
        || (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) || hours < 1 || hours > 24 * 31) {
        return problem(422, errors::kInvalid, QStringLiteral("role must be teacher or coordinator, hours 1 to 744"));
    }
    const QString token = randomToken();
    const QDateTime expires = m_context.clock->now().addSecs(qint64(hours) * 3600);
    if (auto r = m_storage.createInvite(device.schoolId, hashToken(token), role, expires, {}); !r) {
        return errorResponse(r.error());
    }
    return jsonResponse({ { QStringLiteral("invite_link"), sync::inviteLink(m_context.publicUrl, token) },
        { QStringLiteral("role"), role }, { QStringLiteral("expires_at"), isoOrNull(expires) } });
}

ApiResponse SyncApi::cardDavCredential(const DeviceInfo &device, const ApiRequest &request)
{
    QString label = device.name;
    if (!request.body.trimmed().isEmpty()) {
        ApiResponse error;
        const auto body = jsonBody(request, &error);
        if (!body) {
            return error;
        }
        label = body->value(QStringLiteral("label")).toString(label);
    }
    auto issued = carddav::issue(m_storage, device.schoolId, device.id, label);
    if (!issued) {
        return errorResponse(issued.error());
    }
    ApiResponse r = jsonResponse(carddav::describe(m_context.publicUrl, issued.value()), 201);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

} // namespace kl::server
