#include "vcard.h"

#include "textfold.h"

#include <QMimeDatabase>
#include <QUrl>

namespace kl {

QString VCard::escape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\') {
            out += QStringLiteral("\\\\");
        } else if (c == u',') {
            out += QStringLiteral("\\,");
        } else if (c == u';') {
            out += QStringLiteral("\\;");
        } else if (c == u'\r') {
            if (i + 1 < value.size() && value.at(i + 1) == u'\n') {
                ++i;
            }
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QString VCard::webAddress(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        return {};
    }
    return QString::fromLatin1(url.toEncoded(QUrl::FullyEncoded));
}

QString VCard::phoneNumber(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c >= u'0' && c <= u'9') {
            out += c;
        } else if (c == u'+' && out.isEmpty()) {
            out += c;
        }
    }
    return out == QLatin1String("+") ? QString() : out;
}

QByteArray VCard::fold(const QByteArray &line)
{
    // RFC 6350 3.2: lines SHOULD NOT exceed 75 octets; a continuation line starts with one
    // space, which counts towards its 75. Never cut inside a multi-octet UTF-8 sequence.
    QByteArray out;
    qsizetype pos = 0;
    qsizetype budget = 75;
    while (line.size() - pos > budget) {
        qsizetype cut = pos + budget;
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80) {
            --cut;
        }
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        budget = 74;
    }
    out += line.mid(pos);
    return out;
}

QByteArray VCard::write(const VCardData &c)
{
    const bool v3 = c.version == 3;
    QList<QByteArray> lines;
    auto add = [&](const QString &line) { lines << fold(line.toUtf8()); };
    // A URI value is not text-escaped (RFC 6350 3.3), but a line break would end the line.
    auto uri = [](QString value) { return value.remove(QLatin1Char('\r')).remove(QLatin1Char('\n')).trimmed(); };
    add(QStringLiteral("BEGIN:VCARD"));
    add(v3 ? QStringLiteral("VERSION:3.0") : QStringLiteral("VERSION:4.0"));
    if (!v3) {
        add(QStringLiteral("KIND:individual"));
    }
    QStringList nameParts;
    for (const QString &part : { c.namePrefix, c.givenName, c.middleName, c.familyName, c.nameSuffix }) {
        if (!part.trimmed().isEmpty()) {
            nameParts << part.trimmed();
        }
    }
    QString fn = nameParts.join(QLatin1Char(' '));
    if (fn.isEmpty()) {
        fn = c.organisation.trimmed();
    }
    add(QStringLiteral("FN:") + escape(fn));
    // N: family; given; additional (middle); honorific prefixes; honorific suffixes.
    add(QStringLiteral("N:%1;%2;%3;%4;%5")
            .arg(escape(c.familyName.trimmed()), escape(c.givenName.trimmed()), escape(c.middleName.trimmed()),
                escape(c.namePrefix.trimmed()), escape(c.nameSuffix.trimmed())));
    if (!c.organisation.isEmpty()) {
        add(QStringLiteral("ORG:") + escape(c.organisation));
    }
    if (!c.title.isEmpty()) {
        add(QStringLiteral("TITLE:") + escape(c.title));
    }
    if (const QString mobile = phoneNumber(c.mobile); !mobile.isEmpty()) {
        add(v3 ? QStringLiteral("TEL;TYPE=CELL,VOICE,PREF:") + mobile
               : QStringLiteral("TEL;VALUE=uri;TYPE=\"cell,voice,text\";PREF=1:tel:") + mobile);
    }
    if (const QString landline = phoneNumber(c.landline); !landline.isEmpty()) {
        add(v3 ? QStringLiteral("TEL;TYPE=WORK,VOICE:") + landline
               : QStringLiteral("TEL;VALUE=uri;TYPE=\"work,voice\":tel:") + landline);
    }
    for (const QString &number : c.extraPhones) {
        if (const QString other = phoneNumber(number); !other.isEmpty()) {
            add(v3 ? QStringLiteral("TEL;TYPE=VOICE,X-OTHER:") + other
                   : QStringLiteral("TEL;VALUE=uri;TYPE=\"voice,x-other\":tel:") + other);
        }
    }
    if (!c.email.isEmpty()) {
        add((v3 ? QStringLiteral("EMAIL;TYPE=INTERNET,WORK:") : QStringLiteral("EMAIL;TYPE=work:")) + escape(c.email));
    }
    for (const QString &email : c.extraEmails) {
        if (!email.trimmed().isEmpty()) {
            add((v3 ? QStringLiteral("EMAIL;TYPE=INTERNET:") : QStringLiteral("EMAIL:")) + escape(email.trimmed()));
        }
    }
    if (!c.street.isEmpty() || !c.postalCode.isEmpty() || !c.city.isEmpty()) {
        add(QStringLiteral("ADR;TYPE=%1:;;%2;%3;;%4;")
                .arg(v3 ? QStringLiteral("WORK") : QStringLiteral("work"), escape(c.street), escape(c.city), escape(c.postalCode)));
    }
    if (const QString url = webAddress(c.url); !url.isEmpty()) {
        add(QStringLiteral("URL:") + url);
    }
    if (!c.categories.isEmpty()) {
        QStringList escaped;
        for (const QString &cat : c.categories) {
            escaped << escape(cat);
        }
        add(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    }
    if (!c.note.isEmpty()) {
        add(QStringLiteral("NOTE:") + escape(c.note));
    }
    if (!c.photo.isEmpty()) {
        const QString mime = QMimeDatabase().mimeTypeForData(c.photo).name();
        if (mime == QLatin1String("image/jpeg") || mime == QLatin1String("image/png")) {
            const QString data = QString::fromLatin1(c.photo.toBase64());
            add(v3 ? QStringLiteral("PHOTO;ENCODING=b;TYPE=%1:%2").arg(mime == QLatin1String("image/png") ? QStringLiteral("PNG") : QStringLiteral("JPEG"), data)
                   : QStringLiteral("PHOTO:data:%1;base64,%2").arg(mime, data));
        }
    }
    if (!c.uid.isEmpty()) {
        const QString id = uri(c.uid);
        add(QStringLiteral("UID:") + (id.startsWith(QLatin1String("urn:uuid:")) ? id : QStringLiteral("urn:uuid:") + id));
    }
    add(QStringLiteral("PRODID:-//KorteLijn//KorteLijn//NL"));
    add(QStringLiteral("END:VCARD"));
    return lines.join("\r\n") + "\r\n";
}

QString VCard::fileName(const VCardData &c)
{
    QString base = text::fold(QStringList { c.givenName, c.familyName }.join(QLatin1Char(' ')));
    base = text::words(base).join(QLatin1Char('-'));
    if (base.isEmpty()) {
        base = QStringLiteral("contact");
    }
    return base + QStringLiteral(".vcf");
}

} // namespace kl
