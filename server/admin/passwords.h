// Coordinators' web passwords: argon2id through libsodium (crypto_pwhash_str_alg,
// interactive limits), stored only as libsodium's string form.
#pragma once

#include "result.h"

#include <QString>

namespace kl::server {

[[nodiscard]] Result<QString> hashPassword(const QString &password);
[[nodiscard]] bool verifyPassword(const QString &hash, const QString &password);
// As slow as a real check, for an address that has no account: the answer time must not
// tell which addresses exist.
void verifyAgainstNothing(const QString &password);
// Constant-time comparison of two secrets (CSRF tokens).
[[nodiscard]] bool sameSecret(const QByteArray &a, const QByteArray &b);

} // namespace kl::server
