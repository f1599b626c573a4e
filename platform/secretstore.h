// Named secrets in an OS keystore. KeychainSecrets is the real one (QtKeychain: Secret
// Service on Linux desktops, the Android Keystore, the iOS Keychain); tests stand in
// their own with the limits a phone has.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kl::platform {

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Nothing (no error) when no secret is stored under `key`.
    [[nodiscard]] virtual kl::Result<std::optional<QByteArray>> read(const QString &key) = 0;
    virtual kl::Status write(const QString &key, const QByteArray &secret) = 0;
    virtual kl::Status remove(const QString &key) = 0; // absent is fine
};

// QtKeychain's jobs are asynchronous; each call here waits for its job in a local event
// loop (the token is read once at start and written when joining or leaving a school).
class KeychainSecrets final : public SecretStore
{
public:
    kl::Result<std::optional<QByteArray>> read(const QString &key) override;
    kl::Status write(const QString &key, const QByteArray &secret) override;
    kl::Status remove(const QString &key) override;

    // One keystore entry per install: the key is derived from the app's data directory
    // (tests use directories of their own and never meet the app's entry).
    [[nodiscard]] static QString keyFor(const QString &dataDir);
};

} // namespace kl::platform
