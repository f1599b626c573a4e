#include "contactcard.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QRegularExpression>
#include <QUrl>

namespace kl {

namespace {

Error malformed(const QString &detail)
{
    return Error { QStringLiteral("card.malformed"),
        QCoreApplication::translate("kl::ContactCard", "This contact card cannot be read (%1).").arg(detail) };
}

struct Property
{
    QString name; // upper case, group stripped
    QHash<QString, QStringList> params; // upper-case keys; TYPE values lower case
    QString value; // raw, still escaped
};

// RFC 6350 3.2: a line starting with space or tab continues the previous one. vCard 2.1
// quoted-printable soft line breaks ("=" at the end) continue as well.
QStringList unfold(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (const QString &line : raw) {
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !lines.isEmpty()) {
            lines.last() += line.mid(1);
        } else if (!lines.isEmpty() && lines.last().endsWith(QLatin1Char('='))
            && lines.last().contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive)) {
            lines.last().chop(1);
            lines.last() += line;
        } else {
            lines << line;
        }
    }
    return lines;
}

std::optional<Property> parseLine(const QString &line)
{
    // The first ':' outside a quoted parameter value separates name+params from the value.
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (c == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon <= 0) {
        return std::nullopt;
    }
    Property p;
    p.value = line.mid(colon + 1);
    const QStringList head = line.left(colon).split(QLatin1Char(';'));
    QString name = head.first().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf(QLatin1Char('.')); dot >= 0) {
        name = name.mid(dot + 1); // "item1.TEL" -> "TEL"
    }
    p.name = name;
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString param = head.at(i).trimmed();
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        QString key = eq < 0 ? QStringLiteral("TYPE") : param.left(eq).trimmed().toUpper(); // 2.1: bare "CELL"
        QString value = eq < 0 ? param : param.mid(eq + 1);
        value.remove(QLatin1Char('"'));
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            p.params[key] << (key == QLatin1String("TYPE") ? v.trimmed().toLower() : v.trimmed());
        }
    }
    return p;
}

QString unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar n = value.at(++i);
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

// Splits a structured value on unescaped ';' (N, ADR, ORG).
QStringList components(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == u';') {
            parts << unescape(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts << unescape(current);
    return parts;
}

QString decodeQuotedPrintable(const QString &value, const QString &charset)
{
    QByteArray bytes;
    const QByteArray in = value.toLatin1();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes += char(byte);
                i += 2;
                continue;
            }
        }
        bytes += in.at(i);
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    return decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
}

QString valueOf(const Property &p)
{
    if (p.params.value(QStringLiteral("ENCODING")).contains(QStringLiteral("QUOTED-PRINTABLE"), Qt::CaseInsensitive)) {
        return decodeQuotedPrintable(p.value, p.params.value(QStringLiteral("CHARSET")).value(0));
    }
    return p.value;
}

QByteArray photoOf(const Property &p)
{
    const QString v = p.value.trimmed();
    if (v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) { // 4.0: data URI
        const qsizetype comma = v.indexOf(QLatin1Char(','));
        if (comma > 0 && v.left(comma).contains(QLatin1String(";base64"), Qt::CaseInsensitive)) {
            return QByteArray::fromBase64(v.mid(comma + 1).toLatin1());
        }
        return {};
    }
    const QStringList enc = p.params.value(QStringLiteral("ENCODING"));
    if (enc.contains(QStringLiteral("b"), Qt::CaseInsensitive) || enc.contains(QStringLiteral("BASE64"), Qt::CaseInsensitive)) {
        return QByteArray::fromBase64(v.toLatin1());
    }
    return {}; // a URL to fetch: never fetched (privacy, offline)
}

void addTel(ContactCard &card, const Property &p)
{
    QString number = unescape(valueOf(p));
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        number = QUrl::fromPercentEncoding(number.mid(4).toUtf8());
    }
    const QStringList types = p.params.value(QStringLiteral("TYPE"));
    const bool mobile = types.contains(QStringLiteral("cell")) || types.contains(QStringLiteral("iphone"))
        || types.contains(QStringLiteral("mobile"));
    if (types.contains(QStringLiteral("fax"))) {
        return;
    }
    (mobile ? card.mobile : card.landline) << number;
}

} // namespace

QString ContactCard::displayName() const
{
    if (!formattedName.trimmed().isEmpty()) {
        return formattedName.trimmed();
    }
    return QStringList { givenName, familyName }.join(QLatin1Char(' ')).trimmed();
}

