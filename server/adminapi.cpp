#include "adminapi.h"

#include "api.h"
#include "contactcard.h"
#include "domain.h"
#include "phonenumbers.h"
#include "photos.h"
#include "publiccard.h"
#include "qrcodes.h"
#include "rows.h"
#include "textfold.h"
#include "vcard.h"

#include <QFile>
#include <cmath>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcAdmin, "kl.admin")

namespace kl::server {

namespace {

const QByteArray kCookie = "kl_admin";
constexpr qint64 kSessionSeconds = 12 * 3600;
// Login limits (per server instance): 30 attempts per address, then one per 3 s; 5 failures
// per account, then one per minute.
constexpr double kLoginAddressRate = 1.0 / 3;
constexpr double kLoginAddressBurst = 30;
constexpr double kLoginAccountRate = 1.0 / 60;
constexpr double kLoginAccountBurst = 5;

const QStringList kEditableTables { QStringLiteral("organisations"), QStringLiteral("persons"),
    QStringLiteral("functions"), QStringLiteral("presence"), QStringLiteral("quick_lines"),
    QStringLiteral("school_locations") };

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

ApiResponse json(const QJsonObject &body, int status = 200)
{
    return ApiResponse { status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {} };
}

// RFC 9457 with two extension members the UI uses to say it in Dutch: `code` (stable) and
// `field` (which input is wrong).
ApiResponse problem(int status, const QString &code, const QString &title, const QString &field = {},
    const QString &detail = {})
{
    QJsonObject o { { QStringLiteral("type"), sync::problemType(code) }, { QStringLiteral("title"), title },
        { QStringLiteral("status"), status }, { QStringLiteral("code"), code } };
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
    }
    if (!detail.isEmpty()) {
        o.insert(QStringLiteral("detail"), detail);
    }
    return ApiResponse { status, "application/problem+json", QJsonDocument(o).toJson(QJsonDocument::Compact),
        {} };
}

ApiResponse fromError(const Error &e)
{
    ApiResponse r = errorResponse(e);
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    o.insert(QStringLiteral("code"), e.code);
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

std::optional<QJsonObject> jsonBody(const ApiRequest &request, ApiResponse *error)
{
    if (!request.headers.value("content-type").toLower().startsWith("application/json")) {
        *error
            = problem(415, QStringLiteral("unsupported-media-type"), QStringLiteral("Send application/json"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error
            = problem(400, QStringLiteral("malformed-json"), QStringLiteral("The body is not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && !a.isEmpty()
        && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray cookieValue(const ApiRequest &request, const QByteArray &name)
{
    const QList<QByteArray> parts = request.headers.value("cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(name + '=')) {
            return p.mid(name.size() + 1);
        }
    }
    return {};
}

// Column kinds of the synced tables, for checking what a browser sends.
enum class Kind { Text, Int, OptInt, OptDouble, Date, OptDate, Blob };

Kind kindOf(const QString &column)
{
    static const QHash<QString, Kind> kinds { { QStringLiteral("origin"), Kind::Int },
        { QStringLiteral("weekday"), Kind::Int }, { QStringLiteral("start_min"), Kind::Int },
        { QStringLiteral("end_min"), Kind::Int }, { QStringLiteral("radius_m"), Kind::Int },
        { QStringLiteral("pinned_order"), Kind::OptInt }, { QStringLiteral("latitude"), Kind::OptDouble },
        { QStringLiteral("longitude"), Kind::OptDouble }, { QStringLiteral("since"), Kind::Date },
        { QStringLiteral("until"), Kind::OptDate }, { QStringLiteral("valid_from"), Kind::OptDate },
        { QStringLiteral("valid_until"), Kind::OptDate }, { QStringLiteral("photo"), Kind::Blob } };
    return kinds.value(column, Kind::Text);
}

QJsonValue defaultValue(const QString &table, const QString &column)
{
    if (column == QLatin1String("visibility")) {
        return FieldVisibility().toJson();
    }
    if (column == QLatin1String("category")) {
        return categories::key(Category::Overig);
    }
    if (table == QLatin1String("presence") && column == QLatin1String("weekday")) {
        return 1;
    }
    if (table == QLatin1String("school_locations") && column == QLatin1String("radius_m")) {
        return 150; // a school building and its playground
    }
    switch (kindOf(column)) {
    case Kind::Int:
        return 0;
    case Kind::Text:
        return QString();
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

// One browser value made into the value phones expect; nullopt when it cannot be.
std::optional<QJsonValue> normalise(const QString &column, const QJsonValue &v)
{
    const bool empty = v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
    switch (kindOf(column)) {
    case Kind::Int:
    case Kind::OptInt: {
        if (empty) {
            return kindOf(column) == Kind::OptInt ? std::optional<QJsonValue>(QJsonValue::Null)
                                                  : std::nullopt;
        }
        bool ok = v.isDouble();
        const double d = v.isString() ? v.toString().trimmed().toDouble(&ok) : v.toDouble();
        if (!ok || d != double(qint64(d)) || std::abs(d) > 1e9) {
            return std::nullopt;
        }
        return QJsonValue(qint64(d));
    }
    case Kind::OptDouble: {
        if (empty) {
            return QJsonValue(QJsonValue::Null);
        }
        bool ok = v.isDouble();
        QString text = v.toString().trimmed();
        if (!text.contains(QLatin1Char('.')) && text.count(QLatin1Char(',')) == 1) {
            text.replace(QLatin1Char(','), QLatin1Char('.')); // "52,0907" as Dutch people write it
        }
        const double d = v.isString() ? text.toDouble(&ok) : v.toDouble();
        return ok && std::isfinite(d) ? std::optional<QJsonValue>(d) : std::nullopt;
    }
    case Kind::Date:
    case Kind::OptDate: {
        if (empty) {
            return kindOf(column) == Kind::OptDate ? std::optional<QJsonValue>(QJsonValue::Null)
                                                   : std::nullopt;
        }
        const QDate d = QDate::fromString(v.toString().trimmed(), Qt::ISODate);
        return d.isValid() ? std::optional<QJsonValue>(d.toString(Qt::ISODate)) : std::nullopt;
    }
    case Kind::Blob:
        return std::nullopt; // photos are not edited here
    case Kind::Text:
        if (!v.isString() && !v.isNull()) {
            return std::nullopt;
        }
        return QJsonValue(v.toString().trimmed());
    }
    return std::nullopt;
}

struct Live
{
    QHash<QString, ServerRow> rows; // rowKey -> row

    [[nodiscard]] const ServerRow *find(const QString &table, const QString &id) const
    {
        const auto it = rows.constFind(sync::rowKey(table, id));
        return it == rows.cend() ? nullptr : &*it;
    }
    [[nodiscard]] QList<const ServerRow *> of(const QString &table) const
    {
        QList<const ServerRow *> out;
        for (const ServerRow &r : rows) {
            if (r.table == table) {
                out << &r;
            }
        }
        return out;
    }
};

Result<Live> loadLive(Storage &storage, const QString &schoolId)
{
    auto all = storage.liveRows(schoolId);
    if (!all) {
        return all.error();
    }
    Live live;
    for (const ServerRow &r : all.value()) {
        if (!r.deleted) {
            live.rows.insert(sync::rowKey(r.table, r.id), r);
        }
    }
    return live;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

std::optional<ApiResponse> invalid(const QString &code, const QString &field, const QString &title)
{
    return problem(422, code, title, field);
}

// Rules per table, on the row as it will be after the edit.
std::optional<ApiResponse> validate(const QString &table, QJsonObject &f, const Live &live)
{
    auto needs = [&](const char *column) -> std::optional<ApiResponse> {
        if (str(f, column).isEmpty()) {
            return invalid(QStringLiteral("field-required"), QLatin1String(column),
                QStringLiteral("This field is required"));
        }
        return std::nullopt;
    };
    auto refers
        = [&](const char *column, const QString &target, bool optional) -> std::optional<ApiResponse> {
        const QString id = str(f, column);
        if ((id.isEmpty() && optional) || (!id.isEmpty() && live.find(target, id))) {
            return std::nullopt;
        }
        return invalid(
            QStringLiteral("field-invalid"), QLatin1String(column), QStringLiteral("Unknown %1").arg(target));
    };
    if (const QString vis = str(f, "visibility"); f.contains(QStringLiteral("visibility"))) {
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(vis.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("visibility"),
                QStringLiteral("visibility must be JSON"));
        }
        f.insert(
            QStringLiteral("visibility"), FieldVisibility::fromJson(vis).toJson()); // only known keys survive
    }
    if (table == QLatin1String("organisations")) {
        if (auto p = needs("name")) {
            return p;
        }
        if (!categories::fromKey(str(f, "category"))) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("category"),
                QStringLiteral("Unknown category"));
        }
        return std::nullopt;
    }
    if (table == QLatin1String("persons")) {
        if (str(f, "given_name").isEmpty() && str(f, "family_name").isEmpty()) {
            return invalid(QStringLiteral("field-required"), QStringLiteral("given_name"),
                QStringLiteral("A person needs a name"));
        }
        for (const char *c : { "mobile", "whatsapp", "landline" }) {
            if (str(f, c).isEmpty()) {
                continue;
            }
            auto e164 = PhoneNumbers::toE164(str(f, c));
            if (!e164) {
                return invalid(
                    QStringLiteral("phone-invalid"), QLatin1String(c), QStringLiteral("Not a phone number"));
            }
            f.insert(QLatin1String(c), e164.value());
        }
        if (const QString m = str(f, "email");
            !m.isEmpty() && (!m.contains(QLatin1Char('@')) || m.contains(QLatin1Char(' ')))) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("email"),
                QStringLiteral("Not an e-mail address"));
        }
        return refers("organisation_id", QStringLiteral("organisations"), true);
    }
    if (table == QLatin1String("functions")) {
        if (auto p = needs("title")) {
            return p;
        }
        return refers("organisation_id", QStringLiteral("organisations"), false);
    }
    if (table == QLatin1String("presence")) {
        const qint64 day = f.value(QStringLiteral("weekday")).toInteger();
        const qint64 start = f.value(QStringLiteral("start_min")).toInteger();
        const qint64 end = f.value(QStringLiteral("end_min")).toInteger();
        if (day < 1 || day > 7) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("weekday"),
                QStringLiteral("weekday is 1 to 7"));
        }
        if (start < 0 || end > 1440 || end <= start) {
            return invalid(QStringLiteral("time-range"), QStringLiteral("end_min"),
                QStringLiteral("The end must be after the start"));
        }
        if (auto p = refers("organisation_id", QStringLiteral("organisations"), false)) {
            return p;
        }
        if (auto p = refers("function_id", QStringLiteral("functions"), true)) {
            return p;
        }
        if (auto p = refers("location_id", QStringLiteral("school_locations"), true)) {
            return p;
        }
        return refers("person_id", QStringLiteral("persons"), true);
    }
    if (table == QLatin1String("school_locations")) {
        if (auto p = needs("name")) {
            return p;
        }
        const QJsonValue lat = f.value(QStringLiteral("latitude"));
        const QJsonValue lon = f.value(QStringLiteral("longitude"));
        if (lat.isNull() != lon.isNull()) {
            return invalid(QStringLiteral("coordinates-incomplete"), QLatin1String(lat.isNull() ? "latitude" : "longitude"),
                QStringLiteral("Give both latitude and longitude, or neither"));
        }
        if (!lat.isNull() && (lat.toDouble() < -90 || lat.toDouble() > 90)) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("latitude"),
                QStringLiteral("latitude is -90 to 90"));
        }
        if (!lon.isNull() && (lon.toDouble() < -180 || lon.toDouble() > 180)) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("longitude"),
                QStringLiteral("longitude is -180 to 180"));
        }
        const qint64 radius = f.value(QStringLiteral("radius_m")).toInteger();
        if (radius < 20 || radius > 5000) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("radius_m"),
                QStringLiteral("radius is 20 to 5000 metres"));
        }
        return std::nullopt;
    }
    if (table == QLatin1String("quick_lines")) {
        if (auto p = needs("label")) {
            return p;
        }
        if (auto p = needs("template")) {
            return p;
        }
        const auto kind = targetKindFromKey(str(f, "target_kind"));
        if (!kind) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("target_kind"),
                QStringLiteral("Unknown target kind"));
        }
        if (!channelFromKey(str(f, "channel"))) {
            return invalid(QStringLiteral("field-invalid"), QStringLiteral("channel"),
                QStringLiteral("Unknown channel"));
        }
        static const QStringList targets { QStringLiteral("organisations"), QStringLiteral("functions"),
            QStringLiteral("persons") };
        return refers("target_id", targets.at(int(*kind)), false);
    }
    return std::nullopt;
}

