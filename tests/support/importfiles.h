// Import files made from field values, for the suites that throw bad values at the import
// (tst_hostileinput): a CSV with Dutch headers, as Excel writes it, and vCard 4.0 cards,
// each with three people of whom the middle one carries the value under test. Every column
// the import fills has its place; values go in raw (control bytes too), escaped only as
// each format requires.
#pragma once

#undef QT_NO_CAST_FROM_ASCII

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace importfiles {

// table.column -> the value, for one person with organisation and function.
using Person = QHash<QString, QString>;

// The columns the import fills, with the CSV header it recognises for each.
inline const QList<std::pair<QString, QString>> &columns()
{
    static const QList<std::pair<QString, QString>> c {
        { "organisations.name", "organisatie" }, { "organisations.website", "website" },
        { "organisations.street", "straat" }, { "organisations.postal_code", "postcode" },
        { "organisations.city", "plaats" }, { "functions.title", "functie" },
        { "persons.name_prefix", "titel" }, { "persons.given_name", "voornaam" },
        { "persons.middle_name", "tweede voornaam" }, { "persons.family_name", "achternaam" },
        { "persons.name_suffix", "achtervoegsel" }, { "persons.mobile", "mobiel" }, { "persons.landline", "telefoon" },
        { "persons.extra_phones", "andere telefoonnummers" }, { "persons.email", "e-mail" },
        { "persons.extra_emails", "andere e-mailadressen" }, { "persons.note", "notitie" },
    };
    return c;
}

inline bool imported(const QString &table, const QString &column)
{
    for (const auto &[key, header] : columns()) {
        if (key == table + QLatin1Char('.') + column) {
            return true;
        }
    }
    return false;
}

// Three different, valid people (no two match each other or the school's rows).
inline Person person(int n)
{
    const QString i = QString::number(n);
    return { { "organisations.name", "Jeugdteam " + i }, { "organisations.website", "https://jeugdteam" + i + ".example.nl" },
        { "organisations.street", "Laan " + i }, { "organisations.postal_code", "3511 A" + QString(QChar(u'A' + n)) },
        { "organisations.city", "Utrecht" }, { "functions.title", "Jeugdverpleegkundige" },
        { "persons.name_prefix", "dr." }, { "persons.given_name", "Voor" + i }, { "persons.middle_name", "Nur" },
        { "persons.family_name", "Achter" + i }, { "persons.name_suffix", "MSc" },
        { "persons.mobile", "+3161234567" + i }, { "persons.landline", "+3130234567" + i },
        { "persons.extra_phones", "+3120123456" + i }, { "persons.email", "p" + i + "@jeugdteam.example.nl" },
        { "persons.extra_emails", "privé" + i + "@example.nl" }, { "persons.note", "Liever bellen.\nNiet op woensdag." } };
}

inline QByteArray csv(const QList<Person> &people)
{
    auto cell = [](QString v) { return "\"" + v.replace(QLatin1String("\""), QLatin1String("\"\"")).toUtf8() + "\""; };
    QByteArrayList header;
    for (const auto &[key, name] : columns()) {
        header << cell(name);
    }
    QByteArray out = header.join(';') + "\r\n";
    for (const Person &p : people) {
        QByteArrayList cells;
        for (const auto &[key, name] : columns()) {
            cells << cell(p.value(key));
        }
        out += cells.join(';') + "\r\n";
    }
    return out;
}

// RFC 6350 text escaping only (backslash, comma, semicolon, line break): the bytes under
// test stay as they are.
inline QString escaped(QString v)
{
    v.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    v.replace(QLatin1String(","), QLatin1String("\\,"));
    v.replace(QLatin1String(";"), QLatin1String("\\;"));
    v.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return v;
}

inline QByteArray vcards(const QList<Person> &people)
{
    QString out;
    for (const Person &p : people) {
        auto v = [&p](const char *key) { return escaped(p.value(QString::fromLatin1(key))); };
        out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        out += "N:" + v("persons.family_name") + ";" + v("persons.given_name") + ";" + v("persons.middle_name") + ";"
            + v("persons.name_prefix") + ";" + v("persons.name_suffix") + "\r\n";
        out += "ORG:" + v("organisations.name") + "\r\nTITLE:" + v("functions.title") + "\r\n";
        out += "TEL;TYPE=cell:" + p.value("persons.mobile") + "\r\nTEL;TYPE=work:" + p.value("persons.landline") + "\r\n";
        for (const QString &n : p.value("persons.extra_phones").split(QLatin1Char('\n'))) {
            out += "TEL;TYPE=\"voice,x-other\":" + n + "\r\n";
        }
        out += "EMAIL:" + v("persons.email") + "\r\n";
        for (const QString &e : p.value("persons.extra_emails").split(QLatin1Char('\n'))) {
            out += "EMAIL:" + escaped(e) + "\r\n";
        }
        out += "NOTE:" + v("persons.note") + "\r\nURL:" + p.value("organisations.website") + "\r\n";
        out += "ADR;TYPE=work:;;" + v("organisations.street") + ";" + v("organisations.city") + ";;"
            + v("organisations.postal_code") + ";\r\nEND:VCARD\r\n";
    }
    return out.toUtf8();
}

} // namespace importfiles