Result<QList<ContactCard>> contactcard::parseVCards(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QList<ContactCard> cards;
    std::optional<ContactCard> current;
    int lineNo = 0;
    for (const QString &line : unfold(text)) {
        ++lineNo;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto prop = parseLine(line);
        if (!prop) {
            if (current) {
                return malformed(QCoreApplication::translate("kl::ContactCard", "line %1").arg(lineNo));
            }
            continue;
        }
        if (prop->name == QLatin1String("BEGIN") && prop->value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (current) {
                return malformed(QCoreApplication::translate("kl::ContactCard", "a card inside a card"));
            }
            current = ContactCard {};
            continue;
        }
        if (!current) {
            continue;
        }
        if (prop->name == QLatin1String("END")) {
            if (current->displayName().isEmpty() && current->organisation.isEmpty()) {
                return malformed(QCoreApplication::translate("kl::ContactCard", "a card without a name"));
            }
            cards << *current;
            current.reset();
            continue;
        }
        ContactCard &c = *current;
        const QString &n = prop->name;
        if (n == QLatin1String("VERSION")) {
            c.version = prop->value.trimmed();
        } else if (n == QLatin1String("FN")) {
            c.formattedName = unescape(valueOf(*prop));
        } else if (n == QLatin1String("N")) {
            const QStringList parts = components(valueOf(*prop));
            c.familyName = parts.value(0);
            c.givenName = parts.value(1);
        } else if (n == QLatin1String("ORG")) {
            c.organisation = components(valueOf(*prop)).value(0);
        } else if (n == QLatin1String("TITLE")) {
            c.title = unescape(valueOf(*prop));
        } else if (n == QLatin1String("ROLE") && c.title.isEmpty()) {
            c.title = unescape(valueOf(*prop));
        } else if (n == QLatin1String("TEL")) {
            addTel(c, *prop);
        } else if (n == QLatin1String("EMAIL")) {
            QString mail = unescape(valueOf(*prop));
            if (mail.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
                mail = mail.mid(7);
            }
            c.emails << mail;
        } else if (n == QLatin1String("URL")) {
            c.url = unescape(valueOf(*prop));
        } else if (n == QLatin1String("NOTE")) {
            c.note = unescape(valueOf(*prop));
        } else if (n == QLatin1String("ADR") && c.street.isEmpty()) {
            const QStringList parts = components(valueOf(*prop));
            c.street = parts.value(2);
            c.city = parts.value(3);
            c.postalCode = parts.value(5);
        } else if (n == QLatin1String("PHOTO")) {
            c.photo = photoOf(*prop);
        }
    }
    if (current) {
        return malformed(QCoreApplication::translate("kl::ContactCard", "the card does not end"));
    }
    if (cards.isEmpty()) {
        return Error { QStringLiteral("card.none"),
            QCoreApplication::translate("kl::ContactCard", "There is no contact card in this text.") };
    }
    return cards;
}

Result<ContactCard> contactcard::parseMeCard(const QString &input)
{
    QString text = input.trimmed();
    if (!text.startsWith(QLatin1String("MECARD:"), Qt::CaseInsensitive)) {
        return Error { QStringLiteral("card.none"),
            QCoreApplication::translate("kl::ContactCard", "There is no contact card in this text.") };
    }
    text = text.mid(7);
    ContactCard c;
    c.version = QStringLiteral("mecard");
    // Fields "KEY:value;" with \ escaping ; : , and \ itself.
    QString field;
    auto flush = [&]() {
        const qsizetype colon = field.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = field.left(colon).toUpper();
            const QString value = field.mid(colon + 1).trimmed();
            if (key == QLatin1String("N")) {
                const QStringList parts = value.split(QLatin1Char(','));
                c.familyName = parts.value(0).trimmed();
                c.givenName = parts.value(1).trimmed();
            } else if (key == QLatin1String("TEL")) {
                c.mobile << value;
            } else if (key == QLatin1String("EMAIL")) {
                c.emails << value;
            } else if (key == QLatin1String("ORG")) {
                c.organisation = value;
            } else if (key == QLatin1String("TITLE")) {
                c.title = value;
            } else if (key == QLatin1String("URL")) {
                c.url = value;
            } else if (key == QLatin1String("NOTE")) {
                c.note = value;
            } else if (key == QLatin1String("ADR")) {
                c.street = value;
            }
        }
        field.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'\\' && i + 1 < text.size()) {
            field += QChar(u'\x01'); // keep escaped separators out of the split below
            field += text.at(++i);
        } else if (ch == u';') {
            field.remove(QChar(u'\x01'));
            flush();
        } else {
            field += ch;
        }
    }
    field.remove(QChar(u'\x01'));
    flush();
    if (c.displayName().isEmpty()) {
        return malformed(QCoreApplication::translate("kl::ContactCard", "a card without a name"));
    }
    return c;
}

} // namespace kl