QJsonObject mutation(
    const QString &table, const QString &row, QLatin1String op, const QJsonObject &fields, qint64 base)
{
    return { { QStringLiteral("table"), table }, { QStringLiteral("row"), row },
        { QStringLiteral("op"), QString(op) }, { QStringLiteral("fields"), fields },
        { QStringLiteral("base"), base } };
}

QJsonObject rowJson(const QString &schoolId, const ServerRow &r)
{
    QJsonObject o = r.fields;
    if (r.table == QLatin1String("persons")) {
        o.insert(QStringLiteral("has_photo"), !o.value(QStringLiteral("photo")).toString().isEmpty());
        o.remove(QStringLiteral("photo"));
        // Where the person's public page is (it answers once their name is public).
        o.insert(QStringLiteral("public_path"), QStringLiteral("/p/") + publiccard::slug(schoolId, r.id));
    }
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("version"), r.version);
    return o;
}

QJsonObject deviceJson(const DeviceInfo &d)
{
    return { { QStringLiteral("id"), d.id }, { QStringLiteral("name"), d.name },
        { QStringLiteral("role"), d.role }, { QStringLiteral("created_at"), iso(d.createdAt) },
        { QStringLiteral("last_seen_at"), iso(d.lastSeenAt) },
        { QStringLiteral("revoked_at"),
            d.revoked() ? QJsonValue(iso(d.revokedAt)) : QJsonValue(QJsonValue::Null) } };
}

