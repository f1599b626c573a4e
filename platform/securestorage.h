// Secure storage of the device token (platform capability). The token is a bearer
// credential: it never goes into the SQLite file or the logs. Desktop builds keep it in
// the Secret Service keyring (QtKeychain: GNOME Keyring, KWallet) when one answers on the
// session bus, else in an owner-only (0600) file next to (not inside) the app data; which
// one is used is logged (never the token). Phone builds keep the token in the Android
// Keystore / iOS Keychain and the rest in app-private settings (splittokenstore.h); the
// file fallback is not compiled into them.
#pragma once

#include "tokenstore.h"

#include <QtGlobal>

#include <memory>

class QString;

namespace kl::platform {

// The store this platform provides for the device token. `dataDir` is the app's data
// directory (app-private on phones).
[[nodiscard]] std::unique_ptr<kl::TokenStore> createTokenStore(const QString &dataDir);

#if !defined(Q_OS_ANDROID) && !defined(Q_OS_IOS)

// The two desktop stores, for tests and for moving a token between them.
[[nodiscard]] std::unique_ptr<kl::TokenStore> createFileTokenStore(const QString &dataDir);
// Null when no Secret Service is on the session bus.
[[nodiscard]] std::unique_ptr<kl::TokenStore> createKeychainTokenStore(const QString &dataDir);
[[nodiscard]] bool secretServiceAvailable();
#endif

} // namespace kl::platform
