// Checking values and rows against the field schema (fieldschema.cpp), the messages a
// teacher or coordinator reads, and the rules table of docs/api.md.
#include "fieldrules.h"

#include "phonenumbers.h"
#include "repositorysupport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace kl::fieldrules {

namespace {

constexpr int kIdMax = 64;
constexpr int kEmailMax = 254;
constexpr int kPhoneMax = 20;
constexpr int kUrlMax = 2048;
constexpr int kVisibilityMax = 4000;
constexpr int kPhotoMaxBytes = 512 * 1024; // the server stores at most 512 px JPEGs; far below this
constexpr int kTimestampMax = 40;

int lengthLimit(const Column &c)
{
    if (c.maxLength > 0) {
        return c.maxLength;
    }
    switch (c.kind) {
    case Kind::Id: return kIdMax;
    case Kind::Email: return kEmailMax;
    case Kind::Phone: return kPhoneMax;
    case Kind::Url: return kUrlMax;
    case Kind::Visibility: return kVisibilityMax;
    case Kind::Photo: return kPhotoMaxBytes;
    case Kind::Timestamp: return kTimestampMax;
    case Kind::Date: return 10;
    case Kind::PhoneList: return kListMax * (kPhoneMax + 1);
    case Kind::EmailList: return kListMax * (kEmailMax + 1);
    default: return 4096;
    }
}

// Characters no field may hold: C0 and C1 controls (LF and TAB only in multi-line text),
// DEL, line and paragraph separators, bidirectional overrides (they make a name read as
// another), unpaired surrogates and the non-characters U+FFFE/U+FFFF.
bool hasForbiddenCharacter(const QString &s, bool multiLine)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x20) {
            if (multiLine && (c == u'\n' || c == u'\t')) {
                continue;
            }
            return true;
        }
        if ((c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069) || c == 0xFFFE || c == 0xFFFF) {
            return true;
        }
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= s.size() || !QChar::isLowSurrogate(s.at(i + 1).unicode())) {
                return true;
            }
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return true;
        }
    }
    return false;
}

Violation violation(const QString &table, const QString &column, const char *code)
{
    return Violation { table, column, QLatin1String(code) };
}

bool isText(Kind k)
{
    return k != Kind::Integer && k != Kind::Real;
}

bool validUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty() && !s.contains(QLatin1Char(' '));
}

bool validVisibility(const QString &s)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    static const QRegularExpression fieldName(QStringLiteral("^[a-z_]{1,40}$"));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("default")) {
            if (!it.value().isString() || !visibilityFromKey(it.value().toString())) {
                return false;
            }
        } else if (it.key() == QLatin1String("fields")) {
            if (!it.value().isObject() || it.value().toObject().size() > 40) {
                return false;
            }
            const QJsonObject fields = it.value().toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f) {
                if (!fieldName.match(f.key()).hasMatch() || !f.value().isString() || !visibilityFromKey(f.value().toString())) {
                    return false;
                }
            }
        } else {
            return false;
        }
    }
    return true;
}

bool validPhoto(const QString &s, int maxBytes)
{
    const auto bytes = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes || bytes.decoded.isEmpty() || bytes.decoded.size() > maxBytes) {
        return false;
    }
    return bytes.decoded.startsWith("\xFF\xD8\xFF") || bytes.decoded.startsWith("\x89PNG\r\n\x1A\n");
}

bool validPhone(const QString &s)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(s).hasMatch()) {
        return false;
    }
    auto parsed = PhoneNumbers::toE164(s);
    return parsed && parsed.value() == s;
}

bool validEmail(const QString &s)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$)"));
    return s.size() <= kEmailMax && email.match(s).hasMatch();
}

// A list kind: every line one valid value, no empty line, at most kListMax of them.
std::optional<Violation> checkList(const QString &table, const Column &c, const QString &s)
{
    const QStringList values = s.split(QLatin1Char('\n'));
    if (values.size() > kListMax) {
        return violation(table, c.name, "field-too-long");
    }
    const bool phones = c.kind == Kind::PhoneList;
    for (const QString &v : values) {
        if (!(phones ? validPhone(v) : validEmail(v))) {
            return violation(table, c.name, phones ? "phone-invalid" : "email-invalid");
        }
    }
    return std::nullopt;
}

