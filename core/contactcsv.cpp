#include "contactcsv.h"

#include "textfold.h"

#include <QCoreApplication>
#include <QHash>

namespace kl::contactcsv {

namespace {

QChar detectDelimiter(const QString &line)
{
    int semi = 0, comma = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            semi += c == u';';
            comma += c == u',';
            tab += c == u'\t';
        }
    }
    if (tab > semi && tab > comma) {
        return QLatin1Char('\t');
    }
    return semi >= comma && semi > 0 ? QLatin1Char(';') : QLatin1Char(',');
}

// Header words (folded) -> field. Google, Outlook (EN, NL) and the Dutch spreadsheet.
const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> n = [] {
        QHash<QString, QString> h;
        auto add = [&h](const char *field, std::initializer_list<const char *> headers) {
            for (const char *header : headers) {
                h.insert(text::fold(QString::fromUtf8(header)), QString::fromLatin1(field));
            }
        };
        add("organisation", { "organisatie", "organisation", "organization", "bedrijf", "company", "organisatienaam",
                                "organization 1 name", "organization name", "instelling" });
        add("category", { "categorie", "category", "soort", "type organisatie" });
        add("categories", { "categories", "categorieën", "group membership", "labels", "groepen" });
        add("title", { "functie", "function", "job title", "organization 1 title", "organization title", "rol" });
        add("prefix", { "name prefix", "titel", "aanhef", "prefix" });
        add("given", { "voornaam", "given name", "first name", "roepnaam" });
        add("middle", { "additional name", "middle name", "middelste naam", "tweede voornaam" });
        add("infix", { "tussenvoegsel", "tussenvoegsels", "voorvoegsel" });
        add("family", { "achternaam", "family name", "last name", "surname", "naam" });
        add("suffix", { "name suffix", "suffix", "achtervoegsel" });
        add("mobile", { "mobiel", "mobile", "mobile phone", "mobiele telefoon", "mobiel nummer", "gsm", "06" });
        add("landline", { "telefoon", "phone", "landline", "business phone", "business phone 2", "telefoon op werk",
                            "telefoon op werk 2", "telefoonnummer", "vast", "vaste telefoon", "primary phone",
                            "company main phone", "hoofdtelefoon bedrijf", "home phone", "telefoon thuis",
                            "other phone", "overige telefoon" });
        add("other_phones", { "andere telefoonnummers", "other phones", "overige telefoonnummers", "extra telefoonnummers" });
        add("other_emails", { "andere e mailadressen", "other e mails", "other e mail addresses", "extra e mailadressen" });
        add("fax", { "business fax", "fax op werk", "fax", "home fax", "fax thuis" });
        add("email", { "e mail", "email", "e mail address", "e mail 2 address", "e mail 3 address", "e mailadres",
                         "e mailadres 2", "e mailadres 3", "emailadres", "mail" });
        add("website", { "website", "web page", "webpagina", "website 1 value", "url", "internet" });
        add("street", { "straat", "street", "adres", "address", "business street", "werkadres", "werkadres straat",
                          "straat werk", "address 1 street", "straatnaam en huisnummer" });
        add("postal", { "postcode", "postal code", "zip", "business postal code", "postcode werk",
                          "werkadres postcode", "address 1 postal code" });
        add("city", { "plaats", "city", "woonplaats", "business city", "plaats werk", "werkadres plaats",
                        "address 1 city" });
        add("note", { "notitie", "notities", "notes", "note", "opmerking", "opmerkingen", "toelichting" });
        add("photo", { "photo", "foto" });
        add("uid", { "uid", "id" });
        return h;
    }();
    return n;
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p.trimmed();
        }
    }
    return kept.join(QLatin1Char(' '));
}

// Google writes several values in one cell as "a ::: b".
QStringList values(const QString &cell)
{
    QStringList out;
    for (const QString &v : cell.split(QStringLiteral(" ::: "))) {
        if (!v.trimmed().isEmpty()) {
            out << v.trimmed();
        }
    }
    return out;
}

} // namespace

