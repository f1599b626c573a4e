// The school's devices (phones and the web admin's own), revoking one, and staff invites
// with their QR code.
#include "adminservices.h"
#include "qrcodes.h"

namespace kl::server {

namespace {

QJsonObject deviceJson(const DeviceInfo &d)
{
    return { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name }, { QStringLiteral("role"), d.role },
        { QStringLiteral("created_at"), iso(d.createdAt) }, { QStringLiteral("last_seen_at"), iso(d.lastSeenAt) },
        { QStringLiteral("revoked_at"), d.revoked() ? QJsonValue(iso(d.revokedAt)) : QJsonValue(QJsonValue::Null) } };
}

ApiResponse devices(AdminServices &services, const Session &s)
{
    auto list = services.storage().devices(s.web.schoolId);
    if (!list) {
        return fromError(list.error());
    }
    QJsonArray out;
    for (const DeviceInfo &d : list.value()) {
        QJsonObject o = deviceJson(d);
        o.insert(QStringLiteral("web"), d.id == s.account.webDeviceId);
        out.append(o);
    }
    return jsonResponse({ { QStringLiteral("devices"), out } });
}

ApiResponse revoke(AdminServices &services, const Session &s, const QString &deviceId)
{
    if (auto r = services.storage().revokeDevice(deviceId, s.web.schoolId); !r) {
        return fromError(r.error());
    }
    services.context().webClients->clear(); // a revoked web device is replaced on the next edit
    services.audit(s, QStringLiteral("revoke"), QStringLiteral("devices"), deviceId);
    return jsonResponse({ { QStringLiteral("revoked"), deviceId } });
}

ApiResponse invite(AdminServices &services, const Session &s, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const ServerContext &context = services.context();
    const QString role = body->value(QStringLiteral("role")).toString(QString(sync::kRoleTeacher));
    const int hours = body->value(QStringLiteral("hours")).toInt(context.limits.inviteHours);
    if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("role is teacher or coordinator"), QStringLiteral("role"));
    }
    if (hours < 1 || hours > 24 * 31) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("hours is 1 to 744"), QStringLiteral("hours"));
    }
    if (!context.publicUrl.isValid() || context.publicUrl.isEmpty()) {
        return problem(409, QStringLiteral("no-public-url"), QStringLiteral("Start the server with --public-url to invite staff"));
    }
    const QString token = randomToken();
    const QDateTime expires = context.clock->now().addSecs(qint64(hours) * 3600);
    if (auto r = services.storage().createInvite(s.web.schoolId, hashToken(token), role, expires, s.account.info.id); !r) {
        return fromError(r.error());
    }
    const QString link = sync::inviteLink(context.publicUrl, token);
    auto svg = qrSvg(link);
    if (!svg) {
        return fromError(svg.error());
    }
    services.audit(s, QStringLiteral("invite"), {}, {}, {}, role);
    return jsonResponse({ { QStringLiteral("invite_link"), link }, { QStringLiteral("role"), role },
        { QStringLiteral("expires_at"), iso(expires) }, { QStringLiteral("qr_svg"), QString::fromUtf8(svg.value()) } });
}

} // namespace

void addDeviceRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/devices"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        return devices(services, s);
    });
    router.route("POST", QStringLiteral("/devices/{id}/revoke"),
        [&services](const Session &s, const ApiRequest &, const QStringList &p) { return revoke(services, s, p.at(0)); });
    router.route("POST", QStringLiteral("/invites"), [&services](const Session &s, const ApiRequest &r, const QStringList &) {
        return invite(services, s, r);
    });
}

} // namespace kl::server