// RFC 4180 with the Dutch spreadsheet habit of ';' as separator (detected on the header).
QList<QStringList> parseCsv(QByteArray data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    const QString text = QString::fromUtf8(data);
    const QString head = text.section(QLatin1Char('\n'), 0, 0);
    const QChar sep
        = head.count(QLatin1Char(';')) > head.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    QList<QStringList> out;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == sep) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            row << cell;
            cell.clear();
            out << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        out << row;
    }
    return out;
}

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
            f.insert(c, defaultValue(table, c));
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

} // namespace

Result<QString> hashPassword(const QString &password)
{
    if (sodium_init() < 0) {
        return serverError(errors::kStorage, QStringLiteral("libsodium could not start"));
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return serverError(errors::kStorage, QStringLiteral("not enough memory to hash the password"));
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QString &password)
{
    if (sodium_init() < 0 || hash.isEmpty()) {
        return false;
    }
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

AdminApi::AdminApi(Storage &storage, const Limits &limits)
    : m_storage(storage)
    , m_pushMaxMutations(limits.pushMaxMutations)
    , m_inviteHours(limits.inviteHours)
{
}

bool AdminApi::handles(const QString &path)
{
    return path == QLatin1String("/admin") || path.startsWith(QLatin1String("/admin/"));
}

bool AdminApi::loginAllowed(const QString &key, double rate, double burst, double cost)
{
    auto allowed = m_storage.takeRateToken(key, rate, burst, cost);
    // A limiter that cannot answer must not lock every coordinator out.
    return !allowed || allowed.value();
}

void AdminApi::audit(const Session &s, const QString &action, const QString &table, const QString &row,
    const QStringList &fields, const QString &detail)
{
    const AuditEntry e { 0, s.web.schoolId, s.account.info.id, s.account.info.name, action, table, row,
        fields, detail, QDateTime::currentDateTimeUtc() };
    if (auto r = m_storage.appendAudit(e); !r) {
        qCWarning(lcAdmin) << "audit entry lost:" << r.error().message;
    }
}

ApiResponse AdminApi::handle(const ApiRequest &request)
{
    if (!request.path.startsWith(QLatin1String("/admin/api/"))) {
        if (request.method != "GET" && request.method != "HEAD") {
            return problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use GET"));
        }
        return staticFile(request.path);
    }
    // A device token is for the sync API only: a stolen or shared phone opens no admin door.
    if (request.headers.contains("authorization")) {
        return problem(401, QStringLiteral("device-token-refused"),
            QStringLiteral("Device tokens do not open the web admin; sign in with your password"));
    }
    const QString rest = request.path.mid(int(qstrlen("/admin/api")));
    if (rest == QLatin1String("/login")) {
        return request.method == "POST"
            ? login(request)
            : problem(405, QStringLiteral("method-not-allowed"), QStringLiteral("Use POST"));
    }
    auto session = sessionOf(request);
    if (!session) {
        return fromError(session.error());
    }
    if (!session.value()) {
        return problem(401, QStringLiteral("unauthenticated"), QStringLiteral("Sign in first"));
    }
    if (request.method != "GET" && request.method != "HEAD") {
        if (!sameSecret(request.headers.value("x-csrf-token"), session.value()->web.csrfToken.toLatin1())) {
            return problem(403, QStringLiteral("csrf-failed"),
                QStringLiteral("The request lacks this session's CSRF token"));
        }
    }
    return api(request, *session.value(), rest);
}

ApiResponse AdminApi::staticFile(const QString &path)
{
    static const QRegularExpression name(QStringLiteral("^/admin/([a-z0-9-]{1,40}\\.(html|js|css|svg))$"));
    QString file;
    if (path == QLatin1String("/admin")) {
        ApiResponse r { 308, "text/plain", "/admin/", {} };
        r.headers.append(qMakePair(QByteArray("Location"), QByteArray("/admin/")));
        return r;
    }
    if (path == QLatin1String("/admin/")) {
        file = QStringLiteral("index.html");
    } else if (const auto m = name.match(path); m.hasMatch()) {
        file = m.captured(1);
    }
    QFile f(QStringLiteral(":/web/") + file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such page"));
    }
    static const QHash<QString, QByteArray> types { { QStringLiteral("html"), "text/html; charset=utf-8" },
        { QStringLiteral("js"), "text/javascript; charset=utf-8" },
        { QStringLiteral("css"), "text/css; charset=utf-8" }, { QStringLiteral("svg"), "image/svg+xml" } };
    ApiResponse r { 200, types.value(file.section(QLatin1Char('.'), -1)), f.readAll(), {} };
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"),
        QByteArray("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                   "connect-src 'self'; "
                   "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")));
    r.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    r.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    return r;
}

