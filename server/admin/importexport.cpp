// CSV and vCard import (organisations matched by name, functions by organisation and
// title, persons by organisation and name) and the vCard export of the school list.
#include "adminservices.h"
#include "contactcard.h"
#include "csvparser.h"
#include "domain.h"
#include "phonenumbers.h"
#include "photos.h"
#include "rowrules.h"
#include "textfold.h"
#include "vcard.h"

#include <QSet>

namespace kl::server {

namespace {

struct ImportRecord
{
    int line = 0;
    QString organisation, category, title, givenName, familyName, mobile, landline, email, website, street,
        postalCode, city;
    QByteArray photo; // as the vCard carried it; normalised like an upload
};

QString csvField(const QString &header)
{
    static const QHash<QString, QString> names { { QStringLiteral("organisatie"),
                                                     QStringLiteral("organisation") },
        { QStringLiteral("organisation"), QStringLiteral("organisation") },
        { QStringLiteral("organization"), QStringLiteral("organisation") },
        { QStringLiteral("categorie"), QStringLiteral("category") },
        { QStringLiteral("category"), QStringLiteral("category") },
        { QStringLiteral("functie"), QStringLiteral("title") },
        { QStringLiteral("function"), QStringLiteral("title") },
        { QStringLiteral("title"), QStringLiteral("title") },
        { QStringLiteral("voornaam"), QStringLiteral("given") },
        { QStringLiteral("given name"), QStringLiteral("given") },
        { QStringLiteral("first name"), QStringLiteral("given") },
        { QStringLiteral("achternaam"), QStringLiteral("family") },
        { QStringLiteral("family name"), QStringLiteral("family") },
        { QStringLiteral("last name"), QStringLiteral("family") },
        { QStringLiteral("mobiel"), QStringLiteral("mobile") },
        { QStringLiteral("mobile"), QStringLiteral("mobile") },
        { QStringLiteral("telefoon"), QStringLiteral("landline") },
        { QStringLiteral("phone"), QStringLiteral("landline") },
        { QStringLiteral("landline"), QStringLiteral("landline") },
        { QStringLiteral("e mail"), QStringLiteral("email") },
        { QStringLiteral("email"), QStringLiteral("email") },
        { QStringLiteral("website"), QStringLiteral("website") },
        { QStringLiteral("straat"), QStringLiteral("street") },
        { QStringLiteral("street"), QStringLiteral("street") },
        { QStringLiteral("postcode"), QStringLiteral("postal") },
        { QStringLiteral("postal code"), QStringLiteral("postal") },
        { QStringLiteral("plaats"), QStringLiteral("city") },
        { QStringLiteral("city"), QStringLiteral("city") } };
    return names.value(text::fold(header));
}

std::optional<Category> categoryFrom(const QString &text)
{
    if (auto c = categories::fromKey(text.trimmed().toLower())) {
        return c;
    }
    for (Category c : categories::all()) {
        if (text::fold(categories::label(c)) == text::fold(text)) {
            return c;
        }
    }
    return std::nullopt;
}

// The import as mutations: organisations matched by name, functions by organisation and
// title, persons by organisation and name; a function without a holder gets the person.
struct ImportPlan
{
    QJsonArray mutations;
    int organisations = 0, functions = 0, personsCreated = 0, personsUpdated = 0;
    QJsonArray skipped;
};

ImportPlan planImport(const QList<ImportRecord> &records, Live live)
{
    ImportPlan plan;
    auto key = [](const QStringList &parts) { return text::fold(parts.join(QLatin1Char(' '))); };
    QHash<QString, QString> orgs, functions, persons;
    QSet<QString> heldFunctions;
    for (const ServerRow *r : live.of(QStringLiteral("organisations"))) {
        orgs.insert(key({ str(r->fields, "name") }), r->id);
    }
    for (const ServerRow *r : live.of(QStringLiteral("functions"))) {
        functions.insert(key({ str(r->fields, "organisation_id"), str(r->fields, "title") }), r->id);
    }
    for (const ServerRow *r : live.of(QStringLiteral("persons"))) {
        persons.insert(key({ str(r->fields, "organisation_id"), str(r->fields, "given_name"),
                           str(r->fields, "family_name") }),
            r->id);
    }
    for (const ServerRow *r : live.of(QStringLiteral("holdings"))) {
        if (r->fields.value(QStringLiteral("until")).toString().isEmpty()) {
            heldFunctions.insert(str(r->fields, "function_id"));
        }
    }
    auto skip = [&](int line, const QString &code) {
        plan.skipped.append(
            QJsonObject { { QStringLiteral("line"), line }, { QStringLiteral("code"), code } });
    };
    auto fresh = [](const QString &table) {
        QJsonObject f;
        for (const QString &c : sync::syncedColumns(table)) {
            f.insert(c, rowrules::defaultValue(table, c));
        }
        return f;
    };
    for (const ImportRecord &rec : records) {
        if (rec.organisation.trimmed().isEmpty()) {
            skip(rec.line, QStringLiteral("no-organisation"));
            continue;
        }
        QString orgId = orgs.value(key({ rec.organisation }));
        if (orgId.isEmpty()) {
            orgId = newId();
            QJsonObject f = fresh(QStringLiteral("organisations"));
            f.insert(QStringLiteral("name"), rec.organisation.trimmed().left(200));
            f.insert(QStringLiteral("category"),
                categories::key(categoryFrom(rec.category).value_or(Category::Overig)));
            f.insert(QStringLiteral("website"), rec.website.trimmed());
            f.insert(QStringLiteral("street"), rec.street.trimmed());
            f.insert(QStringLiteral("postal_code"), rec.postalCode.trimmed().toUpper());
            f.insert(QStringLiteral("city"), rec.city.trimmed());
            plan.mutations.append(mutation(QStringLiteral("organisations"), orgId, sync::kOpUpsert, f, 0));
            orgs.insert(key({ rec.organisation }), orgId);
            ++plan.organisations;
        }
        QString functionId;
        if (!rec.title.trimmed().isEmpty()) {
            functionId = functions.value(key({ orgId, rec.title.trimmed() }));
            if (functionId.isEmpty()) {
                functionId = newId();
                QJsonObject f = fresh(QStringLiteral("functions"));
                f.insert(QStringLiteral("organisation_id"), orgId);
                f.insert(QStringLiteral("title"), rec.title.trimmed().left(200));
                plan.mutations.append(
                    mutation(QStringLiteral("functions"), functionId, sync::kOpUpsert, f, 0));
                functions.insert(key({ orgId, rec.title.trimmed() }), functionId);
                ++plan.functions;
            }
        }
        if (rec.givenName.trimmed().isEmpty() && rec.familyName.trimmed().isEmpty()) {
            continue;
        }
        QJsonObject f;
        bool badPhone = false;
        for (const auto &[column, value] : { std::pair { QStringLiteral("mobile"), rec.mobile },
                 std::pair { QStringLiteral("landline"), rec.landline } }) {
            if (value.trimmed().isEmpty()) {
                continue;
            }
            if (auto e164 = PhoneNumbers::toE164(value)) {
                f.insert(column, e164.value());
            } else {
                badPhone = true;
            }
        }
        if (badPhone) {
            skip(rec.line, QStringLiteral("phone-invalid"));
        }
        if (!rec.email.trimmed().isEmpty()) {
            f.insert(QStringLiteral("email"), rec.email.trimmed());
        }
        if (!rec.photo.isEmpty()) {
            // The person comes in either way; a picture that cannot be read is reported.
            if (auto jpeg = photos::normalise(rec.photo)) {
                f.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg.value().toBase64()));
            } else {
                skip(rec.line, jpeg.error().code);
            }
        }
        const QString personKey = key({ orgId, rec.givenName.trimmed(), rec.familyName.trimmed() });
        QString personId = persons.value(personKey);
        if (personId.isEmpty()) {
            personId = newId();
            QJsonObject all = fresh(QStringLiteral("persons"));
            for (auto it = f.begin(); it != f.end(); ++it) {
                all.insert(it.key(), it.value());
            }
            all.insert(QStringLiteral("organisation_id"), orgId);
            all.insert(QStringLiteral("given_name"), rec.givenName.trimmed().left(200));
            all.insert(QStringLiteral("family_name"), rec.familyName.trimmed().left(200));
            plan.mutations.append(mutation(QStringLiteral("persons"), personId, sync::kOpUpsert, all, 0));
            persons.insert(personKey, personId);
            ++plan.personsCreated;
        } else if (!f.isEmpty()) {
            const ServerRow *current = live.find(QStringLiteral("persons"), personId);
            plan.mutations.append(mutation(
                QStringLiteral("persons"), personId, sync::kOpUpsert, f, current ? current->version : 0));
            ++plan.personsUpdated;
        }
        if (!functionId.isEmpty() && !heldFunctions.contains(functionId)) {
            QJsonObject h { { QStringLiteral("function_id"), functionId },
                { QStringLiteral("person_id"), personId },
                { QStringLiteral("since"), QDate::currentDate().toString(Qt::ISODate) },
                { QStringLiteral("until"), QJsonValue(QJsonValue::Null) } };
            plan.mutations.append(mutation(QStringLiteral("holdings"), newId(), sync::kOpUpsert, h, 0));
            heldFunctions.insert(functionId);
        }
    }
    return plan;
}

