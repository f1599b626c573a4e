#include "importplanner.h"

#include "domain.h"
#include "fieldrules.h"
#include "photos.h"
#include "planstate.h"
#include "rowrules.h"
#include "schoollanguage.h"
#include "syncprotocol.h"
#include "textfold.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace kl::server {

namespace {

QString dutchLabel(const QString &column)
{
    static const QHash<QString, QString> labels { { QStringLiteral("name"), QStringLiteral("naam van de organisatie") },
        { QStringLiteral("street"), QStringLiteral("straat") }, { QStringLiteral("postal_code"), QStringLiteral("postcode") },
        { QStringLiteral("city"), QStringLiteral("plaats") }, { QStringLiteral("website"), QStringLiteral("website") },
        { QStringLiteral("title"), QStringLiteral("functie") }, { QStringLiteral("given_name"), QStringLiteral("voornaam") },
        { QStringLiteral("family_name"), QStringLiteral("achternaam") }, { QStringLiteral("mobile"), QStringLiteral("mobiel nummer") },
        { QStringLiteral("landline"), QStringLiteral("vast nummer") }, { QStringLiteral("email"), QStringLiteral("e-mailadres") },
        { QStringLiteral("photo"), QStringLiteral("foto") } };
    return labels.value(column, column);
}

// A value the field rules refuse, in Dutch, with the value itself (shortened).
QString dutchViolation(const fieldrules::Violation &v, const QString &value)
{
    const QString label = dutchLabel(v.column);
    const QString shown = value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
    if (v.code == QLatin1String("field-too-long")) {
        const fieldrules::Column *c = fieldrules::column(v.table, v.column);
        return QStringLiteral("%1 is te lang (%2 tekens, hoogstens %3)").arg(label).arg(value.size()).arg(c ? c->maxLength : 0);
    }
    if (v.code == QLatin1String("phone-invalid")) {
        return QStringLiteral("%1 ‘%2’ is geen geldig telefoonnummer").arg(label, shown);
    }
    if (v.code == QLatin1String("email-invalid")) {
        return QStringLiteral("%1 ‘%2’ is geen geldig e-mailadres").arg(label, shown);
    }
    if (v.code == QLatin1String("url-invalid")) {
        return QStringLiteral("%1 ‘%2’ is geen geldig webadres (http of https)").arg(label, shown);
    }
    if (v.code == QLatin1String("field-control")) {
        return QStringLiteral("%1 bevat onzichtbare stuurtekens").arg(label);
    }
    return QStringLiteral("%1 ‘%2’ is ongeldig").arg(label, shown);
}

// The reader's "<PROPERTY> <value>" items in Dutch.
QString dutchUnkept(const QString &item)
{
    static const QHash<QString, QString> words { { QStringLiteral("FAX"), QStringLiteral("faxnummer") },
        { QStringLiteral("PAGER"), QStringLiteral("piepernummer") }, { QStringLiteral("EXT"), QStringLiteral("toestelnummer") },
        { QStringLiteral("ROLE"), QStringLiteral("tweede functie (ROLE)") }, { QStringLiteral("BDAY"), QStringLiteral("verjaardag") },
        { QStringLiteral("NICKNAME"), QStringLiteral("bijnaam") }, { QStringLiteral("IMPP"), QStringLiteral("chat-adres") },
        { QStringLiteral("GEO"), QStringLiteral("coördinaten") }, { QStringLiteral("ANNIVERSARY"), QStringLiteral("trouwdag") },
        { QStringLiteral("GENDER"), QStringLiteral("geslacht") }, { QStringLiteral("LOGO"), QStringLiteral("logo") },
        { QStringLiteral("AGENT"), QStringLiteral("ingesloten kaart (AGENT)") }, { QStringLiteral("TZ"), QStringLiteral("tijdzone") },
        { QStringLiteral("LANG"), QStringLiteral("taal") }, { QStringLiteral("RELATED"), QStringLiteral("relatie") } };
    const QString key = item.section(QLatin1Char(' '), 0, 0);
    const QString rest = item.section(QLatin1Char(' '), 1);
    const auto it = words.constFind(key);
    return it == words.cend() ? item : (rest.isEmpty() ? *it : *it + QLatin1Char(' ') + rest);
}

std::optional<Category> categoryFrom(const QString &text)
{
    if (auto c = schoollanguage::categoryFromLabel(text)) {
        return c;
    }
    // A looser hint ("CJG Overvecht", "Sportclubs"): a category's key among the words.
    const QStringList words = text::words(text::fold(text));
    for (Category c : categories::all()) {
        if (words.contains(categories::key(c))) {
            return c;
        }
    }
    if (words.contains(QStringLiteral("cjg"))) {
        return Category::Jeugdzorg;
    }
    return std::nullopt;
}

QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p.trimmed();
        }
    }
    return kept.join(QLatin1Char(' '));
}

