// Phones (Android and iOS): the token in the OS keystore through QtKeychain (0.14 or
// later: the first with Qt 6 on Android), the rest of the connection in an INI file in
// the app's private data directory. There is no file fallback for the token: a phone
// whose keystore refuses reports it, and the teacher joins again.
#include "securestorage.h"

#include "splittokenstore.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecure, "kl.secure")

namespace kl::platform {

std::unique_ptr<kl::TokenStore> createTokenStore(const QString &dataDir)
{
    qCInfo(lcSecure) << "device token: the phone's keystore; server and school in app-private settings";
    return std::make_unique<SplitTokenStore>(std::make_unique<KeychainSecrets>(),
        QDir(dataDir).filePath(QStringLiteral("school-connection.ini")), KeychainSecrets::keyFor(dataDir));
}

} // namespace kl::platform