Result<std::optional<AdminApi::Session>> AdminApi::sessionOf(const ApiRequest &request)
{
    const QByteArray token = cookieValue(request, kCookie);
    if (token.size() < 20 || token.size() > 100) {
        return std::optional<Session> {};
    }
    auto web = m_storage.webSession(hashToken(QString::fromLatin1(token)), QDateTime::currentDateTimeUtc());
    if (!web) {
        return web.error();
    }
    if (!web.value()) {
        return std::optional<Session> {};
    }
    auto account = m_storage.coordinatorAccount(web.value()->coordinatorId);
    if (!account) {
        return account.error();
    }
    if (!account.value()) {
        return std::optional<Session> {};
    }
    return std::optional<Session>(Session { *web.value(), *account.value() });
}

ApiResponse AdminApi::login(const ApiRequest &request)
{
    auto limited = [] {
        ApiResponse r = problem(
            429, QStringLiteral("rate-limited"), QStringLiteral("Too many sign-in attempts; wait a minute"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("60")));
        return r;
    };
    const QString addressKey = QStringLiteral("login-ip:") + request.peer;
    if (!loginAllowed(addressKey, kLoginAddressRate, kLoginAddressBurst, 1)) {
        return limited();
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString email = body->value(QStringLiteral("email")).toString().trimmed();
    const QString password = body->value(QStringLiteral("password")).toString();
    if (email.isEmpty() || email.size() > 254 || password.isEmpty() || password.size() > 1024) {
        return problem(422, QStringLiteral("field-required"), QStringLiteral("Send email and password"),
            email.isEmpty() ? QStringLiteral("email") : QStringLiteral("password"));
    }
    const QString accountKey = QStringLiteral("login-account:") + email.toLower();
    if (!loginAllowed(accountKey, kLoginAccountRate, kLoginAccountBurst, 0)) {
        return limited();
    }
    auto accounts = m_storage.coordinatorAccountsByEmail(email);
    if (!accounts) {
        return fromError(accounts.error());
    }
    std::optional<CoordinatorAccount> match;
    for (const CoordinatorAccount &a : accounts.value()) {
        if (verifyPassword(a.passwordHash, password)) {
            match = a;
            break;
        }
    }
    if (accounts.value().isEmpty()) {
        // As slow as a real check, so the answer time does not tell which addresses exist.
        static const QString dummy = [] {
            auto h = hashPassword(QStringLiteral("not a password"));
            return h ? h.value() : QString();
        }();
        (void)verifyPassword(dummy, password);
    }
    if (!match) {
        (void)loginAllowed(accountKey, kLoginAccountRate, kLoginAccountBurst, 1); // only failures count
        for (const CoordinatorAccount &a : accounts.value()) {
            const AuditEntry e { 0, a.info.schoolId, a.info.id, a.info.name, QStringLiteral("login.failed"),
                {}, {}, {}, request.peer, QDateTime::currentDateTimeUtc() };
            if (auto r = m_storage.appendAudit(e); !r) {
                qCWarning(lcAdmin) << "audit entry lost:" << r.error().message;
            }
        }
        qCInfo(lcAdmin) << "failed web sign-in from" << request.peer;
        return problem(
            401, QStringLiteral("login-failed"), QStringLiteral("E-mail address or password is wrong"));
    }
    const QString token = randomToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const WebSession web { hashToken(token), match->info.schoolId, match->info.id, randomToken(), now,
        now.addSecs(kSessionSeconds) };
    if (auto r = m_storage.createWebSession(web); !r) {
        return fromError(r.error());
    }
    const Session s { web, *match };
    audit(s, QStringLiteral("login"), {}, {}, {}, request.peer);
    QByteArray cookie = kCookie + '=' + token.toLatin1()
        + "; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=" + QByteArray::number(kSessionSeconds);
    if (m_publicUrl.scheme() == QLatin1String("https")) {
        cookie += "; Secure";
    }
    ApiResponse r = json({ { QStringLiteral("csrf"), web.csrfToken } });
    r.headers.append(qMakePair(QByteArray("Set-Cookie"), QByteArray(cookie)));
    return r;
}

ApiResponse AdminApi::api(const ApiRequest &request, const Session &s, const QString &rest)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    auto wrong = [](const char *m) {
        return problem(
            405, QStringLiteral("method-not-allowed"), QStringLiteral("Use %1").arg(QLatin1String(m)));
    };
    if (rest == QLatin1String("/session")) {
        if (!get) {
            return wrong("GET");
        }
        auto school = m_storage.school(s.web.schoolId);
        return json({ { QStringLiteral("csrf"), s.web.csrfToken },
            { QStringLiteral("coordinator"),
                QJsonObject { { QStringLiteral("id"), s.account.info.id },
                    { QStringLiteral("name"), s.account.info.name },
                    { QStringLiteral("email"), s.account.info.email } } },
            { QStringLiteral("school"),
                QJsonObject { { QStringLiteral("id"), s.web.schoolId },
                    { QStringLiteral("name"),
                        school && school.value() ? school.value()->name : QString() } } },
            { QStringLiteral("expires_at"), iso(s.web.expiresAt) } });
    }
    if (rest == QLatin1String("/logout")) {
        if (!post) {
            return wrong("POST");
        }
        (void)m_storage.deleteWebSession(s.web.tokenHash);
        audit(s, QStringLiteral("logout"));
        ApiResponse r = json({ { QStringLiteral("signed_out"), true } });
        r.headers.append(qMakePair(QByteArray("Set-Cookie"),
            QByteArray(kCookie + "=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0")));
        return r;
    }
    if (rest == QLatin1String("/rows")) {
        return get ? rows(s) : wrong("GET");
    }
    static const QRegularExpression rowPath(
        QStringLiteral("^/rows/([a-z_]{1,20})(?:/([A-Za-z0-9-]{1,64}))?(/delete)?$"));
    if (const auto m = rowPath.match(rest); m.hasMatch()) {
        if (!post) {
            return wrong("POST");
        }
        if (!kEditableTables.contains(m.captured(1))) {
            return problem(404, QStringLiteral("not-found"), QStringLiteral("No such list"));
        }
        if (m.hasCaptured(3)) {
            return m.captured(2).isEmpty()
                ? problem(404, QStringLiteral("not-found"), QStringLiteral("No such row"))
                : remove(s, m.captured(1), m.captured(2));
        }
        return upsert(s, m.captured(1), m.captured(2), request);
    }
    static const QRegularExpression photoPath(QStringLiteral("^/persons/([A-Za-z0-9-]{1,64})/photo(/delete)?$"));
    if (const auto m = photoPath.match(rest); m.hasMatch()) {
        if (m.hasCaptured(2)) {
            return post ? personPhoto(s, m.captured(1), request, true) : wrong("POST");
        }
        return get || post ? personPhoto(s, m.captured(1), request, false) : wrong("GET or POST");
    }
    static const QRegularExpression handOverPath(
        QStringLiteral("^/functions/([A-Za-z0-9-]{1,64})/handover$"));
    if (const auto m = handOverPath.match(rest); m.hasMatch()) {
        return post ? handOver(s, m.captured(1), request) : wrong("POST");
    }
    static const QRegularExpression flagPath(QStringLiteral("^/flags/([A-Za-z0-9-]{1,64})/resolve$"));
    if (const auto m = flagPath.match(rest); m.hasMatch()) {
        return post ? resolveFlag(s, m.captured(1), request) : wrong("POST");
    }
    if (rest == QLatin1String("/devices")) {
        return get ? devices(s) : wrong("GET");
    }
    static const QRegularExpression revokePath(QStringLiteral("^/devices/([A-Za-z0-9-]{1,64})/revoke$"));
    if (const auto m = revokePath.match(rest); m.hasMatch()) {
        return post ? revoke(s, m.captured(1)) : wrong("POST");
    }
    if (rest == QLatin1String("/invites")) {
        return post ? invite(s, request) : wrong("POST");
    }
    static const QRegularExpression restorePath(QStringLiteral("^/conflicts/([0-9]{1,15})/restore$"));
    if (const auto m = restorePath.match(rest); m.hasMatch()) {
        return post ? restoreConflict(s, m.captured(1).toLongLong()) : wrong("POST");
    }
    if (rest == QLatin1String("/conflicts")) {
        return get ? conflicts(s) : wrong("GET");
    }
    if (rest == QLatin1String("/audit")) {
        return get ? auditLog(s) : wrong("GET");
    }
    if (rest == QLatin1String("/import")) {
        return post ? importCards(s, request) : wrong("POST");
    }
    if (rest == QLatin1String("/export.vcf")) {
        return get ? exportCards(s) : wrong("GET");
    }
    return problem(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint"));
}

Result<AdminApi::WebClient> AdminApi::webClient(const Session &s, bool refresh)
{
    const QString coordinatorId = s.account.info.id;
    if (!refresh && m_clients.contains(coordinatorId)) {
        // Revoked meanwhile (by the CLI or another instance)? Then it is replaced below.
        const WebClient cached = m_clients.value(coordinatorId);
        auto list = m_storage.devices(s.web.schoolId);
        if (!list) {
            return list.error();
        }
        for (const DeviceInfo &d : list.value()) {
            if (d.id == cached.device.id && !d.revoked()) {
                return cached;
            }
        }
    }
    auto account = m_storage.coordinatorAccount(coordinatorId);
    if (!account || !account.value()) {
        return account ? Result<WebClient>(serverError(errors::kNotFound, QStringLiteral("coordinator gone")))
                       : account.error();
    }
    CoordinatorAccount a = *account.value();
    WebClient client;
    if (!a.webDeviceId.isEmpty()) {
        auto list = m_storage.devices(a.info.schoolId);
        if (!list) {
            return list.error();
        }
        for (const DeviceInfo &d : list.value()) {
            if (d.id == a.webDeviceId && !d.revoked()) {
                client.device = d;
            }
        }
        if (!client.device.id.isEmpty()) {
            auto st = m_storage.status(a.info.schoolId);
            if (!st) {
                return st.error();
            }
            for (const ClientStatus &c : st.value().clients) {
                if (c.deviceId == client.device.id) {
                    client.clientId = c.clientId;
                    client.lastMutationId = c.lastMutationId;
                }
            }
        }
    }
    if (client.clientId.isEmpty()) {
        // The web UI's own device: made like a phone's (a single-use invite redeemed at once),
        // so its pushes are a coordinator device's pushes. Its token is thrown away.
        const QString invite = randomToken();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto r = m_storage.createInvite(a.info.schoolId, hashToken(invite),
                QString(sync::kRoleCoordinator), now.addSecs(60), a.info.id);
            !r) {
            return r.error();
        }
        const QString clientId = QStringLiteral("web-") + newId();
        auto device = m_storage.redeemInvite(hashToken(invite), hashToken(randomToken()),
            QStringLiteral("Webbeheer: %1").arg(a.info.name), clientId, now);
        if (!device) {
            return device.error();
        }
        a.webDeviceId = device.value().id;
        if (auto r = m_storage.setCoordinatorWebDevice(a.info.id, a.webDeviceId); !r) {
            return r.error();
        }
        client = WebClient { device.value(), clientId, 0 };
    }
    m_clients.insert(coordinatorId, client);
    return client;
}

