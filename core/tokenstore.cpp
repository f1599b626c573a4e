#include "tokenstore.h"

#include <QCoreApplication>

namespace kl {

Error tokenStorageError(const QString &detail)
{
    // The context predates this file (it was the desktop store's); kept so the
    // translations stay attached.
    return Error { QStringLiteral("token.storage"),
        QCoreApplication::translate("kl::platform::SecureStorage",
            "The school connection could not be read or saved on this device (%1).")
            .arg(detail) };
}

} // namespace kl