std::optional<Violation> checkText(const QString &table, const Column &c, const QString &s)
{
    if (hasForbiddenCharacter(s, allowsLines(c.kind))) {
        return violation(table, c.name, "field-control");
    }
    if (c.kind == Kind::Photo) {
        // base64: the limit is on the bytes it carries
        if (s.size() > (qsizetype(lengthLimit(c)) * 4) / 3 + 4 || !validPhoto(s, lengthLimit(c))) {
            return violation(table, c.name, s.size() > (qsizetype(lengthLimit(c)) * 4) / 3 + 4 ? "field-too-long" : "field-invalid");
        }
        return std::nullopt;
    }
    if (s.size() > lengthLimit(c)) {
        return violation(table, c.name, "field-too-long");
    }
    if (s.isEmpty()) {
        return c.required ? std::optional<Violation>(violation(table, c.name, "field-required")) : std::nullopt;
    }
    switch (c.kind) {
    case Kind::Id: {
        static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        return id.match(s).hasMatch() ? std::nullopt : std::optional<Violation>(violation(table, c.name, "field-invalid"));
    }
    case Kind::Date: {
        static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const bool ok = date.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
        return ok ? std::nullopt : std::optional<Violation>(violation(table, c.name, "date-invalid"));
    }
    case Kind::Timestamp: {
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        const bool zoned = s.endsWith(QLatin1Char('Z')) || s.contains(QLatin1Char('+')) || s.lastIndexOf(QLatin1Char('-')) > 9;
        return t.isValid() && zoned ? std::nullopt : std::optional<Violation>(violation(table, c.name, "date-invalid"));
    }
    case Kind::Enum:
        return c.values.contains(s) ? std::nullopt : std::optional<Violation>(violation(table, c.name, "field-invalid"));
    case Kind::Phone:
        return validPhone(s) ? std::nullopt : std::optional<Violation>(violation(table, c.name, "phone-invalid"));
    case Kind::Email:
        return validEmail(s) ? std::nullopt : std::optional<Violation>(violation(table, c.name, "email-invalid"));
    case Kind::PhoneList:
    case Kind::EmailList: return checkList(table, c, s);
    case Kind::Url:
        return validUrl(s) ? std::nullopt : std::optional<Violation>(violation(table, c.name, "url-invalid"));
    case Kind::Visibility:
        return validVisibility(s) ? std::nullopt : std::optional<Violation>(violation(table, c.name, "field-invalid"));
    default: return std::nullopt;
    }
}

std::optional<Violation> checkNumber(const QString &table, const Column &c, const QJsonValue &v)
{
    if (!v.isDouble()) {
        return violation(table, c.name, "field-type");
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        return violation(table, c.name, "field-type");
    }
    if (c.kind == Kind::Integer && d != std::trunc(d)) {
        return violation(table, c.name, "field-type");
    }
    if (c.min < c.max && (d < c.min || d > c.max)) {
        return violation(table, c.name, "field-range");
    }
    return std::nullopt;
}

bool present(const QJsonObject &fields, const char *column)
{
    return fields.contains(QLatin1String(column));
}

QString str(const QJsonObject &fields, const char *column)
{
    return fields.value(QLatin1String(column)).toString();
}

