// The coordinator web UI: the static files of assets/web (compiled in as Qt resources)
// under /admin/ and the JSON endpoints under /admin/api/ behind a browser session.
// Sessions live in the Storage (every worker and instance shares them), cookies are
// HttpOnly + SameSite=Strict (+ Secure behind https), every state change needs the
// session's CSRF token, sign-ins are limited (loginlimiter.h) and audited, and every
// answer carries a restrictive Content-Security-Policy. The resources are in
// admin/*resource.cpp, each declaring its routes; every edit of the school list is a sync
// mutation pushed as the coordinator's own web device (adminservices.h).
#pragma once

#include "adminservices.h"
#include "loginlimiter.h"

namespace kl::server {

class AdminApi
{
public:
    AdminApi(Storage &storage, ServerContext &context);

    [[nodiscard]] static bool owns(const QString &path);
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

private:
    ApiResponse route(const ApiRequest &request);
    ApiResponse staticFile(const QString &path);
    ApiResponse login(const ApiRequest &request);
    Result<std::optional<Session>> sessionOf(const ApiRequest &request);
    Result<QString> trustedBrowser(const ApiRequest &request, const QList<CoordinatorAccount> &accounts);

    AdminServices m_services;
    LoginLimiter m_limiter;
    AdminRouter m_routes;
};

} // namespace kl::server
