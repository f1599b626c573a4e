// What parents may see of a partner: the public card behind /p/<slug>, its vCard and the
// offline QR. One place applies the field visibility, so the server's page, the vCard
// download, the poster and the app's offline QR can never show different things.
//
// Slugs: 16 characters of base32 (a-z, 2-7) of SHA-256 over the school id and person id.
// The ids never change, so a printed poster survives renames; 80 bits from random UUIDs
// cannot be enumerated; and the app computes the same slug offline from ids it already has.
#pragma once

#include "database.h"
#include "domain.h"
#include "result.h"

#include <QUrl>

#include <optional>

namespace kl {

enum class PublicLanguage { Dutch, English };

// Only fields whose visibility is Public; everything else is empty.
struct PublicCard
{
    QString schoolId;
    QString personId;
    QString slug;
    QString givenName;
    QString familyName;
    QByteArray photo; // JPEG or PNG bytes
    QStringList functions; // titles of the functions the person holds now
    QString organisation;
    QString website; // http(s) only
    QString mobile; // E.164
    QString whatsapp; // E.164
    QString landline; // E.164
    QString email;
    QList<Presence> presence; // weekly windows, sorted by day and time

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString initials() const;
};

namespace publiccard {

// Person visibility keys beyond the person's own columns: the titles of the functions a
// person holds and the times they are at school are public only when marked so.
inline constexpr QLatin1String kFunctionField("function");
inline constexpr QLatin1String kPresenceField("presence");

[[nodiscard]] QString slug(const QString &schoolId, const QString &personId);
[[nodiscard]] bool isSlug(const QString &text);
// <server>/p/<slug>; the server's public address as the invite link carries it.
[[nodiscard]] QString pageUrl(const QUrl &server, const QString &slug);

// A person has a public page when it is a live school row whose name is Public.
[[nodiscard]] bool isPublished(const Person &person);

// The card of a published person, or nothing. `organisation` may be null; `held` are the
// functions the person holds now, `presence` every presence row that may concern them
// (the ones for this person or for a held function, still valid on `today`, are kept).
[[nodiscard]] std::optional<PublicCard> make(const QString &schoolId, const Person &person, const Organisation *organisation,
    const QList<Function> &held, const QList<Presence> &presence, const QDate &today);

// The same from a local store (the app, offline).
[[nodiscard]] Result<std::optional<PublicCard>> load(Database &db, const QString &schoolId, const QString &personId,
    const QDate &today);

[[nodiscard]] PublicLanguage languageFromAcceptLanguage(const QByteArray &header);
[[nodiscard]] QString weekdayName(int isoWeekday, PublicLanguage language);
// "dinsdag 8:30-12:00, kamer 12" / "Tuesday 8:30-12:00, room 12".
[[nodiscard]] QString presenceText(const Presence &presence, PublicLanguage language);

// vCard 3.0 (RFC 2426), which the contacts apps of iOS and Android both import: UTF-8,
// CRLF, escaped text values, lines folded at 75 octets. `url` (the public page) and the
// photo are left out when empty / not wanted: the offline QR carries neither.
[[nodiscard]] QByteArray vcard(const PublicCard &card, PublicLanguage language, const QString &url, bool withPhoto);
// The payload of the offline QR (for schools without a server): the vCard, no photo.
[[nodiscard]] QByteArray offlineQrText(const PublicCard &card, PublicLanguage language);

} // namespace publiccard

} // namespace kl
