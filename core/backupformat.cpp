#include "backupformat.h"

#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>

namespace kl::backup {

namespace {

constexpr char kMagic[] = "\x89KLBAK\r\n"; // PNG-style: catches text-mode transfers
constexpr int kMagicSize = 8;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr quint8 kCipherXChaCha20Poly1305 = 1;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES;
constexpr int kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kCheckSize = 16;
constexpr int kKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "KLbackup";
constexpr quint64 kDataKeyId = 1;
constexpr quint64 kCheckKeyId = 2;
// Bounds on what a file may ask for: well above phone(), far below harm.
constexpr quint64 kMaxOpsLimit = 32;
constexpr quint64 kMaxMemLimit = quint64(1) << 30; // 1 GiB
constexpr quint64 kMaxContent = quint64(256) << 20;

// Offsets in the header.
constexpr int kOffVersion = kMagicSize;
constexpr int kOffKdf = kOffVersion + 2;
constexpr int kOffCipher = kOffKdf + 1;
constexpr int kOffOps = kOffCipher + 1;
constexpr int kOffMem = kOffOps + 8;
constexpr int kOffSalt = kOffMem + 8;
constexpr int kOffNonce = kOffSalt + kSaltSize;
constexpr int kOffLength = kOffNonce + kNonceSize;
constexpr int kOffCheck = kOffLength + 8;
constexpr int kOffChecksum = kOffCheck + kCheckSize;
constexpr int kHeaderSize = kOffChecksum + kCheckSize;

} // namespace

Error errorFor(QLatin1String code)
{
    if (code == kErrNotBackup) {
        return { code, Backup::tr("This is not a KorteLijn file with your data. Choose the file you saved on your old phone.") };
    }
    if (code == kErrNewer) {
        return { code, Backup::tr("This file was made by a newer KorteLijn. Update the app and try again.") };
    }
    if (code == kErrPassphrase) {
        return { code, Backup::tr("The passphrase does not fit this file. Check it and try again; nothing was changed.") };
    }
    if (code == kErrMemory) {
        return { code, Backup::tr("This phone has too little free memory to unlock the file. Close other apps and try again.") };
    }
    return { QString(kErrDamaged),
        Backup::tr("The file is damaged or incomplete, so nothing was changed. Save it again on your old phone, or try another copy.") };
}

namespace {

Error fail(QLatin1String code)
{
    return errorFor(code);
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The passphrase as bytes: NFC (the same text typed on any keyboard gives the same key),
// without spaces at either end (as the length rule counts it).
QByteArray passphraseBytes(const QString &passphrase)
{
    return passphrase.trimmed().normalized(QString::NormalizationForm_C).toUtf8();
}

// Wipes key material when it goes out of scope, whichever way the function returns.
template<int N>
struct Secret
{
    std::array<unsigned char, N> bytes {};
    ~Secret() { sodium_memzero(bytes.data(), bytes.size()); }
    unsigned char *data() { return bytes.data(); }
};

struct Keys
{
    Secret<kKeySize> data;
    Secret<kKeySize> check;
};

// argon2id over the passphrase, then two independent subkeys (content, check).
Status deriveKeys(const QString &passphrase, const unsigned char *salt, const KdfLimits &limits, Keys &keys)
{
    QByteArray pass = passphraseBytes(passphrase);
    Secret<kKeySize> master;
    const int rc = crypto_pwhash(master.data(), kKeySize, pass.constData(), size_t(pass.size()), salt,
        limits.opsLimit, size_t(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pass.data(), size_t(pass.size()));
    if (rc != 0) {
        return fail(kErrMemory); // libsodium fails here only when it cannot get the memory
    }
    crypto_kdf_derive_from_key(keys.data.data(), kKeySize, kDataKeyId, kKdfContext, master.data());
    crypto_kdf_derive_from_key(keys.check.data(), kKeySize, kCheckKeyId, kKdfContext, master.data());
    return {};
}

void keyCheck(const QByteArray &header, Keys &keys, unsigned char *out)
{
    crypto_generichash(out, kCheckSize, reinterpret_cast<const unsigned char *>(header.constData()), kOffCheck,
        keys.check.data(), kKeySize);
}

void checksum(const QByteArray &header, unsigned char *out)
{
    crypto_generichash(out, kCheckSize, reinterpret_cast<const unsigned char *>(header.constData()), kOffChecksum,
        nullptr, 0);
}

unsigned char *bytesAt(QByteArray &a, int offset)
{
    return reinterpret_cast<unsigned char *>(a.data()) + offset;
}

const unsigned char *bytesAt(const QByteArray &a, int offset)
{
    return reinterpret_cast<const unsigned char *>(a.constData()) + offset;
}

} // namespace

KdfLimits KdfLimits::phone()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

KdfLimits KdfLimits::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool KdfLimits::acceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= kMaxMemLimit;
}

int headerSize()
{
    return kHeaderSize;
}

std::optional<Error> checkNewPassphrase(const QString &passphrase, const QString &confirmation)
{
    const QString trimmed = passphrase.trimmed();
    if (trimmed.isEmpty()) {
        return Error { QString(kErrEmpty), Backup::tr("Choose a passphrase to lock the file.") };
    }
    // Characters as people count them: one per code point, an emoji is one.
    if (trimmed.toUcs4().size() < kMinimumPassphraseLength) {
        return Error { QString(kErrTooShort),
            Backup::tr("Choose a passphrase of at least %1 characters, for example a short sentence.")
                .arg(kMinimumPassphraseLength) };
    }
    if (confirmation.trimmed() != trimmed) {
        return Error { QString(kErrMismatch), Backup::tr("The two passphrases are not the same. Type it again.") };
    }
    return std::nullopt;
}

Result<QByteArray> seal(const QByteArray &content, const QString &passphrase, const KdfLimits &limits)
{
    if (!sodiumReady() || !limits.acceptable() || quint64(content.size()) > kMaxContent) {
        return Error { QStringLiteral("backup.seal"), Backup::tr("The file could not be made on this phone.") };
    }
    if (passphraseBytes(passphrase).isEmpty()) {
        return Error { QString(kErrEmpty), Backup::tr("Choose a passphrase to lock the file.") };
    }
    QByteArray header(kHeaderSize, '\0');
    std::memcpy(header.data(), kMagic, kMagicSize);
    qToBigEndian<quint16>(kFormatVersion, bytesAt(header, kOffVersion));
    header[kOffKdf] = char(kKdfArgon2id13);
    header[kOffCipher] = char(kCipherXChaCha20Poly1305);
    qToBigEndian<quint64>(limits.opsLimit, bytesAt(header, kOffOps));
    qToBigEndian<quint64>(limits.memLimit, bytesAt(header, kOffMem));
    randombytes_buf(bytesAt(header, kOffSalt), kSaltSize);
    randombytes_buf(bytesAt(header, kOffNonce), kNonceSize);
    qToBigEndian<quint64>(quint64(content.size()), bytesAt(header, kOffLength));

    Keys keys;
    if (auto r = deriveKeys(passphrase, bytesAt(header, kOffSalt), limits, keys); !r) {
        return r.error();
    }
    keyCheck(header, keys, bytesAt(header, kOffCheck));
    checksum(header, bytesAt(header, kOffChecksum));

    QByteArray file = header;
    file.resize(kHeaderSize + content.size() + kTagSize);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytesAt(file, kHeaderSize), &written,
        reinterpret_cast<const unsigned char *>(content.constData()), quint64(content.size()),
        bytesAt(header, 0), kHeaderSize, nullptr, bytesAt(header, kOffNonce), keys.data.data());
    file.resize(kHeaderSize + int(written));
    return file;
}

std::optional<KdfLimits> limitsOf(const QByteArray &file)
{
    if (file.size() < kHeaderSize) {
        return std::nullopt;
    }
    return KdfLimits { qFromBigEndian<quint64>(bytesAt(file, kOffOps)), qFromBigEndian<quint64>(bytesAt(file, kOffMem)) };
}

Result<QByteArray> open(const QByteArray &file, const QString &passphrase)
{
    const QByteArray magic(kMagic, kMagicSize);
    // A cut-off copy still starts with the magic: damaged, not foreign.
    if (!file.startsWith(magic) && !(file.size() < kMagicSize && magic.startsWith(file) && !file.isEmpty())) {
        return fail(kErrNotBackup);
    }
    // A later format may lay out its header differently: its version comes first.
    if (file.size() >= kOffVersion + 2 && qFromBigEndian<quint16>(bytesAt(file, kOffVersion)) > kFormatVersion) {
        return fail(kErrNewer);
    }
    if (file.size() < kHeaderSize) {
        return fail(kErrDamaged);
    }
    if (!sodiumReady()) {
        return fail(kErrMemory);
    }
    const QByteArray header = file.left(kHeaderSize);
    unsigned char sum[kCheckSize];
    checksum(header, sum);
    if (sodium_memcmp(sum, bytesAt(header, kOffChecksum), kCheckSize) != 0) {
        return fail(kErrDamaged);
    }
    if (qFromBigEndian<quint16>(bytesAt(header, kOffVersion)) != kFormatVersion
        || quint8(header[kOffKdf]) != kKdfArgon2id13 || quint8(header[kOffCipher]) != kCipherXChaCha20Poly1305) {
        return fail(kErrNewer);
    }
    const KdfLimits limits = *limitsOf(file);
    const quint64 length = qFromBigEndian<quint64>(bytesAt(header, kOffLength));
    if (!limits.acceptable() || length > kMaxContent || quint64(file.size()) != kHeaderSize + length + kTagSize) {
        return fail(kErrDamaged);
    }
    Keys keys;
    if (auto r = deriveKeys(passphrase, bytesAt(header, kOffSalt), limits, keys); !r) {
        return r.error();
    }
    unsigned char check[kCheckSize];
    keyCheck(header, keys, check);
    if (sodium_memcmp(check, bytesAt(header, kOffCheck), kCheckSize) != 0) {
        return fail(kErrPassphrase);
    }
    QByteArray content(int(length), '\0');
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytesAt(content, 0), &read, nullptr, bytesAt(file, kHeaderSize),
            quint64(file.size() - kHeaderSize), bytesAt(header, 0), kHeaderSize, bytesAt(header, kOffNonce),
            keys.data.data())
        != 0) {
        sodium_memzero(content.data(), size_t(content.size()));
        return fail(kErrDamaged);
    }
    content.resize(int(read));
    return content;
}

} // namespace kl::backup
