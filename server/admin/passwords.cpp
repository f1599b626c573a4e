#include "passwords.h"

#include "storage.h"

#include <sodium.h>

namespace kl::server {

Result<QString> hashPassword(const QString &password)
{
    if (sodium_init() < 0) {
        return serverError(errors::kStorage, QStringLiteral("libsodium could not start"));
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return serverError(errors::kStorage, QStringLiteral("not enough memory to hash the password"));
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (sodium_init() < 0 || hash.isEmpty()) {
        return false;
    }
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void verifyAgainstNothing(const QString &password)
{
    static const QString dummy = [] {
        auto h = hashPassword(QStringLiteral("not a password"));
        return h ? h.value() : QString();
    }();
    (void)verifyPassword(dummy, password);
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace kl::server
