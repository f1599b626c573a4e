// The school list as staff may see it, one card per person: what the CardDAV address book
// (carddavapi.h) serves. One place applies the rules: only school rows (never a teacher's
// personal partners), and of each person and organisation only the fields whose
// visibility is not Private. Function titles and presence windows follow the person's
// "function" and "presence" visibility keys, as on the public card (core/publiccard.h).
#pragma once

#include "storage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kl::server {

struct StaffCard
{
    QString personId;
    qint64 sourceVersion = 0; // the highest version of the rows the card is made of
    QString givenName;
    QString familyName;
    QString organisation;
    QStringList functions; // titles of the functions held now
    QString mobile; // E.164
    QString whatsapp; // E.164, only when it differs from the mobile number
    QString landline; // E.164
    QString email;
    QString website;
    QByteArray photo; // JPEG or PNG bytes
    QStringList presence; // "dinsdag 8:30-12:00, kamer 12", sorted by day and time

    [[nodiscard]] QString displayName() const;
};

namespace staffcards {
// Every live school person of `rows` (a school's live rows), sorted by person id.
[[nodiscard]] QList<StaffCard> build(const QList<ServerRow> &rows);
} // namespace staffcards

} // namespace kl::server
