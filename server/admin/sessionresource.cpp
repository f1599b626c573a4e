// Who is signed in (/session) and signing out (/logout). Signing in is AdminApi::login.
#include "adminservices.h"

namespace kl::server {

void addSessionRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/session"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        auto school = services.storage().school(s.web.schoolId);
        return jsonResponse({ { QStringLiteral("csrf"), s.web.csrfToken },
            { QStringLiteral("coordinator"),
                QJsonObject { { QStringLiteral("id"), s.account.info.id }, { QStringLiteral("name"), s.account.info.name },
                    { QStringLiteral("email"), s.account.info.email } } },
            { QStringLiteral("school"),
                QJsonObject { { QStringLiteral("id"), s.web.schoolId },
                    { QStringLiteral("name"), school && school.value() ? school.value()->name : QString() } } },
            { QStringLiteral("expires_at"), iso(s.web.expiresAt) } });
    });
    router.route("POST", QStringLiteral("/logout"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        (void)services.storage().deleteWebSession(s.web.tokenHash);
        services.audit(s, QStringLiteral("logout"));
        ApiResponse r = jsonResponse({ { QStringLiteral("signed_out"), true } });
        r.addHeader("Set-Cookie", "kl_admin=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0");
        return r;
    });
}

} // namespace kl::server
