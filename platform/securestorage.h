// Secure storage of the device token (platform capability). The token is a bearer
// credential: it never goes into the SQLite file or the logs. Desktop builds keep it in
// an owner-only file next to (not inside) the app data; phone builds use the OS keystore.
#pragma once

#include "tokenstore.h"

#include <memory>

class QString;

namespace kl::platform {

// The store this platform provides for the device token. `dataDir` is the app's data
// directory; implementations that cannot use the OS keystore fall back to a file there.
[[nodiscard]] std::unique_ptr<kl::TokenStore> createTokenStore(const QString &dataDir);

} // namespace kl::platform