QString idFromUid(QString uid)
{
    uid = uid.trimmed();
    while (uid.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)) {
        uid = uid.mid(9);
    }
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return id.match(uid).hasMatch() ? uid.toLower() : QString();
}

struct Skip
{
    QString code;
    QString reason;
};

// One value made into its stored form and checked; a Skip when the rules refuse it.
std::optional<Skip> accept(const QString &table, const QString &column, const QString &raw, QJsonObject *into)
{
    if (raw.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const auto normal = rowrules::normalise(table, column, raw);
    if (!normal) {
        const fieldrules::Violation v { table, column,
            fieldrules::column(table, column) && fieldrules::column(table, column)->kind == fieldrules::Kind::Phone
                ? QStringLiteral("phone-invalid")
                : QStringLiteral("field-invalid") };
        return Skip { v.code, dutchViolation(v, raw) };
    }
    if (auto v = fieldrules::checkValue(table, column, *normal)) {
        return Skip { v->code, dutchViolation(*v, raw) };
    }
    into->insert(column, *normal);
    return std::nullopt;
}

} // namespace

class Planner
{
public:
    Planner(const Live &live, const QDate &today, PlanState &scratch)
        : m_live(live)
        , m_today(today)
        , m_state(scratch)
        , m_orgByName(scratch)
        , m_functionByTitle(scratch)
        , m_personByEmail(scratch)
        , m_personByPhone(scratch)
        , m_personByName(scratch)
        , m_personIds(scratch)
        , m_held(scratch)
        , m_holds(scratch)
        , m_orgTouched(scratch)
        , m_created(scratch)
    {
        for (const ServerRow *r : live.of(QStringLiteral("organisations"))) {
            m_state.insert(key(QStringLiteral("organisations"), r->id), r->fields);
            m_orgByName.insert(text::fold(str(r->fields, "name")), r->id);
        }
        for (const ServerRow *r : live.of(QStringLiteral("functions"))) {
            m_functionByTitle.insert(fnKey(str(r->fields, "organisation_id"), str(r->fields, "title")), r->id);
        }
        for (const ServerRow *r : live.of(QStringLiteral("persons"))) {
            remember(r->id, r->fields);
        }
        for (const ServerRow *r : live.of(QStringLiteral("holdings"))) {
            if (r->fields.value(QStringLiteral("until")).toString().isEmpty()) {
                m_held.insert(str(r->fields, "function_id"));
                m_holds.insert(str(r->fields, "person_id") + QLatin1Char('/') + str(r->fields, "function_id"));
            }
        }
    }

