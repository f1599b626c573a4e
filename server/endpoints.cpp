#include "endpoints.h"

#include "syncprotocol.h"

namespace kl::server {

Endpoints::Endpoints(std::unique_ptr<Storage> storage, ServerContext &context)
    : m_storage(std::move(storage))
    , m_context(context)
    , m_sync(*m_storage, context)
    , m_admin(*m_storage, context)
    , m_public(*m_storage, *context.publicCards, context.publicUrl)
    , m_cardDav(*m_storage, context)
{
}

Endpoints::~Endpoints() = default;

bool Endpoints::isHealthCheck(const ApiRequest &request)
{
    return request.path == QLatin1String("/healthz");
}

ApiResponse Endpoints::healthz(const ApiRequest &request)
{
    if (request.method != "GET") {
        return methodNotAllowed({ "GET", "HEAD" });
    }
    return jsonResponse({ { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("protocol"), sync::kProtocolVersion } });
}

ApiResponse Endpoints::handle(const ApiRequest &request)
{
    ApiResponse response = route(request);
    m_storage->endOfRequest();
    return response;
}

ApiResponse Endpoints::route(const ApiRequest &request)
{
    if (isHealthCheck(request)) {
        return healthz(request);
    }
    if (PublicPages::owns(request.path)) {
        const Limits &limits = m_context.limits;
        if (limits.ratePerSecond > 0) {
            auto allowed = m_storage->takeRateToken(QStringLiteral("public:") + request.peer, limits.ratePerSecond, limits.burst);
            if (allowed && !allowed.value()) {
                return tooManyRequests(1);
            }
        }
        return m_public.handle(request);
    }
    if (CardDavApi::owns(request)) {
        return m_cardDav.handle(request);
    }
    if (AdminApi::owns(request.path)) {
        return m_admin.handle(request);
    }
    if (SyncApi::owns(request.path)) {
        return m_sync.handle(request);
    }
    return notFoundProblem();
}

} // namespace kl::server