Result<QJsonArray> AdminApi::apply(const Session &s, QJsonArray mutations)
{
    QJsonArray results;
    const int chunk = std::max(1, m_pushMaxMutations);
    while (!mutations.isEmpty()) {
        QJsonArray batch;
        while (!mutations.isEmpty() && batch.size() < chunk) {
            batch.append(mutations.takeAt(0));
        }
        // Another server instance may have used the next id of this coordinator's web client:
        // then the server says duplicate (or gap) and the batch goes again with fresh ids.
        for (int attempt = 0;; ++attempt) {
            auto client = webClient(s, attempt > 0);
            if (!client) {
                return client.error();
            }
            QJsonArray numbered;
            qint64 id = client.value().lastMutationId;
            for (const QJsonValue &m : std::as_const(batch)) {
                QJsonObject o = m.toObject();
                o.insert(QStringLiteral("id"), ++id);
                numbered.append(o);
            }
            auto outcome = m_storage.push(client.value().device, client.value().clientId, numbered);
            if (!outcome) {
                if (outcome.error().code == errors::kGap && attempt < 3) {
                    continue;
                }
                return outcome.error();
            }
            m_clients[s.account.info.id].lastMutationId = outcome.value().lastMutationId;
            QJsonArray again;
            for (int i = 0; i < outcome.value().results.size(); ++i) {
                const QJsonObject r = outcome.value().results.at(i).toObject();
                const QString status = r.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("duplicate")) {
                    again.append(batch.at(i));
                } else if (status == QLatin1String("rejected")) {
                    return serverError(
                        QStringLiteral("rejected"), r.value(QStringLiteral("reason")).toString());
                } else {
                    results.append(r);
                }
            }
            // Mutations after a gap are not answered: send them again too.
            for (int i = int(outcome.value().results.size()); i < batch.size(); ++i) {
                again.append(batch.at(i));
            }
            if (again.isEmpty()) {
                break;
            }
            if (attempt >= 3) {
                return serverError(errors::kStorage, QStringLiteral("could not get a mutation id"));
            }
            batch = again;
        }
    }
    return results;
}