    // One batch of the file: its rows and mutations (a row made by an earlier batch is
    // changed by a mutation of its own); the counters cover every batch so far.
    ImportPlan plan(const QList<ContactCard> &cards)
    {
        m_plan.rows.clear();
        m_plan.earlierChanges += int(m_plan.mutations.size());
        m_plan.mutations = {};
        m_pendingCreate.clear();
        for (const ContactCard &c : cards) {
            PlannedRow row = planOne(c);
            if (row.action == QLatin1String("skipped")) {
                row.fieldsKept = 0;
                ++m_plan.skipped;
            } else if (row.action == QLatin1String("unchanged")) {
                ++m_plan.unchanged;
            }
            m_plan.fieldsTotal += row.fieldsTotal;
            m_plan.fieldsKept += row.fieldsKept;
            m_plan.rows << row;
        }
        return m_plan;
    }

private:
    static QString key(const QString &table, const QString &id) { return table + QLatin1Char('/') + id; }
    static QString fnKey(const QString &org, const QString &title) { return org + QLatin1Char('/') + text::fold(title); }
    static QString nameKey(const QString &org, const QString &given, const QString &family)
    {
        return org + QLatin1Char('/') + text::fold(given + QLatin1Char(' ') + family);
    }

    void remember(const QString &id, const QJsonObject &fields)
    {
        m_state.insert(key(QStringLiteral("persons"), id), fields);
        m_personIds.insert(id);
        if (!str(fields, "email").isEmpty()) {
            m_personByEmail.insert(str(fields, "email").toLower(), id);
        }
        for (const char *c : { "mobile", "landline", "whatsapp" }) {
            if (!str(fields, c).isEmpty()) {
                m_personByPhone.insert(str(fields, c), id);
            }
        }
        m_personByName.insert(nameKey(str(fields, "organisation_id"), str(fields, "given_name"), str(fields, "family_name")), id);
    }

    QJsonObject fresh(const QString &table) const
    {
        QJsonObject f;
        for (const QString &c : sync::syncedColumns(table)) {
            f.insert(c, rowrules::defaultValue(table, c));
        }
        return f;
    }

