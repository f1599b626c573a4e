// What one worker thread answers requests with: the sync API, the web admin and the
// parents' public pages over that worker's own database connection. /healthz needs no
// database and is answered on the network thread (healthz()).
#pragma once

#include "adminapi.h"
#include "carddavapi.h"
#include "publicpages.h"
#include "servercontext.h"
#include "syncapi.h"
#include "workerpool.h"

#include <memory>

namespace kl::server {

class Endpoints final : public RequestHandler
{
public:
    Endpoints(std::unique_ptr<Storage> storage, ServerContext &context);
    ~Endpoints() override;

    [[nodiscard]] ApiResponse handle(const ApiRequest &request) override;
    [[nodiscard]] Storage &storage() { return *m_storage; }

    [[nodiscard]] static bool isHealthCheck(const ApiRequest &request);
    [[nodiscard]] static ApiResponse healthz(const ApiRequest &request);

private:
    ApiResponse route(const ApiRequest &request);

    std::unique_ptr<Storage> m_storage;
    ServerContext &m_context;
    SyncApi m_sync;
    AdminApi m_admin;
    PublicPages m_public;
    CardDavApi m_cardDav;
};

} // namespace kl::server
