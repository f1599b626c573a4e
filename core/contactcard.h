// Reading contact cards that arrive from outside: vCard 2.1/3.0/4.0 (RFC 6350 and its
// predecessors, as phones and address books export them) and MeCard (the compact form
// many QR generators use). Lenient about what real exporters do, strict about what
// cannot be understood: the result says what was refused.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

struct ContactCard
{
    QString formattedName;
    QString givenName;
    QString familyName;
    QString organisation;
    QString title; // TITLE, or ROLE when there is no TITLE
    QStringList mobile; // raw numbers as written; normalising is the repository's job
    QStringList landline;
    QStringList emails;
    QString url;
    QString street;
    QString postalCode;
    QString city;
    QString note;
    QByteArray photo;
    QString version; // "2.1", "3.0", "4.0", or "mecard"

    // The best name to show: FN, else given + family.
    [[nodiscard]] QString displayName() const;
};

namespace contactcard {
// Every card in a .vcf text; an error when there is none or one is malformed.
[[nodiscard]] Result<QList<ContactCard>> parseVCards(const QByteArray &data);
[[nodiscard]] Result<ContactCard> parseMeCard(const QString &text);
} // namespace contactcard

} // namespace kl
