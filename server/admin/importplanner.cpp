#include "importplanner.h"

#include "domain.h"
#include "fieldrules.h"
#include "importwords.h"
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
    QString field; // the column whose value is refused, when one is
};

// One value made into its stored form and checked; a Skip when the rules refuse it.
std::optional<Skip> accept(const ImportWords &w, const QString &table, const QString &column, const QString &raw, QJsonObject *into)
{
    if (raw.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const auto normal = rowrules::normalise(table, column, raw);
    if (!normal) {
        const fieldrules::Column *c = fieldrules::column(table, column);
        const bool phone = c && (c->kind == fieldrules::Kind::Phone || c->kind == fieldrules::Kind::PhoneList);
        const fieldrules::Violation v { table, column, phone ? QStringLiteral("phone-invalid") : QStringLiteral("field-invalid") };
        return Skip { v.code, w.violation(v, raw), column };
    }
    if (auto v = fieldrules::checkValue(table, column, *normal)) {
        return Skip { v->code, w.violation(*v, raw), column };
    }
    into->insert(column, *normal);
    return std::nullopt;
}

} // namespace

class Planner
{
public:
    Planner(const Live &live, const QDate &today, PlanState &scratch, const ImportWords &words)
        : m_live(live)
        , m_today(today)
        , m_w(words)
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
        m_plan.words = words;
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
        for (const QString &e : str(fields, "extra_emails").split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            m_personByEmail.insert(e.toLower(), id);
        }
        for (const QString &n : str(fields, "extra_phones").split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            m_personByPhone.insert(n, id);
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
        const ImportWords &w = m_w;
        PlannedRow row;
        row.line = c.line;
        row.organisation = c.organisation.trimmed();
        QString given = c.givenName.trimmed();
        QString family = c.familyName.trimmed();
        if (given.isEmpty() && family.isEmpty() && !c.formattedName.trimmed().isEmpty()
            && c.formattedName.trimmed() != row.organisation) {
            // FN only: "Jan de Vries" -> given "Jan", family "de Vries".
            const QString fn = c.formattedName.trimmed();
            given = fn.section(QLatin1Char(' '), 0, 0);
            family = fn.section(QLatin1Char(' '), 1).trimmed();
        }
        const bool hasPerson = !given.isEmpty() || !family.isEmpty() || !c.middleName.trimmed().isEmpty();
        row.name = joinNonEmpty({ given, c.middleName, family });
        if (row.name.isEmpty()) {
            row.name = row.organisation.isEmpty() ? c.emails.value(0) : row.organisation;
        }
        for (const CardProblem &p : c.problems) {
            row.warnings << w.problem(p);
        }
        // What the card carries, one field each: what it keeps is counted as it goes in.
        QStringList notKept;
        int total = int(c.mobile.size() + c.landline.size() + c.otherPhones.size() + c.emails.size() + c.urls.size() + c.addresses.size()
            + c.categories.size() + c.unkept.size());
        int kept = 0;
        for (bool present : { !c.givenName.isEmpty(), !c.middleName.isEmpty(), !c.familyName.isEmpty(),
                 c.givenName.isEmpty() && c.familyName.isEmpty() && !c.formattedName.isEmpty()
                     && c.formattedName.trimmed() != row.organisation,
                 !c.namePrefix.isEmpty(), !c.nameSuffix.isEmpty(), !row.organisation.isEmpty(), !c.organisationUnit.isEmpty(),
                 !c.title.trimmed().isEmpty(), !c.note.trimmed().isEmpty(), !c.photoUrl.isEmpty(), !c.photo.isEmpty(),
                 !c.uid.isEmpty() }) {
            total += present ? 1 : 0;
        }
        if (!c.organisationUnit.isEmpty()) {
            notKept << w.say("afdeling ‘%1’", "department ‘%1’").arg(c.organisationUnit);
        }
        for (qsizetype i = 1; i < c.urls.size(); ++i) {
            notKept << w.say("extra website %1", "other website %1").arg(c.urls.at(i));
        }
        for (qsizetype i = 1; i < c.addresses.size(); ++i) {
            notKept << w.say("extra adres %1", "other address %1")
                           .arg(joinNonEmpty({ c.addresses.at(i).street, c.addresses.at(i).postalCode, c.addresses.at(i).city }));
        }
        if (!c.photoUrl.isEmpty()) {
            notKept << w.say("foto als link %1 (niet opgehaald)", "photo as a link %1 (not fetched)").arg(c.photoUrl.left(80));
        }
        for (const QString &u : c.unkept) {
            notKept << w.unkept(u);
        }
        row.fieldsTotal = total;
        auto skip = [&](const QString &code, const QString &reason, const QString &field = {}) {
            row.action = QStringLiteral("skipped");
            row.code = code;
            row.reason = reason;
            row.field = field;
            row.notKept = notKept;
            return row;
        };
        if (row.organisation.isEmpty()) {
            if (!hasPerson) {
                return skip(QStringLiteral("no-name"), c.emails.isEmpty()
                        ? w.say("kaart zonder naam en zonder organisatie", "card without a name and without an organisation")
                        : w.say("kaart met alleen een e-mailadres (%1), zonder naam en organisatie",
                              "card with only an e-mail address (%1), without a name and an organisation")
                              .arg(c.emails.first()));
            }
            return skip(QStringLiteral("no-organisation"),
                w.say("geen organisatie: KorteLijn bewaart personen bij hun organisatie",
                    "no organisation: KorteLijn keeps persons with their organisation"));
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
            notKept << w.say("categorie ‘%1’", "category ‘%1’").arg(rest);
        }
        if (auto s = accept(w, QStringLiteral("organisations"), QStringLiteral("name"), orgName, &org)) {
            return skip(s->code, s->reason, s->field);
        }
        for (const auto &[column, value] : { std::pair { QStringLiteral("website"), c.url },
                 std::pair { QStringLiteral("street"), c.street }, std::pair { QStringLiteral("postal_code"), c.postalCode.toUpper() },
                 std::pair { QStringLiteral("city"), c.city } }) {
            if (auto s = accept(w, QStringLiteral("organisations"), column, value, &org)) {
                return skip(s->code, s->reason, s->field);
            }
        }
        if (category) {
            org.insert(QStringLiteral("category"), categories::key(*category));
        }
        kept += 1 /* organisation */ + (c.urls.isEmpty() ? 0 : 1) + (c.addresses.isEmpty() ? 0 : 1)
            + (category && !c.categories.isEmpty() ? 1 : 0);
        QJsonObject function;
        if (auto s = accept(w, QStringLiteral("functions"), QStringLiteral("title"), c.title, &function)) {
            return skip(s->code, s->reason, s->field);
        }
        kept += c.title.trimmed().isEmpty() ? 0 : 1;
        // The person's values: every typed phone and e-mail, the name parts, the note.
        QJsonObject person;
        if (hasPerson) {
            if (auto s = personValues(c, given, family, &person, &notKept, &kept)) {
                return skip(s->code, s->reason, s->field);
            }
        } else {
            for (const QString &m : c.mobile + c.landline + c.otherPhones + c.emails) {
                notKept << w.say("%1 (een organisatie heeft geen eigen nummer of e-mailadres)",
                                 "%1 (an organisation has no number or e-mail address of its own)")
                               .arg(m);
            }
            if (!c.note.trimmed().isEmpty()) {
                notKept << w.say("notitie (%1 tekens; een organisatie heeft geen notitie)",
                                 "note (%1 characters; an organisation has no note)")
                               .arg(c.note.trimmed().size());
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
            changed << w.say("nieuwe organisatie", "new organisation");
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
                changed << w.say("organisatie bijgewerkt", "organisation updated");
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
                changed << w.say("nieuwe functie ‘%1’", "new function ‘%1’").arg(title);
            }
        }
        if (!hasPerson) {
            row.notKept = notKept;
            row.fieldsKept = kept;
            row.action = changed.isEmpty() ? QStringLiteral("unchanged") : (newOrg ? QStringLiteral("create") : QStringLiteral("update"));
            row.reason = changed.isEmpty() ? w.say("al gelijk", "already the same") : changed.join(QStringLiteral(", "));
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
        if (personId.isEmpty() && !c.middleName.trimmed().isEmpty()) {
            // Imported before the middle name had a column of its own: "Pieter Willem" Jansen.
            personId = m_personByName.value(nameKey(orgId, joinNonEmpty({ given, c.middleName }), family));
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
                return skip(v->code, w.violation(*v, {}), v->column);
            }
            write(QStringLiteral("persons"), personId, true, all);
            personCreated = true;
            ++m_plan.personsCreated;
        } else if (write(QStringLiteral("persons"), personId, false, person)) {
            if (!m_created.contains(key(QStringLiteral("persons"), personId))) {
                ++m_plan.personsUpdated;
            }
            changed << w.say("persoon bijgewerkt", "person updated");
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
            changed << w.say("houdt functie ‘%1’", "holds function ‘%1’").arg(title);
        }
        row.notKept = notKept;
        row.fieldsKept = kept + (c.uid.isEmpty() ? 0 : 1);
        if (personCreated) {
            row.action = QStringLiteral("create");
            row.reason = (QStringList { w.say("nieuwe persoon", "new person") } + changed).join(QStringLiteral(", "));
        } else if (changed.isEmpty()) {
            row.action = QStringLiteral("unchanged");
            row.reason = w.say("al gelijk aan de schoollijst", "already the same as the school list");
        } else {
            row.action = QStringLiteral("update");
            row.reason = changed.join(QStringLiteral(", "));
        }
        return row;
    }

