// An iOS configuration profile (.mobileconfig) with one CardDAV payload
// (com.apple.carddav.account): host, port, TLS, user name and principal URL. It holds no
// password: the stored secret is only a hash, and iOS asks for the password when the
// profile is installed (the app shows it with a copy button).
#pragma once

#include "storage.h"

#include <QUrl>

namespace kl::server::carddav {

[[nodiscard]] QByteArray mobileConfig(const QUrl &server, const CardDavCredential &credential);

} // namespace kl::server::carddav