ApiResponse AdminApi::rows(const Session &s)
{
    auto all = m_storage.liveRows(s.web.schoolId);
    if (!all) {
        return fromError(all.error());
    }
    QJsonObject tables;
    for (const QString &t : rows::syncedTables()) {
        tables.insert(t, QJsonArray());
    }
    tables.insert(QStringLiteral("flags"), QJsonArray());
    QHash<QString, QJsonArray> grouped;
    for (const ServerRow &r : all.value()) {
        if (!r.deleted) {
            grouped[r.table].append(rowJson(s.web.schoolId, r));
        }
    }
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        tables.insert(it.key(), it.value());
    }
    QJsonArray cats;
    for (Category c : categories::all()) {
        cats.append(categories::key(c));
    }
    return json({ { QStringLiteral("tables"), tables }, { QStringLiteral("categories"), cats } });
}

ApiResponse AdminApi::upsert(
    const Session &s, const QString &table, const QString &id, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonObject in = body->value(QStringLiteral("fields")).toObject();
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *current = id.isEmpty() ? nullptr : live.value().find(table, id);
    if (!id.isEmpty() && !current) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("This row no longer exists"));
    }
    const QStringList &columns = sync::syncedColumns(table);
    QJsonObject merged;
    for (const QString &c : columns) {
        merged.insert(c, current ? current->fields.value(c) : defaultValue(table, c));
    }
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("origin")
            || kindOf(it.key()) == Kind::Blob) {
            return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Unknown field"), it.key());
        }
        const auto v = normalise(it.key(), it.value());
        if (!v || (v->isString() && v->toString().size() > 4000)) {
            return problem(
                422, QStringLiteral("field-invalid"), QStringLiteral("This value is not valid"), it.key());
        }
        merged.insert(it.key(), *v);
    }
    if (auto p = validate(table, merged, live.value())) {
        return *p;
    }
    QJsonObject changed;
    for (const QString &c : columns) {
        if (!current || current->fields.value(c) != merged.value(c)) {
            changed.insert(c, merged.value(c));
        }
    }
    const QString rowId = current ? id : newId();
    if (!changed.isEmpty()) {
        const qint64 base
            = current ? qint64(body->value(QStringLiteral("base")).toDouble(double(current->version))) : 0;
        auto r = apply(
            s, QJsonArray { mutation(table, rowId, sync::kOpUpsert, current ? changed : merged, base) });
        if (!r) {
            return fromError(r.error());
        }
        audit(s, current ? QStringLiteral("update") : QStringLiteral("create"), table, rowId, changed.keys());
    }
    return json({ { QStringLiteral("id"), rowId },
        { QStringLiteral("changed"), QJsonArray::fromStringList(changed.keys()) } });
}

ApiResponse AdminApi::personPhoto(const Session &s, const QString &personId, const ApiRequest &request, bool remove)
{
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *person = live.value().find(QStringLiteral("persons"), personId);
    if (!person) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("This row no longer exists"));
    }
    const QString stored = str(person->fields, "photo");
    if (request.method == "GET") {
        if (stored.isEmpty()) {
            return problem(404, QStringLiteral("not-found"), QStringLiteral("This person has no photo"));
        }
        const QByteArray image = QByteArray::fromBase64(stored.toLatin1());
        return ApiResponse { 200, QMimeDatabase().mimeTypeForData(image).name().toLatin1(), image, {} };
    }
    QJsonObject fields;
    qsizetype bytes = 0;
    if (remove) {
        if (stored.isEmpty()) {
            return json({ { QStringLiteral("photo"), false } });
        }
        fields.insert(QStringLiteral("photo"), QJsonValue::Null);
    } else {
        // The picture itself is the body (not JSON): the browser sends the file as it is.
        if (!request.headers.value("content-type").trimmed().toLower().startsWith("image/")) {
            return problem(415, QStringLiteral("unsupported-media-type"),
                QStringLiteral("Send the picture itself, as image/jpeg, image/png or similar"));
        }
        auto jpeg = photos::normalise(request.body);
        if (!jpeg) {
            return problem(422, jpeg.error().code, jpeg.error().message, QStringLiteral("photo"));
        }
        bytes = jpeg.value().size();
        fields.insert(QStringLiteral("photo"), QString::fromLatin1(jpeg.value().toBase64()));
    }
    auto r = apply(s, QJsonArray { mutation(QStringLiteral("persons"), personId, sync::kOpUpsert, fields, person->version) });
    if (!r) {
        return fromError(r.error());
    }
    audit(s, QStringLiteral("update"), QStringLiteral("persons"), personId, { QStringLiteral("photo") },
        remove ? QStringLiteral("removed") : QString());
    return json({ { QStringLiteral("photo"), !remove }, { QStringLiteral("bytes"), qint64(bytes) } });
}