    // Writes `changes` to the row (a new row: all its fields); merges into this plan's own
    // create when the row was made by an earlier line. Returns whether anything changed.
    bool write(const QString &table, const QString &id, bool create, QJsonObject changes)
    {
        const QString k = key(table, id);
        QJsonObject current = m_state.value(k);
        if (!create) {
            for (auto it = changes.begin(); it != changes.end();) {
                it = current.value(it.key()) == it.value() ? changes.erase(it) : it + 1;
            }
            if (changes.isEmpty()) {
                return false;
            }
        }
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            current.insert(it.key(), it.value());
        }
        m_state.insert(k, current);
        if (const auto pending = m_pendingCreate.constFind(k); pending != m_pendingCreate.cend()) {
            QJsonObject m = m_plan.mutations.at(*pending).toObject();
            m.insert(QStringLiteral("fields"), current);
            m_plan.mutations.replace(*pending, m);
            return true;
        }
        if (create) {
            m_pendingCreate.insert(k, int(m_plan.mutations.size()));
            m_created.insert(k);
        }
        const ServerRow *live = m_live.find(table, id);
        m_plan.mutations.append(mutation(table, id, sync::kOpUpsert, create ? current : changes, live ? live->version : 0));
        return true;
    }

    PlannedRow planOne(const ContactCard &c)
    {
        PlannedRow row;
        row.line = c.line;
        row.organisation = c.organisation.trimmed();
        QString given = joinNonEmpty({ c.givenName, c.middleName });
        QString family = c.familyName.trimmed();
        if (given.isEmpty() && family.isEmpty() && !c.formattedName.trimmed().isEmpty()
            && c.formattedName.trimmed() != row.organisation) {
            // FN only: "Jan de Vries" -> given "Jan", family "de Vries".
            const QString fn = c.formattedName.trimmed();
            given = fn.section(QLatin1Char(' '), 0, 0);
            family = fn.section(QLatin1Char(' '), 1).trimmed();
        }
        row.name = joinNonEmpty({ given, family });
        if (row.name.isEmpty()) {
            row.name = row.organisation.isEmpty() ? c.emails.value(0) : row.organisation;
        }
        for (const QString &p : c.problems) {
            row.warnings << p;
        }
        // What the card carries, one field each; what it keeps is counted below.
        QStringList notKept;
        int total = 0, kept = 0;
        auto carried = [&](bool present) { total += present ? 1 : 0; return present; };
        carried(!c.givenName.isEmpty());
        carried(!c.middleName.isEmpty());
        carried(!c.familyName.isEmpty());
        if (c.givenName.isEmpty() && c.familyName.isEmpty()) {
            carried(!c.formattedName.isEmpty() && c.formattedName.trimmed() != row.organisation);
        }
        if (carried(!c.namePrefix.isEmpty())) {
            notKept << QStringLiteral("titel ‘%1’").arg(c.namePrefix);
        }
        if (carried(!c.nameSuffix.isEmpty())) {
            notKept << QStringLiteral("achtervoegsel ‘%1’").arg(c.nameSuffix);
        }
        carried(!row.organisation.isEmpty());
        if (carried(!c.organisationUnit.isEmpty())) {
            notKept << QStringLiteral("afdeling ‘%1’").arg(c.organisationUnit);
        }
        carried(!c.title.trimmed().isEmpty());
        total += int(c.mobile.size() + c.landline.size() + c.emails.size() + c.urls.size() + c.addresses.size()
            + c.categories.size() + c.unkept.size());
        for (qsizetype i = 1; i < c.mobile.size(); ++i) {
            notKept << QStringLiteral("extra mobiel nummer %1").arg(c.mobile.at(i));
        }
        for (qsizetype i = 1; i < c.landline.size(); ++i) {
            notKept << QStringLiteral("extra vast nummer %1").arg(c.landline.at(i));
        }
        for (qsizetype i = 1; i < c.emails.size(); ++i) {
            notKept << QStringLiteral("extra e-mailadres %1").arg(c.emails.at(i));
        }
        for (qsizetype i = 1; i < c.urls.size(); ++i) {
            notKept << QStringLiteral("extra website %1").arg(c.urls.at(i));
        }
        for (qsizetype i = 1; i < c.addresses.size(); ++i) {
            notKept << QStringLiteral("extra adres %1").arg(joinNonEmpty({ c.addresses.at(i).street, c.addresses.at(i).postalCode, c.addresses.at(i).city }));
        }
        if (carried(!c.note.trimmed().isEmpty())) {
            notKept << QStringLiteral("notitie (%1 tekens)").arg(c.note.trimmed().size());
        }
        if (carried(!c.photoUrl.isEmpty())) {
            notKept << QStringLiteral("foto als link %1 (niet opgehaald)").arg(c.photoUrl.left(80));
        }
        carried(!c.photo.isEmpty());
        carried(!c.uid.isEmpty());
        for (const QString &u : c.unkept) {
            notKept << dutchUnkept(u);
        }
        row.fieldsTotal = total;
        auto skip = [&](const QString &code, const QString &reason) {
            row.action = QStringLiteral("skipped");
            row.code = code;
            row.reason = reason;
            row.notKept = notKept;
            return row;
        };
        if (row.organisation.isEmpty()) {
            if (given.isEmpty() && family.isEmpty()) {
                return skip(QStringLiteral("no-name"), c.emails.isEmpty()
                        ? QStringLiteral("kaart zonder naam en zonder organisatie")
                        : QStringLiteral("kaart met alleen een e-mailadres (%1), zonder naam en organisatie").arg(c.emails.first()));
            }
            return skip(QStringLiteral("no-organisation"), QStringLiteral("geen organisatie: KorteLijn bewaart personen bij hun organisatie"));
        }

        // The organisation: found by name, or new; its values checked before anything is written.
        const QString orgName = row.organisation;
        QString orgId = m_orgByName.value(text::fold(orgName));
        const bool newOrg = orgId.isEmpty();
        QJsonObject org;
        QStringList categoriesLeft = c.categories;
        std::optional<Category> category;
        for (qsizetype i = 0; i < categoriesLeft.size(); ++i) {
            if (auto cat = categoryFrom(categoriesLeft.at(i))) {
                category = cat;
                categoriesLeft.removeAt(i);
                break;
            }
        }
        if (!category && c.categories.isEmpty()) {
            category = categoryFrom(orgName); // "Gemeente Utrecht", "GGD regio Utrecht": a safe guess
        }
        for (const QString &rest : categoriesLeft) {
            notKept << QStringLiteral("categorie ‘%1’").arg(rest);
        }
        if (auto s = accept(QStringLiteral("organisations"), QStringLiteral("name"), orgName, &org)) {
            return skip(s->code, s->reason);
        }
        for (const auto &[column, value] : { std::pair { QStringLiteral("website"), c.url },
                 std::pair { QStringLiteral("street"), c.street }, std::pair { QStringLiteral("postal_code"), c.postalCode.toUpper() },
                 std::pair { QStringLiteral("city"), c.city } }) {
            if (auto s = accept(QStringLiteral("organisations"), column, value, &org)) {
                return skip(s->code, s->reason);
            }
        }
        if (category) {
            org.insert(QStringLiteral("category"), categories::key(*category));
        }
        // The person's values.
        QJsonObject person;
        for (const auto &[column, value] : { std::pair { QStringLiteral("given_name"), given },
                 std::pair { QStringLiteral("family_name"), family }, std::pair { QStringLiteral("mobile"), c.mobile.value(0) },
                 std::pair { QStringLiteral("landline"), c.landline.value(0) }, std::pair { QStringLiteral("email"), c.emails.value(0) } }) {
            if (auto s = accept(QStringLiteral("persons"), column, value, &person)) {
                return skip(s->code, s->reason);
            }
        }
        QJsonObject function;
        if (auto s = accept(QStringLiteral("functions"), QStringLiteral("title"), c.title, &function)) {
            return skip(s->code, s->reason);
        }
        if (!c.photo.isEmpty()) {
            if (auto jpeg = photos::sanitise(c.photo)) {
                person.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg.value().toBase64()));
            } else {
                notKept << QStringLiteral("foto (geen leesbare afbeelding)");
                --kept; // counted as kept below with the other person fields
            }
        }
        const bool hasPerson = !given.isEmpty() || !family.isEmpty();
        // Kept: what went into the rows (the middle name lives in given_name; the first category
        // that names one of ours; the first of each phone, e-mail, URL and address).
        kept += (c.givenName.isEmpty() ? 0 : 1) + (c.middleName.isEmpty() ? 0 : 1) + (c.familyName.isEmpty() ? 0 : 1)
            + ((c.givenName.isEmpty() && c.familyName.isEmpty() && hasPerson) ? 1 : 0) + 1 /* organisation */
            + (c.title.trimmed().isEmpty() ? 0 : 1) + (c.mobile.isEmpty() ? 0 : 1) + (c.landline.isEmpty() ? 0 : 1)
            + (c.emails.isEmpty() ? 0 : 1) + (c.urls.isEmpty() ? 0 : 1) + (c.addresses.isEmpty() ? 0 : 1)
            + (category && !c.categories.isEmpty() ? 1 : 0) + (c.photo.isEmpty() ? 0 : 1);
        if (!hasPerson) {
            kept -= (c.mobile.isEmpty() ? 0 : 1) + (c.landline.isEmpty() ? 0 : 1) + (c.emails.isEmpty() ? 0 : 1) + (c.photo.isEmpty() ? 0 : 1);
            for (const QString &m : c.mobile.mid(0, 1) + c.landline.mid(0, 1) + c.emails.mid(0, 1)) {
                notKept << QStringLiteral("%1 (een organisatie heeft geen eigen nummer of e-mailadres)").arg(m);
            }
        }

        QStringList changed;
        // Organisation.
        if (newOrg) {
            orgId = newId();
            QJsonObject all = fresh(QStringLiteral("organisations"));
            for (auto it = org.constBegin(); it != org.constEnd(); ++it) {
                all.insert(it.key(), it.value());
            }
            write(QStringLiteral("organisations"), orgId, true, all);
            m_orgByName.insert(text::fold(orgName), orgId);
            ++m_plan.organisationsCreated;
            changed << QStringLiteral("nieuwe organisatie");
        } else {
            org.remove(QStringLiteral("name")); // same name, folded: keep how the school wrote it
            if (!category) {
                org.remove(QStringLiteral("category"));
            }
            if (write(QStringLiteral("organisations"), orgId, false, org)) {
                if (!m_orgTouched.contains(orgId) && !m_created.contains(key(QStringLiteral("organisations"), orgId))) {
                    ++m_plan.organisationsUpdated;
                }
                m_orgTouched.insert(orgId);
                changed << QStringLiteral("organisatie bijgewerkt");
            }
        }
        // Function.
        QString functionId;
        const QString title = function.value(QStringLiteral("title")).toString();
        if (!title.isEmpty()) {
            functionId = m_functionByTitle.value(fnKey(orgId, title));
            if (functionId.isEmpty()) {
                functionId = newId();
                QJsonObject all = fresh(QStringLiteral("functions"));
                all.insert(QStringLiteral("organisation_id"), orgId);
                all.insert(QStringLiteral("title"), title);
                write(QStringLiteral("functions"), functionId, true, all);
                m_functionByTitle.insert(fnKey(orgId, title), functionId);
                ++m_plan.functionsCreated;
                changed << QStringLiteral("nieuwe functie ‘%1’").arg(title);
            }
        }
        if (!hasPerson) {
            row.notKept = notKept;
            row.fieldsKept = kept;
            row.action = changed.isEmpty() ? QStringLiteral("unchanged") : (newOrg ? QStringLiteral("create") : QStringLiteral("update"));
            row.reason = changed.isEmpty() ? QStringLiteral("al gelijk") : changed.join(QStringLiteral(", "));
            return row;
        }
        // Person: UID, then e-mail or phone, then name within the organisation.
        QString personId;
        const QString uid = idFromUid(c.uid);
        if (!uid.isEmpty() && m_personIds.contains(uid)) {
            personId = uid;
        }
        for (const QString &e : c.emails) {
            if (personId.isEmpty()) {
                personId = m_personByEmail.value(e.trimmed().toLower());
            }
        }
        for (const char *col : { "mobile", "landline" }) {
            const QString number = person.value(QLatin1String(col)).toString();
            if (personId.isEmpty() && !number.isEmpty()) {
                personId = m_personByPhone.value(number);
            }
        }
        if (personId.isEmpty()) {
            personId = m_personByName.value(nameKey(orgId, given, family));
        }
        person.insert(QStringLiteral("organisation_id"), orgId);
        bool personCreated = false;
        if (personId.isEmpty()) {
            personId = uid.isEmpty() || m_live.find(QStringLiteral("persons"), uid) ? newId() : uid;
            QJsonObject all = fresh(QStringLiteral("persons"));
            for (auto it = person.constBegin(); it != person.constEnd(); ++it) {
                all.insert(it.key(), it.value());
            }
            if (auto v = fieldrules::checkRow(QStringLiteral("persons"), all)) {
                return skip(v->code, dutchViolation(*v, {}));
            }
            write(QStringLiteral("persons"), personId, true, all);
            personCreated = true;
            ++m_plan.personsCreated;
        } else if (write(QStringLiteral("persons"), personId, false, person)) {
            if (!m_created.contains(key(QStringLiteral("persons"), personId))) {
                ++m_plan.personsUpdated;
            }
            changed << QStringLiteral("persoon bijgewerkt");
        }
        remember(personId, m_state.value(key(QStringLiteral("persons"), personId)));
        // The function's holder: this person, when it has none yet.
        if (!functionId.isEmpty() && !m_held.contains(functionId) && !m_holds.contains(personId + QLatin1Char('/') + functionId)) {
            const QString holdingId = newId();
            write(QStringLiteral("holdings"), holdingId, true,
                { { QStringLiteral("function_id"), functionId }, { QStringLiteral("person_id"), personId },
                    { QStringLiteral("since"), m_today.toString(Qt::ISODate) }, { QStringLiteral("until"), QJsonValue(QJsonValue::Null) } });
            m_held.insert(functionId);
            m_holds.insert(personId + QLatin1Char('/') + functionId);
            changed << QStringLiteral("houdt functie ‘%1’").arg(title);
        }
        row.notKept = notKept;
        row.fieldsKept = kept + (c.uid.isEmpty() ? 0 : 1);
        if (personCreated) {
            row.action = QStringLiteral("create");
            row.reason = (QStringList { QStringLiteral("nieuwe persoon") } + changed).join(QStringLiteral(", "));
        } else if (changed.isEmpty()) {
            row.action = QStringLiteral("unchanged");
            row.reason = QStringLiteral("al gelijk aan de schoollijst");
        } else {
            row.action = QStringLiteral("update");
            row.reason = changed.join(QStringLiteral(", "));
        }
        return row;
    }

    const Live &m_live;
    QDate m_today;
    ImportPlan m_plan;
    ScratchMap<QJsonObject> m_state; // table/id -> fields as they will be
    QHash<QString, int> m_pendingCreate; // table/id -> index of this batch's create mutation
    ScratchMap<QString> m_orgByName, m_functionByTitle, m_personByEmail, m_personByPhone, m_personByName;
    ScratchSet m_personIds, m_held, m_holds, m_orgTouched, m_created; // m_created: table/id made by this plan
};