ApiResponse importCards(AdminServices &services, const Session &s, const ApiRequest &request)
{
    const QByteArray type = request.headers.value("content-type").toLower();
    QList<ImportRecord> records;
    QString format;
    if (type.startsWith("text/csv")) {
        format = QStringLiteral("csv");
        const QList<QStringList> table = parseCsv(request.body);
        if (table.size() < 2) {
            return problem(
                422, QStringLiteral("import-empty"), QStringLiteral("The file has no rows under its header"));
        }
        QStringList fields;
        for (const QString &h : table.first()) {
            fields << csvField(h);
        }
        if (!fields.contains(QStringLiteral("organisation"))) {
            return problem(422, QStringLiteral("import-header"),
                QStringLiteral("The first line must name the columns, at least organisatie"));
        }
        for (int i = 1; i < table.size(); ++i) {
            ImportRecord r;
            r.line = i + 1;
            bool any = false;
            for (int c = 0; c < table.at(i).size() && c < fields.size(); ++c) {
                const QString v = table.at(i).at(c).trimmed();
                any = any || !v.isEmpty();
                const QString &f = fields.at(c);
                QString *target = f == QLatin1String("organisation") ? &r.organisation
                    : f == QLatin1String("category")                 ? &r.category
                    : f == QLatin1String("title")                    ? &r.title
                    : f == QLatin1String("given")                    ? &r.givenName
                    : f == QLatin1String("family")                   ? &r.familyName
                    : f == QLatin1String("mobile")                   ? &r.mobile
                    : f == QLatin1String("landline")                 ? &r.landline
                    : f == QLatin1String("email")                    ? &r.email
                    : f == QLatin1String("website")                  ? &r.website
                    : f == QLatin1String("street")                   ? &r.street
                    : f == QLatin1String("postal")                   ? &r.postalCode
                    : f == QLatin1String("city")                     ? &r.city
                                                                     : nullptr;
                if (target) {
                    *target = v;
                }
            }
            if (any) {
                records << r;
            }
        }
    } else if (type.startsWith("text/vcard") || type.startsWith("text/x-vcard")
        || type.startsWith("text/directory")) {
        format = QStringLiteral("vcard");
        auto cards = contactcard::parseVCards(request.body);
        if (!cards) {
            return problem(422, QStringLiteral("import-vcard"),
                QStringLiteral("The file is not a vCard file"), {}, cards.error().message);
        }
        int n = 0;
        for (const ContactCard &c : cards.value()) {
            ImportRecord r;
            r.line = ++n;
            r.organisation = c.organisation.section(QLatin1Char(';'), 0, 0);
            r.title = c.title;
            r.givenName = c.givenName;
            r.familyName = c.familyName;
            if (r.givenName.isEmpty() && r.familyName.isEmpty()) {
                r.givenName = c.formattedName;
            }
            r.mobile = c.mobile.value(0);
            r.landline = c.landline.value(0);
            r.email = c.emails.value(0);
            r.website = c.url;
            r.street = c.street;
            r.postalCode = c.postalCode;
            r.city = c.city;
            r.photo = c.photo;
            records << r;
        }
    } else {
        return problem(
            415, QStringLiteral("unsupported-media-type"), QStringLiteral("Send text/csv or text/vcard"));
    }
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ImportPlan plan = planImport(records, live.value());
    if (!plan.mutations.isEmpty()) {
        auto r = services.apply(s, plan.mutations);
        if (!r) {
            return fromError(r.error());
        }
    }
    services.audit(s, QStringLiteral("import"), {}, {}, {},
        QStringLiteral("%1: %2 organisations, %3 functions, %4+%5 persons")
            .arg(format)
            .arg(plan.organisations)
            .arg(plan.functions)
            .arg(plan.personsCreated)
            .arg(plan.personsUpdated));
    return jsonResponse({ { QStringLiteral("organisations"), plan.organisations },
        { QStringLiteral("functions"), plan.functions },
        { QStringLiteral("persons_created"), plan.personsCreated },
        { QStringLiteral("persons_updated"), plan.personsUpdated },
        { QStringLiteral("skipped"), plan.skipped } });
}