ApiResponse AdminApi::remove(const Session &s, const QString &table, const QString &id)
{
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *row = live.value().find(table, id);
    if (!row) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("This row no longer exists"));
    }
    // What hangs on the row goes with it: an organisation's functions, people and presence;
    // the holdings of a function or person; lines aimed at any of them.
    QList<const ServerRow *> gone { row };
    auto dependants = [&](const QString &t, const char *column, const QString &target) {
        for (const ServerRow *r : live.value().of(t)) {
            if (str(r->fields, column) == target && !gone.contains(r)) {
                gone << r;
            }
        }
    };
    if (table == QLatin1String("organisations")) {
        dependants(QStringLiteral("functions"), "organisation_id", id);
        dependants(QStringLiteral("persons"), "organisation_id", id);
        dependants(QStringLiteral("presence"), "organisation_id", id);
    }
    for (qsizetype i = 0; i < gone.size(); ++i) {
        const ServerRow *r = gone.at(i);
        if (r->table == QLatin1String("functions")) {
            dependants(QStringLiteral("holdings"), "function_id", r->id);
        } else if (r->table == QLatin1String("persons")) {
            dependants(QStringLiteral("holdings"), "person_id", r->id);
        }
        if (r->table != QLatin1String("quick_lines") && r->table != QLatin1String("holdings")) {
            dependants(QStringLiteral("quick_lines"), "target_id", r->id);
        }
    }
    QJsonArray mutations;
    if (table == QLatin1String("school_locations")) {
        // Presence at a location that goes keeps its day and time, without the location.
        for (const ServerRow *p : live.value().of(QStringLiteral("presence"))) {
            if (str(p->fields, "location_id") == id) {
                mutations.append(mutation(QStringLiteral("presence"), p->id, sync::kOpUpsert,
                    { { QStringLiteral("location_id"), QString() } }, p->version)); // the column is NOT NULL: empty
            }
        }
    }
    for (const ServerRow *r : gone) {
        mutations.append(mutation(r->table, r->id, sync::kOpDelete, {}, r->version));
    }
    auto r = apply(s, mutations);
    if (!r) {
        return fromError(r.error());
    }
    audit(s, QStringLiteral("delete"), table, id, {},
        gone.size() > 1 ? QStringLiteral("+%1").arg(gone.size() - 1) : QString());
    return json({ { QStringLiteral("deleted"), int(gone.size()) } });
}

ApiResponse AdminApi::handOver(const Session &s, const QString &functionId, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const QString personId = body->value(QStringLiteral("person_id")).toString();
    const QDate since = QDate::fromString(body->value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (!live.value().find(QStringLiteral("functions"), functionId)) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("This function no longer exists"));
    }
    if (!live.value().find(QStringLiteral("persons"), personId)) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Choose the successor"),
            QStringLiteral("person_id"));
    }
    if (!since.isValid()) {
        return problem(422, QStringLiteral("field-invalid"),
            QStringLiteral("Choose the date of the hand-over"), QStringLiteral("since"));
    }
    QJsonArray mutations;
    for (const ServerRow *h : live.value().of(QStringLiteral("holdings"))) {
        if (str(h->fields, "function_id") != functionId
            || !h->fields.value(QStringLiteral("until")).toString().isEmpty()) {
            continue;
        }
        if (str(h->fields, "person_id") == personId) {
            return json({ { QStringLiteral("unchanged"), true } });
        }
        if (since <= QDate::fromString(str(h->fields, "since"), Qt::ISODate)) {
            return problem(422, QStringLiteral("handover-date"),
                QStringLiteral("The hand-over date must be after the current holder started"),
                QStringLiteral("since"), str(h->fields, "since"));
        }
        mutations.append(mutation(QStringLiteral("holdings"), h->id, sync::kOpUpsert,
            { { QStringLiteral("until"), since.addDays(-1).toString(Qt::ISODate) } }, h->version));
    }
    const QString holdingId = newId();
    mutations.append(mutation(QStringLiteral("holdings"), holdingId, sync::kOpUpsert,
        { { QStringLiteral("function_id"), functionId }, { QStringLiteral("person_id"), personId },
            { QStringLiteral("since"), since.toString(Qt::ISODate) },
            { QStringLiteral("until"), QJsonValue(QJsonValue::Null) } },
        0));
    auto r = apply(s, mutations);
    if (!r) {
        return fromError(r.error());
    }
    audit(s, QStringLiteral("handover"), QStringLiteral("functions"), functionId,
        { QStringLiteral("person_id") }, personId + QLatin1Char(' ') + since.toString(Qt::ISODate));
    return json({ { QStringLiteral("holding"), holdingId } });
}

ApiResponse AdminApi::resolveFlag(const Session &s, const QString &flagId, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    // confirm: the report is right (and the contact was or will be fixed); fixed: the contact
    // was edited from the report; dismiss: the report was wrong. Phones only see resolved.
    static const QHash<QString, int> actions { { QStringLiteral("confirm"), 1 },
        { QStringLiteral("fixed"), 1 }, { QStringLiteral("dismiss"), 2 } };
    const QString action = body->value(QStringLiteral("action")).toString();
    if (!actions.contains(action)) {
        return problem(422, QStringLiteral("field-invalid"),
            QStringLiteral("action is confirm, fixed or dismiss"), QStringLiteral("action"));
    }
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *flag = live.value().find(QStringLiteral("flags"), flagId);
    if (!flag) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such report"));
    }
    auto r = apply(s,
        { mutation(QStringLiteral("flags"), flagId, sync::kOpUpsert,
            { { QStringLiteral("resolved"), actions.value(action) } }, flag->version) });
    if (!r) {
        return fromError(r.error());
    }
    audit(s, QStringLiteral("flag.") + action, QStringLiteral("flags"), flagId,
        { QStringLiteral("resolved") },
        str(flag->fields, "target_kind") + QLatin1Char('/') + str(flag->fields, "target_id"));
    return json({ { QStringLiteral("resolved"), flagId } });
}

ApiResponse AdminApi::devices(const Session &s)
{
    auto list = m_storage.devices(s.web.schoolId);
    if (!list) {
        return fromError(list.error());
    }
    QJsonArray out;
    for (const DeviceInfo &d : list.value()) {
        QJsonObject o = deviceJson(d);
        o.insert(QStringLiteral("web"), d.id == s.account.webDeviceId);
        out.append(o);
    }
    return json({ { QStringLiteral("devices"), out } });
}

ApiResponse AdminApi::revoke(const Session &s, const QString &deviceId)
{
    if (auto r = m_storage.revokeDevice(deviceId, s.web.schoolId); !r) {
        return fromError(r.error());
    }
    m_clients.clear(); // a revoked web device is replaced on the next edit
    audit(s, QStringLiteral("revoke"), QStringLiteral("devices"), deviceId);
    return json({ { QStringLiteral("revoked"), deviceId } });
}