QJsonObject PlannedRow::toJson() const
{
    QJsonObject o { { QStringLiteral("line"), line }, { QStringLiteral("name"), name },
        { QStringLiteral("organisation"), organisation }, { QStringLiteral("action"), action },
        { QStringLiteral("reason"), reason }, { QStringLiteral("not_kept"), QJsonArray::fromStringList(notKept) },
        { QStringLiteral("fields_total"), fieldsTotal }, { QStringLiteral("fields_kept"), fieldsKept } };
    if (!code.isEmpty()) {
        o.insert(QStringLiteral("code"), code);
    }
    if (!warnings.isEmpty()) {
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    }
    return o;
}

QJsonObject ImportPlan::counts() const
{
    return { { QStringLiteral("organisations_created"), organisationsCreated },
        { QStringLiteral("organisations_updated"), organisationsUpdated }, { QStringLiteral("functions_created"), functionsCreated },
        { QStringLiteral("persons_created"), personsCreated }, { QStringLiteral("persons_updated"), personsUpdated },
        { QStringLiteral("unchanged"), unchanged }, { QStringLiteral("skipped"), skipped }, { QStringLiteral("changes"), changes() },
        { QStringLiteral("fields_total"), fieldsTotal }, { QStringLiteral("fields_kept"), fieldsKept } };
}

QString ImportPlan::summary() const
{
    if (changes() == 0) {
        return QStringLiteral("geen wijzigingen: alles is al gelijk aan de schoollijst (%1 ongewijzigd, %2 overgeslagen)")
            .arg(unchanged)
            .arg(skipped);
    }
    return QStringLiteral("%1 nieuwe en %2 bijgewerkte organisaties, %3 nieuwe functies, %4 nieuwe en %5 bijgewerkte personen, "
                          "%6 ongewijzigd, %7 overgeslagen")
        .arg(organisationsCreated)
        .arg(organisationsUpdated)
        .arg(functionsCreated)
        .arg(personsCreated)
        .arg(personsUpdated)
        .arg(unchanged)
        .arg(skipped);
}

ImportPlanner::ImportPlanner(const Live &live, const QDate &today)
    : m_scratch(std::make_unique<PlanState>())
    , m_planner(std::make_unique<Planner>(live, today, *m_scratch))
{
}

ImportPlanner::~ImportPlanner() = default;

bool ImportPlanner::ok() const
{
    return m_scratch->ok();
}

ImportPlan ImportPlanner::plan(const QList<ContactCard> &cards)
{
    return m_planner->plan(cards);
}

} // namespace kl::server