// Rules between fields, each checked when all of its columns are present.
std::optional<Violation> checkBetween(const QString &table, const QJsonObject &f)
{
    const bool located = table == QLatin1String("organisations") || table == QLatin1String("school_locations");
    if (located && present(f, "latitude") && present(f, "longitude")
        && f.value(QStringLiteral("latitude")).isNull() != f.value(QStringLiteral("longitude")).isNull()) {
        return violation(table, f.value(QStringLiteral("latitude")).isNull() ? QStringLiteral("latitude") : QStringLiteral("longitude"),
            "coordinates-incomplete");
    }
    if (table == QLatin1String("persons") && present(f, "given_name") && present(f, "family_name")
        && str(f, "given_name").trimmed().isEmpty() && str(f, "family_name").trimmed().isEmpty()) {
        return violation(table, QStringLiteral("given_name"), "name-required");
    }
    if (table == QLatin1String("presence")) {
        if (present(f, "start_min") && present(f, "end_min")
            && f.value(QStringLiteral("end_min")).toDouble() <= f.value(QStringLiteral("start_min")).toDouble()) {
            return violation(table, QStringLiteral("end_min"), "time-range");
        }
        if (!str(f, "valid_from").isEmpty() && !str(f, "valid_until").isEmpty() && str(f, "valid_until") < str(f, "valid_from")) {
            return violation(table, QStringLiteral("valid_until"), "date-range");
        }
    }
    if (table == QLatin1String("holdings") && !str(f, "since").isEmpty() && !str(f, "until").isEmpty()
        && str(f, "until") < str(f, "since")) {
        return violation(table, QStringLiteral("until"), "date-range");
    }
    if (table == QLatin1String("flags") && str(f, "reason") == flagReasonKey(FlagReason::Other) && present(f, "comment")
        && str(f, "comment").trimmed().isEmpty()) {
        return violation(table, QStringLiteral("comment"), "comment-required");
    }
    return std::nullopt;
}

QString kindName(const Column &c)
{
    switch (c.kind) {
    case Kind::Text: return QStringLiteral("text, one line");
    case Kind::MultiLine: return QStringLiteral("text, lines");
    case Kind::Id: return QStringLiteral("id");
    case Kind::Integer: return QStringLiteral("integer");
    case Kind::Real: return QStringLiteral("number");
    case Kind::Date: return QStringLiteral("date");
    case Kind::Timestamp: return QStringLiteral("timestamp");
    case Kind::Enum: return QStringLiteral("one of");
    case Kind::Phone: return QStringLiteral("phone");
    case Kind::Email: return QStringLiteral("e-mail");
    case Kind::Url: return QStringLiteral("URL");
    case Kind::Visibility: return QStringLiteral("visibility JSON");
    case Kind::Photo: return QStringLiteral("photo");
    case Kind::PhoneList: return QStringLiteral("phones, lines");
    case Kind::EmailList: return QStringLiteral("e-mails, lines");
    }
    return {};
}