const QStringList &fields()
{
    static const QStringList f { QStringLiteral("organisation"), QStringLiteral("category"), QStringLiteral("categories"),
        QStringLiteral("title"), QStringLiteral("prefix"), QStringLiteral("given"), QStringLiteral("middle"),
        QStringLiteral("infix"), QStringLiteral("family"), QStringLiteral("suffix"), QStringLiteral("mobile"),
        QStringLiteral("landline"), QStringLiteral("phone"), QStringLiteral("phone_type"), QStringLiteral("fax"),
        QStringLiteral("other_phones"), QStringLiteral("email"), QStringLiteral("other_emails"), QStringLiteral("website"), QStringLiteral("street"), QStringLiteral("postal"),
        QStringLiteral("city"), QStringLiteral("note"), QStringLiteral("photo"), QStringLiteral("uid") };
    return f;
}

Table parse(const QString &input)
{
    Table t;
    QString text = input;
    int line = 1;
    // Excel's first line naming the separator: "sep=;" (possibly quoted, possibly "sep=,").
    {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QString first = text.left(end < 0 ? text.size() : end).trimmed().remove(QLatin1Char('"'));
        if (first.size() == 5 && first.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
            t.sepLine = true;
            t.delimiter = first.at(4);
            text = end < 0 ? QString() : text.mid(end + 1);
            line = 2;
        }
    }
    if (!t.sepLine) {
        t.delimiter = detectDelimiter(text.section(QLatin1Char('\n'), 0, 0));
    }
    QList<Row> rows;
    Row row { line, {} };
    QString cell;
    bool quoted = false;
    bool any = false;
    auto endRow = [&] {
        row.cells << cell;
        cell.clear();
        bool empty = true;
        for (const QString &c : std::as_const(row.cells)) {
            empty = empty && c.trimmed().isEmpty();
        }
        if (!empty) {
            rows << row;
        }
        row = Row { line, {} };
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == t.delimiter) {
            row.cells << cell;
            cell.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            while (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\r') {
                ++i; // CR CR LF
            }
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            ++line;
            endRow();
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        endRow();
    }
    if (!rows.isEmpty()) {
        t.header = rows.takeFirst().cells;
        for (QString &h : t.header) {
            h = h.trimmed();
        }
    }
    t.rows = rows;
    return t;
}

QString guessField(const QString &header, const QStringList &allHeaders)
{
    const QString key = text::fold(header);
    // Google's "Phone 1 - Value" with its "Phone 1 - Type" (or "- Label") beside it.
    if (key.startsWith(QLatin1String("phone ")) && key.endsWith(QLatin1String(" value"))) {
        return QStringLiteral("phone");
    }
    if (key.startsWith(QLatin1String("phone ")) && (key.endsWith(QLatin1String(" type")) || key.endsWith(QLatin1String(" label")))) {
        return QStringLiteral("phone_type");
    }
    if (key.startsWith(QLatin1String("e mail ")) && key.endsWith(QLatin1String(" value"))) {
        return QStringLiteral("email");
    }
    if (key.startsWith(QLatin1String("website ")) && key.endsWith(QLatin1String(" value"))) {
        return QStringLiteral("website");
    }
    // Outlook's "Title" is the honorific ("Dr.") when a "Job Title" column is there too.
    if (key == QLatin1String("title")) {
        for (const QString &h : allHeaders) {
            if (text::fold(h) == QLatin1String("job title")) {
                return QStringLiteral("prefix");
            }
        }
        return QStringLiteral("title");
    }
    return names().value(key);
}

QStringList guessMapping(const QStringList &header)
{
    QStringList out;
    bool organisationSeen = false;
    for (const QString &h : header) {
        QString f = guessField(h, header);
        // "naam" is the family name in a person list, but with no organisation column
        // before it a list of organisations ("naam;categorie;plaats").
        if (f == QLatin1String("organisation")) {
            organisationSeen = true;
        }
        out << f;
    }
    if (!organisationSeen) {
        for (int i = 0; i < header.size(); ++i) {
            if (text::fold(header.at(i)) == QLatin1String("naam") && !out.contains(QStringLiteral("given"))) {
                out[i] = QStringLiteral("organisation");
            }
        }
    }
    return out;
}