    // The person's own values from the card, each checked; counts what is kept and names
    // what is not (a note over its limit, more numbers than a person holds).
    std::optional<Skip> personValues(const ContactCard &c, const QString &given, const QString &family, QJsonObject *person,
        QStringList *notKept, int *kept)
    {
        const ImportWords &w = m_w;
        const QString persons = QStringLiteral("persons");
        for (const auto &[column, value] : { std::pair { QStringLiteral("given_name"), given },
                 std::pair { QStringLiteral("middle_name"), c.middleName }, std::pair { QStringLiteral("family_name"), family },
                 std::pair { QStringLiteral("name_prefix"), c.namePrefix }, std::pair { QStringLiteral("name_suffix"), c.nameSuffix },
                 std::pair { QStringLiteral("mobile"), c.mobile.value(0) }, std::pair { QStringLiteral("landline"), c.landline.value(0) },
                 std::pair { QStringLiteral("email"), c.emails.value(0) } }) {
            if (auto s = accept(w, persons, column, value, person)) {
                return s;
            }
        }
        *kept += (c.givenName.isEmpty() ? 0 : 1) + (c.middleName.isEmpty() ? 0 : 1) + (c.familyName.isEmpty() ? 0 : 1)
            + ((c.givenName.isEmpty() && c.familyName.isEmpty() && !c.formattedName.isEmpty()
                   && c.formattedName.trimmed() != c.organisation.trimmed())
                    ? 1
                    : 0)
            + (c.namePrefix.isEmpty() ? 0 : 1)
            + (c.nameSuffix.isEmpty() ? 0 : 1) + (c.mobile.isEmpty() ? 0 : 1) + (c.landline.isEmpty() ? 0 : 1)
            + (c.emails.isEmpty() ? 0 : 1);
        // Every typed phone and e-mail after the first of its kind, up to kListMax each.
        const QStringList phones = c.mobile.mid(1) + c.landline.mid(1) + c.otherPhones;
        const QStringList emails = c.emails.mid(1);
        for (const auto &[column, values, dutch, english] :
            { std::tuple { QStringLiteral("extra_phones"), phones, "extra telefoonnummer %1 (meer dan %2)", "other phone number %1 (more than %2)" },
                std::tuple { QStringLiteral("extra_emails"), emails, "extra e-mailadres %1 (meer dan %2)", "other e-mail address %1 (more than %2)" } }) {
            const QStringList taken = values.mid(0, fieldrules::kListMax);
            for (const QString &left : values.mid(fieldrules::kListMax)) {
                *notKept << w.say(dutch, english).arg(left).arg(fieldrules::kListMax);
            }
            if (auto s = accept(w, persons, column, taken.join(QLatin1Char('\n')), person)) {
                return s;
            }
            *kept += int(taken.size());
        }
        // A note longer than its column is named, not cut and not a reason to skip the person.
        const QString note = fieldrules::cleanText(c.note, true);
        const fieldrules::Column *noteColumn = fieldrules::column(persons, QStringLiteral("note"));
        if (!note.isEmpty() && note.size() > noteColumn->maxLength) {
            *notKept << w.say("notitie (%1 tekens, hoogstens %2)", "note (%1 characters, at most %2)")
                            .arg(note.size())
                            .arg(noteColumn->maxLength);
        } else if (!note.isEmpty()) {
            if (auto s = accept(w, persons, QStringLiteral("note"), note, person)) {
                return s;
            }
            ++*kept;
        }
        if (!c.photo.isEmpty()) {
            if (auto jpeg = photos::sanitise(c.photo)) {
                person->insert(QStringLiteral("photo"), QString::fromLatin1(jpeg.value().toBase64()));
                ++*kept;
            } else {
                *notKept << w.say("foto (geen leesbare afbeelding)", "photo (not a readable image)");
            }
        }
        return std::nullopt;
    }

    const Live &m_live;
    QDate m_today;
    ImportWords m_w;
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
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
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
        return words.say("geen wijzigingen: alles is al gelijk aan de schoollijst (%1 ongewijzigd, %2 overgeslagen)",
                        "no changes: everything is already the same as the school list (%1 unchanged, %2 skipped)")
            .arg(unchanged)
            .arg(skipped);
    }
    return words.say("%1 nieuwe en %2 bijgewerkte organisaties, %3 nieuwe functies, %4 nieuwe en %5 bijgewerkte personen, "
                     "%6 ongewijzigd, %7 overgeslagen",
                    "%1 new and %2 updated organisations, %3 new functions, %4 new and %5 updated persons, "
                    "%6 unchanged, %7 skipped")
        .arg(organisationsCreated)
        .arg(organisationsUpdated)
        .arg(functionsCreated)
        .arg(personsCreated)
        .arg(personsUpdated)
        .arg(unchanged)
        .arg(skipped);
}

ImportPlanner::ImportPlanner(const Live &live, const QDate &today, const ImportWords &words)
    : m_scratch(std::make_unique<PlanState>())
    , m_planner(std::make_unique<Planner>(live, today, *m_scratch, words))
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
