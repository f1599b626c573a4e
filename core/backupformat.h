// "Mijn gegevens meenemen": the sealed file that carries a teacher's device-only data to
// a new phone. One passphrase the teacher chooses, stretched with argon2id (libsodium
// crypto_pwhash), seals the content with XChaCha20-Poly1305. The header says how the key
// was made (salt, limits), so a file stays readable when the defaults change.
//
// Layout (big-endian), docs/backup.md describes it for people:
//   magic "\x89KLBAK\r\n" | u16 format | u8 kdf | u8 cipher | u64 opslimit | u64 memlimit
//   | salt[16] | nonce[24] | u64 content length | key check[16] | header checksum[16]
//   | ciphertext (content length + 16-byte tag; the whole header is its associated data)
// The unkeyed checksum tells a damaged header from a wrong passphrase; the keyed check
// tells a wrong passphrase from damaged content, before anything is decrypted.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kl {

// Context of the backup's messages for lupdate and the translator ("kl::Backup").
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(kl::Backup)
};

} // namespace kl

namespace kl::backup {

inline constexpr int kFormatVersion = 1;
inline constexpr int kMinimumPassphraseLength = 10;
inline constexpr QLatin1String kFileSuffix("kortelijn");

// Error codes of Error::code, for the screen and the tests.
inline constexpr QLatin1String kErrNotBackup("backup.not-kortelijn");
inline constexpr QLatin1String kErrNewer("backup.newer");
inline constexpr QLatin1String kErrDamaged("backup.damaged");
inline constexpr QLatin1String kErrPassphrase("backup.passphrase");
inline constexpr QLatin1String kErrMemory("backup.memory");
inline constexpr QLatin1String kErrTooShort("backup.passphrase-short");
inline constexpr QLatin1String kErrMismatch("backup.passphrase-mismatch");
inline constexpr QLatin1String kErrEmpty("backup.passphrase-empty");

// How hard the passphrase is stretched. Written into each file; reading takes the
// file's values (within bounds, so a damaged header cannot ask for all memory).
struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // For a phone: argon2id, 3 passes over 64 MiB (about a second on a mid-range phone;
    // a low-end phone has the memory to spare). Guessing costs an attacker the same.
    [[nodiscard]] static KdfLimits phone();
    // libsodium's minimum: tests only.
    [[nodiscard]] static KdfLimits minimum();
    [[nodiscard]] bool acceptable() const;
};

// Passphrase rules for a new file: at least kMinimumPassphraseLength characters (not
// counting spaces at either end) and the confirmation typed the same. Nothing on error.
[[nodiscard]] std::optional<Error> checkNewPassphrase(const QString &passphrase, const QString &confirmation);

// Encrypts `content` into a complete file. Slow by design (the key derivation): call it
// off the UI thread.
[[nodiscard]] Result<QByteArray> seal(const QByteArray &content, const QString &passphrase,
    const KdfLimits &limits = KdfLimits::phone());

// The content of a file written by seal(), or why not (kErrNotBackup, kErrNewer,
// kErrDamaged, kErrPassphrase, kErrMemory). Slow like seal().
[[nodiscard]] Result<QByteArray> open(const QByteArray &file, const QString &passphrase);

// The limits a file's header asks for, without the passphrase (for tests and progress).
[[nodiscard]] std::optional<KdfLimits> limitsOf(const QByteArray &file);

[[nodiscard]] int headerSize();

// The Dutch (translated) message for one of the file's error codes above.
[[nodiscard]] Error errorFor(QLatin1String code);

} // namespace kl::backup
