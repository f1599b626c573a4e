// vCard 4.0 (RFC 6350), or 3.0 (RFC 2426) for older iOS and Outlook, for "add to my
// phone's contacts", the public partner page and the school list's export. UTF-8, CRLF line ends, text values escaped (\\ \, \; \n) and lines folded at 75
// octets without splitting a UTF-8 sequence.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kl {

struct VCardData
{
    QString uid; // a stable id; written as urn:uuid:<id> (a value already so prefixed is kept)
    QString givenName;
    QString familyName;
    QString middleName;
    QString namePrefix; // "dr."
    QString nameSuffix;
    QString organisation;
    QString title; // the function
    QString mobile; // E.164
    QString landline; // E.164
    QString email;
    QStringList extraPhones; // E.164; written as TEL;TYPE=voice,x-other so a re-import keeps them apart
    QStringList extraEmails;
    QString url;
    QString note;
    QStringList categories;
    QByteArray photo; // JPEG or PNG bytes
    QString street; // the organisation's address (ADR;TYPE=work)
    QString postalCode;
    QString city;
    int version = 4; // 4: RFC 6350; 3: RFC 2426 for older iOS and Outlook
};

class VCard
{
public:
    [[nodiscard]] static QByteArray write(const VCardData &card);
    // Text-value escaping of RFC 6350 section 3.4 (and RFC 2426 5.8.4); other control
    // characters, which no vCard text may hold, are left out.
    [[nodiscard]] static QString escape(const QString &value);
    // A URL value: a web address (http or https, with a host) fully percent-encoded, so no
    // CR, LF, space or quote survives; empty for anything else (javascript:, data:, text).
    [[nodiscard]] static QString webAddress(const QString &value);
    // A TEL value: the number's digits with a leading + if it had one; empty if none.
    [[nodiscard]] static QString phoneNumber(const QString &value);
    // Folds one logical line (no CRLF inside) into CRLF + space continuation lines.
    [[nodiscard]] static QByteArray fold(const QByteArray &line);
    // A file name for the card: "Ayse-Ozturk.vcf".
    [[nodiscard]] static QString fileName(const VCardData &card);
};

} // namespace kl
