#include "importwords.h"

#include "schoollanguage.h"

#include <QHash>

namespace kl::server {

namespace {

struct Pair
{
    const char *dutch;
    const char *english;
};

} // namespace

ImportWords ImportWords::of(const ApiRequest &request)
{
    return ImportWords(request.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en") ? Language::English
                                                                                                 : Language::Dutch);
}

QString ImportWords::say(const char *dutch, const char *english) const
{
    return QString::fromUtf8(m_language == Language::English ? english : dutch);
}

QString ImportWords::label(const QString &column) const
{
    static const QHash<QString, Pair> labels { { QStringLiteral("name"), { "naam van de organisatie", "organisation name" } },
        { QStringLiteral("street"), { "straat", "street" } }, { QStringLiteral("postal_code"), { "postcode", "postal code" } },
        { QStringLiteral("city"), { "plaats", "city" } }, { QStringLiteral("website"), { "website", "website" } },
        { QStringLiteral("title"), { "functie", "function" } }, { QStringLiteral("given_name"), { "voornaam", "given name" } },
        { QStringLiteral("family_name"), { "achternaam", "family name" } },
        { QStringLiteral("mobile"), { "mobiel nummer", "mobile number" } },
        { QStringLiteral("landline"), { "vast nummer", "landline number" } },
        { QStringLiteral("email"), { "e-mailadres", "e-mail address" } }, { QStringLiteral("photo"), { "foto", "photo" } },
        { QStringLiteral("name_prefix"), { "titel", "title" } }, { QStringLiteral("middle_name"), { "tweede voornaam", "middle name" } },
        { QStringLiteral("name_suffix"), { "achtervoegsel", "suffix" } },
        { QStringLiteral("extra_phones"), { "extra telefoonnummer", "other phone number" } },
        { QStringLiteral("extra_emails"), { "extra e-mailadres", "other e-mail address" } },
        { QStringLiteral("note"), { "notitie", "note" } } };
    const auto it = labels.constFind(column);
    return it == labels.cend() ? column : say(it->dutch, it->english);
}

QString ImportWords::violation(const fieldrules::Violation &v, const QString &value) const
{
    const QString name = label(v.column);
    const QString shown = value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
    if (v.code == QLatin1String("field-too-long")) {
        const fieldrules::Column *c = fieldrules::column(v.table, v.column);
        const bool list = c && (c->kind == fieldrules::Kind::PhoneList || c->kind == fieldrules::Kind::EmailList);
        if (list) {
            return say("%1: meer dan %2", "%1: more than %2").arg(name).arg(fieldrules::kListMax);
        }
        return say("%1 is te lang (%2 tekens, hoogstens %3)", "%1 is too long (%2 characters, at most %3)")
            .arg(name)
            .arg(value.size())
            .arg(c ? c->maxLength : 0);
    }
    if (v.code == QLatin1String("phone-invalid")) {
        return say("%1 ‘%2’ is geen geldig telefoonnummer", "%1 ‘%2’ is not a valid phone number").arg(name, shown);
    }
    if (v.code == QLatin1String("email-invalid")) {
        return say("%1 ‘%2’ is geen geldig e-mailadres", "%1 ‘%2’ is not a valid e-mail address").arg(name, shown);
    }
    if (v.code == QLatin1String("url-invalid")) {
        return say("%1 ‘%2’ is geen geldig webadres (http of https)", "%1 ‘%2’ is not a valid web address (http or https)")
            .arg(name, shown);
    }
    if (v.code == QLatin1String("field-control")) {
        return say("%1 bevat onzichtbare stuurtekens", "%1 contains invisible control characters").arg(name);
    }
    if (v.code == QLatin1String("name-required")) {
        return say("geen voornaam en geen achternaam", "neither a given name nor a family name");
    }
    return say("%1 ‘%2’ is ongeldig", "%1 ‘%2’ is not valid").arg(name, shown);
}

QString ImportWords::unkept(const QString &item) const
{
    static const QHash<QString, Pair> words { { QStringLiteral("FAX"), { "faxnummer", "fax number" } },
        { QStringLiteral("PAGER"), { "piepernummer", "pager number" } }, { QStringLiteral("EXT"), { "toestelnummer", "extension" } },
        { QStringLiteral("ROLE"), { "tweede functie (ROLE)", "second function (ROLE)" } },
        { QStringLiteral("BDAY"), { "verjaardag", "birthday" } }, { QStringLiteral("NICKNAME"), { "bijnaam", "nickname" } },
        { QStringLiteral("IMPP"), { "chat-adres", "chat address" } }, { QStringLiteral("GEO"), { "coördinaten", "coordinates" } },
        { QStringLiteral("ANNIVERSARY"), { "trouwdag", "anniversary" } }, { QStringLiteral("GENDER"), { "geslacht", "gender" } },
        { QStringLiteral("LOGO"), { "logo", "logo" } }, { QStringLiteral("AGENT"), { "ingesloten kaart (AGENT)", "embedded card (AGENT)" } },
        { QStringLiteral("TZ"), { "tijdzone", "time zone" } }, { QStringLiteral("LANG"), { "taal", "language" } },
        { QStringLiteral("RELATED"), { "relatie", "relation" } } };
    const QString key = item.section(QLatin1Char(' '), 0, 0);
    const QString rest = item.section(QLatin1Char(' '), 1);
    const auto it = words.constFind(key);
    if (it == words.cend()) {
        return item;
    }
    const QString word = say(it->dutch, it->english);
    return rest.isEmpty() ? word : word + QLatin1Char(' ') + rest;
}

QString ImportWords::problem(const CardProblem &p) const
{
    const QString text = m_language == Language::English ? QString::fromUtf8(p.source)
                                                         : schoollanguage::dutch("kl::ContactCard", p.source);
    return p.arg.isEmpty() ? text : text.arg(p.arg);
}

} // namespace kl::server
