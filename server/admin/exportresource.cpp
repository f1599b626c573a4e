// The school list handed out: vCard 4.0 (or 3.0 for older iOS and Outlook) of every
// person with organisation, function, address and category (in the school's language),
// and a CSV that opens right in Dutch Excel (UTF-8 with BOM, ';', every cell quoted) for
// the municipality. The CSV's header is one the import recognises, so it comes back.
#include "adminservices.h"

#include <QRegularExpression>
#include "domain.h"
#include "schoollanguage.h"
#include "vcard.h"

namespace kl::server {

namespace {

struct ExportRow
{
    const ServerRow *person;
    const ServerRow *organisation;
    QString title;
};

QList<ExportRow> rowsOf(const Live &l)
{
    QHash<QString, QString> titleOf; // person -> current function title
    for (const ServerRow *h : l.of(QStringLiteral("holdings"))) {
        if (h->fields.value(QStringLiteral("until")).toString().isEmpty()) {
            if (const ServerRow *f = l.find(QStringLiteral("functions"), str(h->fields, "function_id"))) {
                titleOf.insert(str(h->fields, "person_id"), str(f->fields, "title"));
            }
        }
    }
    QList<ExportRow> out;
    for (const ServerRow *p : l.of(QStringLiteral("persons"))) {
        out << ExportRow { p, l.find(QStringLiteral("organisations"), str(p->fields, "organisation_id")), titleOf.value(p->id) };
    }
    std::sort(out.begin(), out.end(), [](const ExportRow &a, const ExportRow &b) {
        const auto k = [](const ExportRow &r) {
            return QStringList { str(r.person->fields, "family_name"), str(r.person->fields, "given_name"), r.person->id };
        };
        return k(a) < k(b);
    });
    return out;
}

// A list column (one value a line) as its values.
QStringList lines(const QJsonObject &fields, const char *column)
{
    return str(fields, column).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString categoryOf(const ServerRow *org)
{
    if (!org) {
        return {};
    }
    const auto c = categories::fromKey(str(org->fields, "category"));
    return c ? schoollanguage::categoryLabel(*c) : QString();
}

ApiResponse exportVCards(AdminServices &services, const Session &s, const ApiRequest &request)
{
    const QString version = request.query.queryItemValue(QStringLiteral("version"));
    if (!version.isEmpty() && version != QLatin1String("4.0") && version != QLatin1String("3.0")) {
        return problem(400, QStringLiteral("export-version"), QStringLiteral("version is 4.0 or 3.0"), QStringLiteral("version"));
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    QByteArray out;
    const QList<ExportRow> rows = rowsOf(live.value());
    for (const ExportRow &r : rows) {
        const QJsonObject &p = r.person->fields;
        VCardData card;
        card.version = version == QLatin1String("3.0") ? 3 : 4;
        card.uid = r.person->id;
        card.givenName = str(p, "given_name");
        card.familyName = str(p, "family_name");
        card.middleName = str(p, "middle_name");
        card.namePrefix = str(p, "name_prefix");
        card.nameSuffix = str(p, "name_suffix");
        card.title = r.title;
        card.mobile = str(p, "mobile");
        card.landline = str(p, "landline");
        card.email = str(p, "email");
        card.extraPhones = lines(p, "extra_phones");
        card.extraEmails = lines(p, "extra_emails");
        card.note = str(p, "note");
        if (r.organisation) {
            const QJsonObject &o = r.organisation->fields;
            card.organisation = str(o, "name");
            card.url = str(o, "website");
            card.street = str(o, "street");
            card.postalCode = str(o, "postal_code");
            card.city = str(o, "city");
            if (const QString cat = categoryOf(r.organisation); !cat.isEmpty()) {
                card.categories << cat;
            }
        }
        card.photo = QByteArray::fromBase64(str(p, "photo").toLatin1());
        out += VCard::write(card);
    }
    services.audit(s, QStringLiteral("export"), {}, {}, {},
        QStringLiteral("%1 vCards %2").arg(rows.size()).arg(version.isEmpty() ? QStringLiteral("4.0") : version));
    ApiResponse r { 200, "text/vcard; charset=utf-8", out, {} };
    r.headers.append(qMakePair(
        QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"kortelijn-partners.vcf\"")));
    return r;
}

// RFC 4180 with ';' (Excel's separator where the decimal sign is a comma): every cell
// quoted, quotes doubled, line breaks inside a cell kept (Excel reads them in quotes). A
// cell starting with = + - @ (or a tab or CR before one) would be a formula in Excel
// (OWASP "CSV injection"): a leading apostrophe prevents it. A phone number in E.164
// ("+31 6 12345678") is the one such value that stays as it is.
QByteArray csvCell(QString value)
{
    static const QRegularExpression phone(QStringLiteral("^\\+[0-9 ]+$"));
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.at(0)) && !phone.match(value).hasMatch()) {
        value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return "\"" + value.toUtf8() + "\"";
}

ApiResponse exportCsv(AdminServices &services, const Session &s)
{
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    static const QStringList header { QStringLiteral("organisatie"), QStringLiteral("categorie"), QStringLiteral("functie"),
        QStringLiteral("titel"), QStringLiteral("voornaam"), QStringLiteral("tweede voornaam"), QStringLiteral("achternaam"),
        QStringLiteral("achtervoegsel"), QStringLiteral("mobiel"), QStringLiteral("telefoon"),
        QStringLiteral("andere telefoonnummers"), QStringLiteral("e-mail"), QStringLiteral("andere e-mailadressen"),
        QStringLiteral("website"), QStringLiteral("straat"), QStringLiteral("postcode"), QStringLiteral("plaats"),
        QStringLiteral("notitie"), QStringLiteral("uid") };
    QByteArray out = "\xEF\xBB\xBF";
    auto line = [&out](const QStringList &cells) {
        QByteArrayList encoded;
        for (const QString &c : cells) {
            encoded << csvCell(c);
        }
        out += encoded.join(';') + "\r\n";
    };
    line(header);
    const QList<ExportRow> rows = rowsOf(live.value());
    for (const ExportRow &r : rows) {
        const QJsonObject &p = r.person->fields;
        const QJsonObject o = r.organisation ? r.organisation->fields : QJsonObject();
        // Several numbers or addresses in one cell as Google writes them ("a ::: b"); the import reads them so.
        line({ str(o, "name"), categoryOf(r.organisation), r.title, str(p, "name_prefix"), str(p, "given_name"),
            str(p, "middle_name"), str(p, "family_name"), str(p, "name_suffix"), str(p, "mobile"), str(p, "landline"),
            lines(p, "extra_phones").join(QStringLiteral(" ::: ")), str(p, "email"),
            lines(p, "extra_emails").join(QStringLiteral(" ::: ")), str(o, "website"), str(o, "street"),
            str(o, "postal_code"), str(o, "city"), str(p, "note"), r.person->id });
    }
    services.audit(s, QStringLiteral("export"), {}, {}, {}, QStringLiteral("%1 rijen CSV").arg(rows.size()));
    ApiResponse r { 200, "text/csv; charset=utf-8", out, {} };
    r.headers.append(qMakePair(
        QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"kortelijn-partners.csv\"")));
    return r;
}

} // namespace

void addExportRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("GET", QStringLiteral("/export.vcf"), [&services](const Session &s, const ApiRequest &r, const QStringList &) {
        return exportVCards(services, s, r);
    });
    router.route("GET", QStringLiteral("/export.csv"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        return exportCsv(services, s);
    });
}

} // namespace kl::server
