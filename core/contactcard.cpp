#include "contactcard.h"

#include "textdecode.h"

#include <QCoreApplication>
#include <QHash>
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

struct Logical
{
    QString text;
    int line = 0; // the physical line it starts on, from 1
};

// Line ends as exporters write them: CRLF, LF, CR, and iPhone's CR CR LF, all one break.
QStringList physicalLines(const QString &text)
{
    QString t = text;
    t.replace(QLatin1String("\r\r\n"), QLatin1String("\n"));
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.split(QLatin1Char('\n'));
}

bool isQuotedPrintableHead(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    return colon > 0 && line.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

// RFC 6350 3.2: a line starting with space or tab continues the previous one. vCard 2.1
// quoted-printable soft line breaks ("=" at the end) continue as well, and 2.1 base64
// blocks continue on indented lines until an empty one.
QList<Logical> unfold(const QString &text)
{
    QList<Logical> lines;
    int no = 0;
    for (const QString &line : physicalLines(text)) {
        ++no;
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && !lines.isEmpty()) {
            lines.last().text += line.mid(1);
        } else if (!lines.isEmpty() && lines.last().text.endsWith(QLatin1Char('='))
            && isQuotedPrintableHead(lines.last().text)) {
            lines.last().text.chop(1);
            lines.last().text += line;
        } else {
            lines << Logical { line, no };
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

// Splits a value on an unescaped separator: ';' between the components of N, ADR and ORG,
// ',' between the items of CATEGORIES.
QStringList components(const QString &value, QChar separator = QLatin1Char(';'))
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
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
    if (charset.compare(QLatin1String("windows-1252"), Qt::CaseInsensitive) == 0
        || charset.compare(QLatin1String("cp1252"), Qt::CaseInsensitive) == 0) {
        return textdecode::fromWindows1252(bytes);
    }
    QStringDecoder decoder(charset.isEmpty() ? "UTF-8" : charset.toLatin1().constData());
    return decoder.isValid() ? decoder.decode(bytes) : QString::fromUtf8(bytes);
}

bool hasParam(const Property &p, const QString &key, const QString &value)
{
    return p.params.value(key).contains(value, Qt::CaseInsensitive);
}

// ENCODING=QUOTED-PRINTABLE, or vCard 2.1's bare "QUOTED-PRINTABLE" (read as a TYPE).
QString valueOf(const Property &p)
{
    if (hasParam(p, QStringLiteral("ENCODING"), QStringLiteral("QUOTED-PRINTABLE"))
        || hasParam(p, QStringLiteral("TYPE"), QStringLiteral("quoted-printable"))) {
        return decodeQuotedPrintable(p.value, p.params.value(QStringLiteral("CHARSET")).value(0));
    }
    if (const QString charset = p.params.value(QStringLiteral("CHARSET")).value(0); !charset.isEmpty()
        && charset.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0) {
        // 8-bit text in a declared charset, read as Latin-1 by the caller's decoding: decode again.
        const QByteArray raw = p.value.toLatin1();
        if (p.value == QString::fromLatin1(raw)) {
            QStringDecoder decoder(charset.toLatin1().constData());
            if (decoder.isValid()) {
                return decoder.decode(raw);
            }
        }
    }
    return p.value;
}

// A photo inline in every way exporters write it: a 4.0 data: URI, ENCODING=b (3.0),
// ENCODING=BASE64 (2.1) and Mac Address Book's bare ";BASE64". A link is noted, not fetched.
void readPhoto(ContactCard &card, const Property &p)
{
    const QString v = p.value.trimmed();
    if (v.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = v.indexOf(QLatin1Char(','));
        if (comma > 0 && v.left(comma).contains(QLatin1String(";base64"), Qt::CaseInsensitive)) {
            card.photo = QByteArray::fromBase64(v.mid(comma + 1).toLatin1());
        } else {
            card.problems << CardProblem { QT_TRANSLATE_NOOP("kl::ContactCard", "the photo is not in base64 and was left out"), {} };
        }
        return;
    }
    const bool base64 = hasParam(p, QStringLiteral("ENCODING"), QStringLiteral("b"))
        || hasParam(p, QStringLiteral("ENCODING"), QStringLiteral("BASE64"))
        || hasParam(p, QStringLiteral("TYPE"), QStringLiteral("base64")) || hasParam(p, QStringLiteral("TYPE"), QStringLiteral("b"));
    if (base64) {
        card.photo = QByteArray::fromBase64(QString(v).remove(QLatin1Char(' ')).toLatin1());
        return;
    }
    card.photoUrl = v;
}

void addTel(ContactCard &card, const Property &p)
{
    QString number = unescape(valueOf(p));
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        // RFC 3966: tel:+31-30-1234567;ext=12;phone-context=... The extension has no place.
        QStringList parts = number.mid(4).split(QLatin1Char(';'));
        number = QUrl::fromPercentEncoding(parts.takeFirst().toUtf8());
        for (const QString &param : std::as_const(parts)) {
            if (param.startsWith(QLatin1String("ext="), Qt::CaseInsensitive)) {
                card.unkept << QStringLiteral("EXT %1 (%2)").arg(param.mid(4), number);
            }
        }
    }
    const QStringList types = p.params.value(QStringLiteral("TYPE"));
    const bool mobile = types.contains(QStringLiteral("cell")) || types.contains(QStringLiteral("iphone"))
        || types.contains(QStringLiteral("mobile"));
    if (types.contains(QStringLiteral("fax"))) {
        card.unkept << QStringLiteral("FAX %1").arg(number);
        return;
    }
    if (types.contains(QStringLiteral("pager"))) {
        card.unkept << QStringLiteral("PAGER %1").arg(number);
        return;
    }
    if (!mobile && (types.contains(QStringLiteral("x-other")) || types.contains(QStringLiteral("other")))) {
        card.otherPhones << number;
        return;
    }
    (mobile ? card.mobile : card.landline) << number;
}

// Properties that describe the file, not the contact: never reported as left out.
bool isHousekeeping(const QString &name)
{
    static const QStringList names { QStringLiteral("VERSION"), QStringLiteral("PRODID"), QStringLiteral("REV"),
        QStringLiteral("KIND"), QStringLiteral("X-ABLABEL"), QStringLiteral("X-ABUID"), QStringLiteral("SORT-STRING"),
        QStringLiteral("X-ABSHOWAS"), QStringLiteral("CLIENTPIDMAP"), QStringLiteral("SOURCE"), QStringLiteral("NAME"),
        QStringLiteral("PROFILE"), QStringLiteral("LABEL"), QStringLiteral("X-EVOLUTION-FILE-AS"), QStringLiteral("X-MOZILLA-HTML") };
    return names.contains(name);
}

void readProperty(ContactCard &c, const Property &prop)
{
    const QString &n = prop.name;
    if (n == QLatin1String("VERSION")) {
        c.version = prop.value.trimmed();
    } else if (n == QLatin1String("FN")) {
        c.formattedName = unescape(valueOf(prop));
    } else if (n == QLatin1String("N")) {
        const QStringList parts = components(valueOf(prop));
        c.familyName = parts.value(0);
        c.givenName = parts.value(1);
        c.middleName = parts.value(2);
        c.namePrefix = parts.value(3);
        c.nameSuffix = parts.value(4);
    } else if (n == QLatin1String("ORG")) {
        QStringList parts = components(valueOf(prop));
        c.organisation = parts.takeFirst();
        parts.removeAll(QString());
        c.organisationUnit = parts.join(QStringLiteral(", "));
    } else if (n == QLatin1String("TITLE")) {
        c.title = unescape(valueOf(prop));
    } else if (n == QLatin1String("ROLE")) {
        if (c.title.isEmpty()) {
            c.title = unescape(valueOf(prop));
        } else {
            c.unkept << QStringLiteral("ROLE %1").arg(unescape(valueOf(prop)));
        }
    } else if (n == QLatin1String("TEL")) {
        addTel(c, prop);
    } else if (n == QLatin1String("EMAIL")) {
        QString mail = unescape(valueOf(prop));
        if (mail.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
            mail = mail.mid(7);
        }
        c.emails << mail;
    } else if (n == QLatin1String("URL")) {
        c.urls << unescape(valueOf(prop));
        if (c.url.isEmpty()) {
            c.url = c.urls.last();
        }
    } else if (n == QLatin1String("NOTE")) {
        c.note = c.note.isEmpty() ? unescape(valueOf(prop)) : c.note + QLatin1Char('\n') + unescape(valueOf(prop));
    } else if (n == QLatin1String("ADR")) {
        const QStringList parts = components(valueOf(prop));
        // Post office box and extended address (parts 0 and 1) go before the street.
        QStringList street;
        for (int i : { 2, 1, 0 }) {
            if (!parts.value(i).isEmpty()) {
                street << parts.value(i);
            }
        }
        const ContactAddress a { street.join(QStringLiteral(", ")), parts.value(5), parts.value(3) };
        c.addresses << a;
        if (c.addresses.size() == 1) {
            c.street = a.street;
            c.city = a.city;
            c.postalCode = a.postalCode;
        }
    } else if (n == QLatin1String("PHOTO")) {
        readPhoto(c, prop);
    } else if (n == QLatin1String("UID")) {
        c.uid = unescape(prop.value);
    } else if (n == QLatin1String("CATEGORIES")) {
        QStringList items = components(valueOf(prop), QLatin1Char(','));
        items.removeAll(QString());
        c.categories << items;
    } else if (!isHousekeeping(n)) {
        const QString value = unescape(valueOf(prop));
        c.unkept << (value.size() > 60 ? n : QStringLiteral("%1 %2").arg(n, value));
    }
}

} // namespace

