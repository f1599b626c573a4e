// The phones' token store: only the bearer token goes into the OS keystore, the rest of
// the school connection (server, school, name, role) into an app-private settings file.
// QtKeychain up to 0.16 encrypts at most 245 bytes on Android (one RSA block), and the
// whole credential of a school with a long name is more than that; the token alone is
// about 40. Shared code, tested on the desktop (tests/platform/tst_securestorage).
#pragma once

#include "secretstore.h"
#include "tokenstore.h"

#include <memory>

namespace kl::platform {

class SplitTokenStore final : public kl::TokenStore
{
public:
    // `settingsPath`: an INI file inside the app's private data directory; `key`: the
    // keystore entry of this install (KeychainSecrets::keyFor).
    SplitTokenStore(std::unique_ptr<SecretStore> secrets, QString settingsPath, QString key);

    // A connection whose token is gone from the keystore (a phone restored from a backup:
    // keystore entries do not travel) loads without it, i.e. as not joined.
    kl::Result<kl::DeviceCredentials> load() override;
    // The token first: the settings never name a connection whose token was refused.
    kl::Status save(const kl::DeviceCredentials &credentials) override;
    kl::Status clear() override;

private:
    std::unique_ptr<SecretStore> m_secrets;
    QString m_settingsPath;
    QString m_key;
};

} // namespace kl::platform
