// The phones' sync API under /api/v1: enrolment, who am I, pull, push (handed to the
// group commit), and the coordinator device's calls (conflicts, devices, revoke,
// invites). Authentication by device token, per-device and per-address rate limits,
// routes declared as data (router.h).
#pragma once

#include "router.h"
#include "servercontext.h"
#include "storage.h"

namespace kl::server {

class SyncApi
{
public:
    SyncApi(Storage &storage, ServerContext &context);

    [[nodiscard]] static bool owns(const QString &path) { return path.startsWith(QLatin1String("/api/")); }
    [[nodiscard]] ApiResponse handle(const ApiRequest &request);

private:
    struct Call
    {
        DeviceInfo device;
    };
    bool allow(const QString &key, double rate, double burst);
    Result<DeviceInfo> authenticate(const ApiRequest &request);

    ApiResponse enroll(const ApiRequest &request);
    ApiResponse me(const DeviceInfo &device);
    ApiResponse pull(const DeviceInfo &device, const ApiRequest &request);
    ApiResponse push(const DeviceInfo &device, const ApiRequest &request);
    ApiResponse conflicts(const DeviceInfo &device);
    ApiResponse devices(const DeviceInfo &device);
    ApiResponse revoke(const DeviceInfo &device, const QString &deviceId);
    ApiResponse invite(const DeviceInfo &device, const ApiRequest &request);
    ApiResponse cardDavCredential(const DeviceInfo &device, const ApiRequest &request);

    Storage &m_storage;
    ServerContext &m_context;
    Router<Call> m_routes;
};

} // namespace kl::server