QString CardProblem::text() const
{
    const QString t = QCoreApplication::translate("kl::ContactCard", source);
    return arg.isEmpty() ? t : t.arg(arg);
}

QString ContactCard::displayName() const
{
    if (!formattedName.trimmed().isEmpty()) {
        return formattedName.trimmed();
    }
    return QStringList { givenName, familyName }.join(QLatin1Char(' ')).trimmed();
}

QList<ContactCard> contactcard::readVCards(const QString &text)
{
    QList<ContactCard> cards;
    QList<ContactCard> open; // a card inside a card (vCard 2.1 AGENT) is a card of its own
    for (const Logical &logical : unfold(text)) {
        const QString &line = logical.text;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto prop = parseLine(line);
        if (!prop) {
            if (!open.isEmpty()) {
                open.last().problems << CardProblem {
                    QT_TRANSLATE_NOOP("kl::ContactCard", "line %1 is not a property and was left out"), QString::number(logical.line) };
            }
            continue;
        }
        const bool begin = prop->name == QLatin1String("BEGIN")
            && prop->value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0;
        if (begin) {
            if (!open.isEmpty()) {
                open.last().problems << CardProblem {
                    QT_TRANSLATE_NOOP("kl::ContactCard", "a card inside this card (line %1) is read as a card of its own"),
                    QString::number(logical.line) };
            }
            ContactCard fresh;
            fresh.line = logical.line;
            open << fresh;
            continue;
        }
        if (open.isEmpty()) {
            continue;
        }
        if (prop->name == QLatin1String("END")) {
            ContactCard done = open.takeLast();
            if (done.displayName().isEmpty() && done.organisation.isEmpty()) {
                done.problems << CardProblem { QT_TRANSLATE_NOOP("kl::ContactCard", "a card without a name"), {} };
            }
            cards << done;
            continue;
        }
        readProperty(open.last(), *prop);
    }
    while (!open.isEmpty()) {
        ContactCard unfinished = open.takeLast();
        unfinished.problems << CardProblem { QT_TRANSLATE_NOOP("kl::ContactCard", "the card does not end"), {} };
        cards << unfinished;
    }
    std::stable_sort(cards.begin(), cards.end(), [](const ContactCard &a, const ContactCard &b) { return a.line < b.line; });
    return cards;
}

Result<QList<ContactCard>> contactcard::parseVCards(const QByteArray &data)
{
    const QList<ContactCard> cards = readVCards(QString::fromUtf8(data));
    for (const ContactCard &c : cards) {
        if (!c.problems.isEmpty()) {
            return malformed(c.problems.first().text());
        }
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