QList<ContactCard> cards(const Table &table, const QStringList &mapping)
{
    QList<ContactCard> out;
    out.reserve(table.rows.size());
    for (const Row &row : table.rows) {
        ContactCard c;
        c.version = QStringLiteral("csv");
        c.line = row.line;
        QString infix;
        for (int i = 0; i < row.cells.size(); ++i) {
            const QString f = mapping.value(i);
            const QString v = row.cells.at(i).trimmed();
            if (v.isEmpty() || f == QLatin1String("phone_type")) {
                continue;
            }
            if (f.isEmpty()) {
                if (i >= table.header.size()) {
                    c.problems << CardProblem { QT_TRANSLATE_NOOP("kl::ContactCard", "more cells than the header names"), {} };
                } else {
                    c.unkept << QStringLiteral("%1 %2").arg(table.header.at(i), v.left(60));
                }
                continue;
            }
            auto append = [](QString &target, const QString &value) {
                target = target.isEmpty() ? value : target + QLatin1Char('\n') + value;
            };
            if (f == QLatin1String("organisation")) {
                c.organisation = v;
            } else if (f == QLatin1String("category")) {
                c.categories.prepend(v);
            } else if (f == QLatin1String("categories")) {
                for (const QString &cat : values(v)) {
                    if (!cat.startsWith(u'*')) { // Google's "* myContacts", "* starred"
                        c.categories << cat;
                    }
                }
            } else if (f == QLatin1String("title")) {
                c.title = v;
            } else if (f == QLatin1String("prefix")) {
                c.namePrefix = v;
            } else if (f == QLatin1String("given")) {
                c.givenName = v;
            } else if (f == QLatin1String("middle")) {
                c.middleName = v;
            } else if (f == QLatin1String("infix")) {
                infix = v;
            } else if (f == QLatin1String("family")) {
                c.familyName = v;
            } else if (f == QLatin1String("suffix")) {
                c.nameSuffix = v;
            } else if (f == QLatin1String("mobile")) {
                c.mobile << values(v);
            } else if (f == QLatin1String("landline")) {
                c.landline << values(v);
            } else if (f == QLatin1String("other_phones")) {
                c.otherPhones << values(v);
            } else if (f == QLatin1String("other_emails")) {
                c.emails << values(v); // after the first: the export writes "e-mail" before this column
            } else if (f == QLatin1String("fax")) {
                c.unkept << QStringLiteral("FAX %1").arg(v);
            } else if (f == QLatin1String("phone")) {
                // The kind from the Type/Label column of the same number ("Phone 1 - ...").
                const QString prefix = text::fold(table.header.value(i)).section(QLatin1Char(' '), 0, 1);
                QString kind;
                for (int j = 0; j < table.header.size(); ++j) {
                    if (mapping.value(j) == QLatin1String("phone_type")
                        && text::fold(table.header.at(j)).section(QLatin1Char(' '), 0, 1) == prefix) {
                        kind = text::fold(row.cells.value(j));
                    }
                }
                if (kind.contains(QLatin1String("fax"))) {
                    c.unkept << QStringLiteral("FAX %1").arg(v);
                } else if (kind.contains(QLatin1String("mobi")) || kind.contains(QLatin1String("cell"))) {
                    c.mobile << values(v);
                } else {
                    c.landline << values(v);
                }
            } else if (f == QLatin1String("email")) {
                c.emails << values(v);
            } else if (f == QLatin1String("website")) {
                c.urls << values(v);
                c.url = c.urls.value(0);
            } else if (f == QLatin1String("street")) {
                c.street = v;
            } else if (f == QLatin1String("postal")) {
                c.postalCode = v;
            } else if (f == QLatin1String("city")) {
                c.city = v;
            } else if (f == QLatin1String("note")) {
                append(c.note, v);
            } else if (f == QLatin1String("photo")) {
                if (v.startsWith(QLatin1String("http"), Qt::CaseInsensitive)) {
                    c.photoUrl = v;
                } else {
                    c.photo = QByteArray::fromBase64(v.toLatin1());
                }
            } else if (f == QLatin1String("uid")) {
                c.uid = v;
            }
        }
        if (!infix.isEmpty()) {
            c.familyName = joined({ infix, c.familyName });
        }
        if (!c.street.isEmpty() || !c.city.isEmpty() || !c.postalCode.isEmpty()) {
            c.addresses << ContactAddress { c.street, c.postalCode, c.city };
        }
        out << c;
    }
    return out;
}

} // namespace kl::contactcsv