ApiResponse AdminApi::invite(const Session &s, const ApiRequest &request)
{
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QString role = body->value(QStringLiteral("role")).toString(QString(sync::kRoleTeacher));
    const int hours = body->value(QStringLiteral("hours")).toInt(m_inviteHours);
    if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("role is teacher or coordinator"),
            QStringLiteral("role"));
    }
    if (hours < 1 || hours > 24 * 31) {
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("hours is 1 to 744"),
            QStringLiteral("hours"));
    }
    if (!m_publicUrl.isValid() || m_publicUrl.isEmpty()) {
        return problem(409, QStringLiteral("no-public-url"),
            QStringLiteral("Start the server with --public-url to invite staff"));
    }
    const QString token = randomToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(hours) * 3600);
    if (auto r = m_storage.createInvite(s.web.schoolId, hashToken(token), role, expires, s.account.info.id);
        !r) {
        return fromError(r.error());
    }
    const QString link = sync::inviteLink(m_publicUrl, token);
    auto svg = qrSvg(link);
    if (!svg) {
        return fromError(svg.error());
    }
    audit(s, QStringLiteral("invite"), {}, {}, {}, role);
    return json({ { QStringLiteral("invite_link"), link }, { QStringLiteral("role"), role },
        { QStringLiteral("expires_at"), iso(expires) },
        { QStringLiteral("qr_svg"), QString::fromUtf8(svg.value()) } });
}

ApiResponse AdminApi::conflicts(const Session &s)
{
    auto list = m_storage.conflicts(s.web.schoolId, 500);
    if (!list) {
        return fromError(list.error());
    }
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    QJsonArray out;
    for (const ConflictInfo &c : list.value()) {
        // "restored": the row holds the overwritten value again; "gone": the row was deleted.
        const ServerRow *row = live.value().find(c.table, c.rowId);
        const QString state = !row ? QStringLiteral("gone")
            : c.field != QLatin1String("*deleted*") && row->fields.value(c.field) == c.losingValue
            ? QStringLiteral("restored")
            : QStringLiteral("open");
        out.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("table"), c.table },
            { QStringLiteral("row"), c.rowId }, { QStringLiteral("field"), c.field },
            { QStringLiteral("losing_value"), c.losingValue },
            { QStringLiteral("winning_value"), c.winningValue },
            { QStringLiteral("created_at"), iso(c.createdAt) }, { QStringLiteral("state"), state } });
    }
    return json({ { QStringLiteral("conflicts"), out } });
}

ApiResponse AdminApi::restoreConflict(const Session &s, qint64 conflictId)
{
    auto list = m_storage.conflicts(s.web.schoolId, 500);
    if (!list) {
        return fromError(list.error());
    }
    const auto it = std::find_if(list.value().cbegin(), list.value().cend(),
        [&](const ConflictInfo &c) { return c.id == conflictId; });
    if (it == list.value().cend()) {
        return problem(404, QStringLiteral("not-found"), QStringLiteral("No such conflict"));
    }
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ServerRow *row = live.value().find(it->table, it->rowId);
    if (!row || it->field == QLatin1String("*deleted*") || !kEditableTables.contains(it->table)) {
        return problem(409, QStringLiteral("conflict-not-restorable"),
            QStringLiteral("This value cannot be put back here"));
    }
    // The overwritten value goes back as a new edit: the same path, checks and audit as any other.
    auto r = apply(s,
        { mutation(
            it->table, it->rowId, sync::kOpUpsert, { { it->field, it->losingValue } }, row->version) });
    if (!r) {
        return fromError(r.error());
    }
    audit(s, QStringLiteral("conflict.restore"), it->table, it->rowId, { it->field });
    return json({ { QStringLiteral("restored"), conflictId } });
}

ApiResponse AdminApi::auditLog(const Session &s)
{
    auto list = m_storage.auditLog(s.web.schoolId, 500);
    if (!list) {
        return fromError(list.error());
    }
    QJsonArray out;
    for (const AuditEntry &e : list.value()) {
        out.append(QJsonObject { { QStringLiteral("id"), e.id }, { QStringLiteral("at"), iso(e.at) },
            { QStringLiteral("coordinator_id"), e.coordinatorId }, { QStringLiteral("actor"), e.actor },
            { QStringLiteral("action"), e.action }, { QStringLiteral("table"), e.table },
            { QStringLiteral("row"), e.rowId },
            { QStringLiteral("fields"), QJsonArray::fromStringList(e.fields) },
            { QStringLiteral("detail"), e.detail } });
    }
    return json({ { QStringLiteral("entries"), out } });
}

ApiResponse AdminApi::importCards(const Session &s, const ApiRequest &request)
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
    auto live = loadLive(m_storage, s.web.schoolId);
    if (!live) {
        return fromError(live.error());
    }
    const ImportPlan plan = planImport(records, live.value());
    if (!plan.mutations.isEmpty()) {
        auto r = apply(s, plan.mutations);
        if (!r) {
            return fromError(r.error());
        }
    }
    audit(s, QStringLiteral("import"), {}, {}, {},
        QStringLiteral("%1: %2 organisations, %3 functions, %4+%5 persons")
            .arg(format)
            .arg(plan.organisations)
            .arg(plan.functions)
            .arg(plan.personsCreated)
            .arg(plan.personsUpdated));
    return json({ { QStringLiteral("organisations"), plan.organisations },
        { QStringLiteral("functions"), plan.functions },
        { QStringLiteral("persons_created"), plan.personsCreated },
        { QStringLiteral("persons_updated"), plan.personsUpdated },
        { QStringLiteral("skipped"), plan.skipped } });
}

ApiResponse AdminApi::exportCards(const Session &s)
{
    auto live = loadLive(m_storage, s.web.schoolId);
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
    audit(s, QStringLiteral("export"), {}, {}, {}, QStringLiteral("%1 vCards").arg(people.size()));
    ApiResponse r { 200, "text/vcard; charset=utf-8", out, {} };
    r.headers.append(qMakePair(
        QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"kortelijn-partners.vcf\"")));
    return r;
}

} // namespace kl::server