ApiResponse exportCards(AdminServices &services, const Session &s)
{
    auto live = services.live(s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const Live &l = live.value();
    QHash<QString, QString> titleOf; // person -> current function title
    for (const ServerRow *h : l.of(QStringLiteral("holdings"))) {
        if (h->fields.value(QStringLiteral("until")).toString().isEmpty()) {
            if (const ServerRow *f = l.find(QStringLiteral("functions"), str(h->fields, "function_id"))) {
                titleOf.insert(str(h->fields, "person_id"), str(f->fields, "title"));
            }
        }
    }
    QList<const ServerRow *> people = l.of(QStringLiteral("persons"));
    std::sort(people.begin(), people.end(), [](const ServerRow *a, const ServerRow *b) {
        return str(a->fields, "family_name") + str(a->fields, "given_name")
            < str(b->fields, "family_name") + str(b->fields, "given_name");
    });
    QByteArray out;
    for (const ServerRow *p : people) {
        const ServerRow *org = l.find(QStringLiteral("organisations"), str(p->fields, "organisation_id"));
        VCardData card;
        card.uid = QStringLiteral("urn:uuid:") + p->id;
        card.givenName = str(p->fields, "given_name");
        card.familyName = str(p->fields, "family_name");
        card.organisation = org ? str(org->fields, "name") : QString();
        card.title = titleOf.value(p->id);
        card.mobile = str(p->fields, "mobile");
        card.landline = str(p->fields, "landline");
        card.email = str(p->fields, "email");
        card.url = org ? str(org->fields, "website") : QString();
        if (org) {
            if (const auto c = categories::fromKey(str(org->fields, "category"))) {
                card.categories << categories::label(*c);
            }
        }
        card.photo = QByteArray::fromBase64(str(p->fields, "photo").toLatin1());
        out += VCard::write(card);
    }
    services.audit(s, QStringLiteral("export"), {}, {}, {}, QStringLiteral("%1 vCards").arg(people.size()));
    ApiResponse r { 200, "text/vcard; charset=utf-8", out, {} };
    r.headers.append(qMakePair(
        QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"kortelijn-partners.vcf\"")));
    return r;
}

} // namespace

void addImportExportRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("POST", QStringLiteral("/import"), [&services](const Session &s, const ApiRequest &r, const QStringList &) {
        return importCards(services, s, r);
    });
    router.route("GET", QStringLiteral("/export.vcf"), [&services](const Session &s, const ApiRequest &, const QStringList &) {
        return exportCards(services, s);
    });
}

} // namespace kl::server
