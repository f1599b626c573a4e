// One set of field rules for every synced table and column: type, required, length,
// format and the rules between fields (start before end, coordinates both or neither).
// Every way data comes in uses these: the phone's repositories before they write, the
// server's sync push (per value and on the merged row), the web admin and the imports.
// Values are checked in their wire form (sync::encodeValue): texts as JSON strings,
// numbers as JSON numbers, a photo as base64. docs/api.md prints the same table
// (markdownTable(); tst_fieldrules checks that the document matches).
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kl::fieldrules {

enum class Kind {
    Text, // one line: no control characters, no line breaks
    MultiLine, // line breaks (LF) allowed, other control characters not
    Id, // a row id: 1-64 of [A-Za-z0-9_-]
    Integer,
    Real,
    Date, // YYYY-MM-DD
    Timestamp, // ISO 8601 with a zone
    Enum, // one of a fixed list of keys
    Phone, // E.164, as libphonenumber writes it
    Email,
    Url, // http(s) with a host
    Visibility, // FieldVisibility JSON
    Photo, // base64 of a JPEG or PNG
};

struct Column
{
    QString name;
    Kind kind = Kind::Text;
    bool nullable = false; // JSON null allowed (no value); otherwise '' is the empty value of a text
    bool required = false; // must not be empty
    int maxLength = 0; // characters (Photo: decoded bytes); 0: the kind's own limit
    double min = 0; // Integer/Real: inclusive range when min < max
    double max = 0;
    QStringList values; // Enum keys
    const char *label = ""; // English source text for messages, translated in kl::Validation
    // A column added after the first release: the value a new row gets when a phone that
    // predates the column pushes it without (undefined: every new row must carry it).
    QJsonValue addedDefault = QJsonValue(QJsonValue::Undefined);
};

struct Violation
{
    QString table;
    QString column; // for a rule between fields: the column the user should change
    // Stable machine code, shared with the admin API: field-type, field-required,
    // field-too-long, field-control, field-invalid, field-range, phone-invalid,
    // email-invalid, url-invalid, date-invalid, time-range, date-range,
    // coordinates-incomplete, name-required, comment-required.
    QString code;
    [[nodiscard]] QString message() const; // translated (kl::Validation)
};

enum class Completeness {
    Partial, // only the columns present are checked, and rules whose columns are all present
    Full, // every column must be present: a new row, or a row after a merge
};

[[nodiscard]] const QStringList &tables();
[[nodiscard]] const QList<Column> &columns(const QString &table);
[[nodiscard]] const Column *column(const QString &table, const QString &name);

// One value as it travels (encodeValue form).
[[nodiscard]] std::optional<Violation> checkValue(const QString &table, const QString &column, const QJsonValue &value);
// The values present, plus the rules between fields. Unknown columns are a violation.
[[nodiscard]] std::optional<Violation> checkRow(const QString &table, const QJsonObject &fields,
    Completeness completeness = Completeness::Full);

// Text cleaning every input path shares before it checks: trims, and turns a lone CR or
// CRLF into LF in multi-line texts. Never changes a value that would pass into one that fails.
[[nodiscard]] QString cleanText(const QString &text, bool multiLine);

// The table for docs/api.md.
[[nodiscard]] QString markdownTable();

} // namespace kl::fieldrules
