// Where the device token lives. The app's platform layer implements this over the OS
// keychain (secure storage); core only needs load/save/clear. MemoryTokenStore serves
// tests and tools that keep no secret between runs.
#pragma once

#include "result.h"

#include <QString>

namespace kl {

struct DeviceCredentials
{
    QString serverUrl; // https://school.example/ (base of /api/v1)
    QString schoolId;
    QString schoolName;
    QString role; // "teacher" or "coordinator"
    QString token; // bearer token; the server keeps only its hash

    [[nodiscard]] bool isValid() const { return !serverUrl.isEmpty() && !schoolId.isEmpty() && !token.isEmpty(); }
};

// The error every token store reports when the OS keystore or the file refuses: one
// Dutch/English text for the settings screen, `detail` says what refused.
[[nodiscard]] Error tokenStorageError(const QString &detail);

class TokenStore
{
public:
    virtual ~TokenStore() = default;
    [[nodiscard]] virtual Result<DeviceCredentials> load() = 0; // invalid credentials when none stored
    virtual Status save(const DeviceCredentials &credentials) = 0;
    virtual Status clear() = 0;
};

class MemoryTokenStore final : public TokenStore
{
public:
    Result<DeviceCredentials> load() override { return m_credentials; }
    Status save(const DeviceCredentials &credentials) override
    {
        m_credentials = credentials;
        return {};
    }
    Status clear() override
    {
        m_credentials = {};
        return {};
    }

private:
    DeviceCredentials m_credentials;
};

} // namespace kl
