#include "cardwriter.h"

#include "vcard.h"

#include <QMimeDatabase>
#include <QUuid>

namespace kl::server {

namespace {

QString noteText(const StaffCard &c)
{
    return c.presence.isEmpty() ? QString() : QStringLiteral("Op school: ") + c.presence.join(QStringLiteral("; "));
}

QByteArray version4(const StaffCard &c)
{
    VCardData d;
    d.uid = c.personId; // VCard::write prefixes urn:uuid:
    d.givenName = c.givenName;
    d.familyName = c.familyName;
    d.organisation = c.organisation;
    d.title = c.functions.join(QStringLiteral(", "));
    d.mobile = c.mobile;
    d.landline = c.landline;
    d.email = c.email;
    d.url = c.website;
    d.note = noteText(c);
    d.photo = c.photo;
    if (c.givenName.isEmpty() && c.familyName.isEmpty()) {
        d.organisation = c.organisation.isEmpty() ? c.displayName() : c.organisation; // the FN VCard::write falls back to
    }
    QByteArray out = VCard::write(d);
    if (!c.whatsapp.isEmpty()) {
        // The second mobile number, typed like the first: after the card's other TEL lines.
        const QByteArray line = VCard::fold(QStringLiteral("TEL;VALUE=uri;TYPE=\"cell,text\":tel:%1").arg(c.whatsapp).toUtf8()) + "\r\n";
        const qsizetype end = out.lastIndexOf("END:VCARD");
        out.insert(end, line);
    }
    return out;
}

QByteArray version3(const StaffCard &c)
{
    QList<QByteArray> lines;
    auto add = [&](const QString &line) { lines << VCard::fold(line.toUtf8()); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(QStringLiteral("VERSION:3.0"));
    add(QStringLiteral("PRODID:-//KorteLijn//KorteLijn//NL"));
    add(QStringLiteral("UID:") + cardwriter::uid(c.personId));
    add(QStringLiteral("N:%1;%2;;;").arg(VCard::escape(c.familyName), VCard::escape(c.givenName)));
    add(QStringLiteral("FN:") + VCard::escape(c.displayName()));
    if (!c.organisation.isEmpty()) {
        add(QStringLiteral("ORG:") + VCard::escape(c.organisation));
    }
    if (!c.functions.isEmpty()) {
        add(QStringLiteral("TITLE:") + VCard::escape(c.functions.join(QStringLiteral(", "))));
    }
    if (!c.mobile.isEmpty()) {
        add(QStringLiteral("TEL;TYPE=CELL,VOICE,PREF:") + c.mobile);
    }
    if (!c.whatsapp.isEmpty()) {
        add(QStringLiteral("TEL;TYPE=CELL:") + c.whatsapp);
    }
    if (!c.landline.isEmpty()) {
        add(QStringLiteral("TEL;TYPE=WORK,VOICE:") + c.landline);
    }
    if (!c.email.isEmpty()) {
        add(QStringLiteral("EMAIL;TYPE=INTERNET,WORK:") + VCard::escape(c.email));
    }
    if (!c.website.isEmpty()) {
        add(QStringLiteral("URL:") + c.website);
    }
    if (const QString note = noteText(c); !note.isEmpty()) {
        add(QStringLiteral("NOTE:") + VCard::escape(note));
    }
    if (!c.photo.isEmpty()) {
        const bool png = QMimeDatabase().mimeTypeForData(c.photo).name() == QLatin1String("image/png");
        add(QStringLiteral("PHOTO;ENCODING=b;TYPE=%1:").arg(png ? QStringLiteral("PNG") : QStringLiteral("JPEG"))
            + QString::fromLatin1(c.photo.toBase64()));
    }
    add(QStringLiteral("END:VCARD"));
    return lines.join("\r\n") + "\r\n";
}

} // namespace

QString cardwriter::uid(const QString &personId)
{
    return QUuid::fromString(personId).isNull() ? personId : QStringLiteral("urn:uuid:") + personId;
}

QByteArray cardwriter::write(const StaffCard &card, VCardVersion version)
{
    return version == VCardVersion::V4 ? version4(card) : version3(card);
}

} // namespace kl::server
