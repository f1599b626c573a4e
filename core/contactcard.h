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

struct ContactAddress
{
    QString street;
    QString postalCode;
    QString city;
};

// What a reader could not read on a card: the English source text (context kl::ContactCard)
// and its one argument, so each caller says it in its own language (the app through its
// translator, the server in the coordinator's).
struct CardProblem
{
    const char *source = "";
    QString arg; // fills %1 when the text has one
    [[nodiscard]] QString text() const; // translated by the installed translator
};

struct ContactCard
{
    QString formattedName;
    QString givenName;
    QString familyName;
    QString namePrefix; // N's honorific prefixes ("dr.")
    QString middleName; // N's additional names
    QString nameSuffix;
    QString organisation; // ORG's first component, the organisation's name
    QString organisationUnit; // ORG's further components ("afdeling Noord")
    QString title; // TITLE, or ROLE when there is no TITLE
    QStringList mobile; // raw numbers as written; normalising is the repository's job
    QStringList landline;
    QStringList otherPhones; // TEL typed "other" (KorteLijn's own export writes a person's extra numbers so)
    QStringList emails;
    QString url; // the first URL
    QStringList urls; // all of them, in order
    QString street; // the first address
    QString postalCode;
    QString city;
    QList<ContactAddress> addresses; // all of them, in order
    QString note;
    QByteArray photo;
    QString photoUrl; // a photo given as a link: never fetched (privacy, offline)
    QString uid;
    QStringList categories;
    QString version; // "2.1", "3.0", "4.0", "mecard" or "csv"
    int line = 0; // where the card (or CSV row) starts in the file, from 1
    // What the card carries that has no place here, one item each as "<PROPERTY> <value>"
    // (FAX, PAGER, EXT, ROLE, BDAY, X-..., or a CSV column's header); and what could not
    // be read at all.
    QStringList unkept;
    QList<CardProblem> problems;

    // The best name to show: FN, else given + family.
    [[nodiscard]] QString displayName() const;
};

namespace contactcard {
// Every card of a .vcf text as far as it can be read: a card without a name, a card inside
// a card, a line that is no property or a card that never ends still come back, with
// `problems` saying what was wrong, so one bad card never hides the others.
[[nodiscard]] QList<ContactCard> readVCards(const QString &text);
// Every card in a .vcf text; an error when there is none or one is malformed.
[[nodiscard]] Result<QList<ContactCard>> parseVCards(const QByteArray &data);
[[nodiscard]] Result<ContactCard> parseMeCard(const QString &text);
} // namespace contactcard

} // namespace kl