QString ruleText(const Column &c)
{
    QStringList parts;
    switch (c.kind) {
    case Kind::Integer:
    case Kind::Real:
        if (c.min < c.max) {
            parts << QStringLiteral("%1 to %2").arg(c.min).arg(c.max);
        }
        break;
    case Kind::Enum: parts << QLatin1Char('`') + c.values.join(QStringLiteral("`, `")) + QLatin1Char('`'); break;
    case Kind::Phone: parts << QStringLiteral("E.164 (`+31612345678`), as libphonenumber writes it"); break;
    case Kind::Email: parts << QStringLiteral("`name@domain.tld`"); break;
    case Kind::Url: parts << QStringLiteral("`http://` or `https://` with a host"); break;
    case Kind::Date: parts << QStringLiteral("`YYYY-MM-DD`"); break;
    case Kind::Timestamp: parts << QStringLiteral("ISO 8601 with a zone"); break;
    case Kind::Id: parts << QStringLiteral("`[A-Za-z0-9_-]`, at most 64"); break;
    case Kind::Photo: parts << QStringLiteral("base64 of a JPEG or PNG, at most %1 KiB; stored re-encoded as JPEG").arg(lengthLimit(c) / 1024); break;
    case Kind::Visibility: parts << QStringLiteral("`{\"default\": …, \"fields\": {…}}` with `public`, `school`, `private`"); break;
    case Kind::PhoneList: parts << QStringLiteral("one E.164 number a line, at most %1").arg(kListMax); break;
    case Kind::EmailList: parts << QStringLiteral("one `name@domain.tld` a line, at most %1").arg(kListMax); break;
    case Kind::Text:
    case Kind::MultiLine: parts << QStringLiteral("at most %1 characters").arg(lengthLimit(c)); break;
    }
    if (c.nullable) {
        parts << QStringLiteral("null allowed");
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString Violation::message() const
{
    const Column *c = fieldrules::column(table, column);
    const QString label = c ? Validation::tr(c->label) : column;
    if (code == QLatin1String("field-type")) {
        return Validation::tr("The value of “%1” has the wrong type.").arg(label);
    }
    if (code == QLatin1String("field-required")) {
        return Validation::tr("Fill in “%1”.").arg(label);
    }
    if (code == QLatin1String("field-too-long")) {
        return Validation::tr("“%1” is too long (at most %2 characters).").arg(label).arg(c ? lengthLimit(*c) : 0);
    }
    if (code == QLatin1String("field-control")) {
        return Validation::tr("“%1” contains characters that cannot be stored, such as a line break or a control character.")
            .arg(label);
    }
    if (code == QLatin1String("field-range") && c) {
        return Validation::tr("“%1” must be between %2 and %3.").arg(label).arg(c->min).arg(c->max);
    }
    if (code == QLatin1String("phone-invalid")) {
        return Validation::tr("“%1” is not a valid phone number.").arg(label);
    }
    if (code == QLatin1String("email-invalid")) {
        return Validation::tr("“%1” is not a valid e-mail address (for example name@school.nl).").arg(label);
    }
    if (code == QLatin1String("url-invalid")) {
        return Validation::tr("“%1” must be a web address that starts with https:// or http://.").arg(label);
    }
    if (code == QLatin1String("date-invalid")) {
        return Validation::tr("“%1” is not a valid date.").arg(label);
    }
    if (code == QLatin1String("time-range")) {
        return Validation::tr("The end time must be after the start time.");
    }
    if (code == QLatin1String("date-range")) {
        return Validation::tr("The last day must not be before the first day.");
    }
    if (code == QLatin1String("coordinates-incomplete")) {
        return Validation::tr("Give both latitude and longitude, or neither.");
    }
    if (code == QLatin1String("name-required")) {
        return Validation::tr("Enter a name.");
    }
    if (code == QLatin1String("comment-required")) {
        return Validation::tr("Briefly describe what is wrong.");
    }
    return Validation::tr("“%1” is not valid.").arg(label);
}

std::optional<Violation> checkValue(const QString &table, const QString &columnName, const QJsonValue &value)
{
    const Column *c = column(table, columnName);
    if (!c) {
        return violation(table, columnName, "field-invalid");
    }
    if (value.isNull()) {
        return c->nullable ? std::nullopt : std::optional<Violation>(violation(table, c->name, c->required ? "field-required" : "field-type"));
    }
    if (!isText(c->kind)) {
        return checkNumber(table, *c, value);
    }
    if (!value.isString()) {
        return violation(table, c->name, "field-type");
    }
    return checkText(table, *c, value.toString());
}

std::optional<Violation> checkRow(const QString &table, const QJsonObject &fields, Completeness completeness)
{
    if (columns(table).isEmpty()) {
        return violation(table, QString(), "field-invalid");
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (auto v = checkValue(table, it.key(), it.value())) {
            return v;
        }
    }
    if (completeness == Completeness::Full) {
        for (const Column &c : columns(table)) {
            if (!fields.contains(c.name)) {
                return violation(table, c.name, c.nullable || !c.required ? "field-type" : "field-required");
            }
        }
    }
    return checkBetween(table, fields);
}

QString cleanText(const QString &text, bool multiLine)
{
    QString out = text.trimmed();
    if (multiLine) {
        out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    return out;
}

QString markdownTable()
{
    QString out = QStringLiteral("| table | column | kind | required | rule |\n|---|---|---|---|---|\n");
    for (const QString &t : tables()) {
        for (const Column &c : columns(t)) {
            out += QStringLiteral("| `%1` | `%2` | %3 | %4 | %5 |\n")
                       .arg(t, c.name, kindName(c), c.required ? QStringLiteral("yes") : QStringLiteral(""), ruleText(c));
        }
    }
    out += QStringLiteral("\nBetween fields: latitude and longitude both or neither (`coordinates-incomplete`); a person has "
                          "a first or last name (`name-required`); presence `end_min` after `start_min` (`time-range`) "
                          "and `valid_until` not before `valid_from`; a holding's `until` not before `since` "
                          "(`date-range`); a flag with reason `other` has a comment (`comment-required`).\n");
    return out;
}

} // namespace kl::fieldrules
