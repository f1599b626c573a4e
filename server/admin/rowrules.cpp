#include "rowrules.h"

#include "domain.h"
#include "fieldrules.h"
#include "phonenumbers.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace kl::server::rowrules {

namespace {

using fieldrules::Kind;

// The admin API's codes: a coarse class the web UI has always known, and the precise rule.
QString apiCode(const QString &rule)
{
    static const QStringList kept { QStringLiteral("field-required"), QStringLiteral("phone-invalid"),
        QStringLiteral("time-range"), QStringLiteral("date-range"), QStringLiteral("coordinates-incomplete") };
    if (kept.contains(rule)) {
        return rule;
    }
    if (rule == QLatin1String("name-required") || rule == QLatin1String("comment-required")) {
        return QStringLiteral("field-required");
    }
    return QStringLiteral("field-invalid");
}

ApiResponse refused(const fieldrules::Violation &v)
{
    ApiResponse r = problem(422, apiCode(v.code), v.message(), v.column);
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    o.insert(QStringLiteral("rule"), v.code);
    if (const fieldrules::Column *c = fieldrules::column(v.table, v.column); c && v.code == QLatin1String("field-range")) {
        o.insert(QStringLiteral("min"), c->min); // for the UI's own words: between min and max
        o.insert(QStringLiteral("max"), c->max);
    } else if (c && v.code == QLatin1String("field-too-long")) {
        o.insert(QStringLiteral("max"), c->maxLength);
    }
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

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
    if (table == QLatin1String("presence") && column == QLatin1String("is_public")) {
        return 1; // times are for parents unless the coordinator says not (the UI says so)
    }
    if (table == QLatin1String("school_locations") && column == QLatin1String("radius_m")) {
        return 150; // a school building and its playground
    }
    const fieldrules::Column *c = fieldrules::column(table, column);
    if (!c || c->nullable) {
        return QJsonValue(QJsonValue::Null);
    }
    return c->kind == Kind::Integer ? QJsonValue(0) : QJsonValue(QString());
}

std::optional<QJsonValue> normalise(const QString &table, const QString &column, const QJsonValue &v)
{
    const fieldrules::Column *c = fieldrules::column(table, column);
    if (!c) {
        return std::nullopt;
    }
    const bool empty = v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
    if (empty && c->nullable) {
        return QJsonValue(QJsonValue::Null);
    }
    switch (c->kind) {
    case Kind::Integer:
    case Kind::Real: {
        if (empty) {
            return std::nullopt;
        }
        if (!v.isDouble() && !v.isString()) {
            return std::nullopt;
        }
        bool ok = v.isDouble();
        QString text = v.toString().trimmed();
        if (c->kind == Kind::Real && !text.contains(QLatin1Char('.')) && text.count(QLatin1Char(',')) == 1) {
            text.replace(QLatin1Char(','), QLatin1Char('.')); // "52,0907" as Dutch people write it
        }
        const double d = v.isString() ? text.toDouble(&ok) : v.toDouble();
        if (!ok || !std::isfinite(d) || (c->kind == Kind::Integer && d != std::trunc(d))) {
            return std::nullopt;
        }
        return c->kind == Kind::Integer ? QJsonValue(qint64(d)) : QJsonValue(d);
    }
    case Kind::Photo: return std::nullopt; // photos have their own route
    case Kind::Visibility: {
        if (!v.isString()) {
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        // Only the known levels survive; anything else is left for the rules to refuse.
        return doc.isObject() ? QJsonValue(FieldVisibility::fromJson(v.toString()).toJson()) : v;
    }
    case Kind::Phone: {
        if (!v.isString()) {
            return std::nullopt;
        }
        if (empty) {
            return QJsonValue(QString());
        }
        auto e164 = PhoneNumbers::toE164(v.toString());
        // A number libphonenumber cannot read stays as typed: the rules say what is wrong.
        return QJsonValue(e164 ? e164.value() : v.toString().trimmed());
    }
    case Kind::PhoneList:
    case Kind::EmailList: {
        if (!v.isString() && !v.isNull()) {
            return std::nullopt;
        }
        // One a line; a form or a CSV cell may also separate them with commas or semicolons.
        static const QRegularExpression separators(QStringLiteral("[\\r\\n,;]+"));
        QStringList values;
        for (const QString &part : v.toString().split(separators, Qt::SkipEmptyParts)) {
            const QString value = part.trimmed();
            if (value.isEmpty()) {
                continue;
            }
            QString stored = value;
            if (c->kind == Kind::PhoneList) {
                if (auto e164 = PhoneNumbers::toE164(value)) {
                    stored = e164.value(); // one that cannot be read stays: the rules say what is wrong
                }
            }
            if (!values.contains(stored)) {
                values << stored;
            }
        }
        return QJsonValue(values.join(QLatin1Char('\n')));
    }
    default:
        if (!v.isString() && !v.isNull()) {
            return std::nullopt;
        }
        return QJsonValue(fieldrules::cleanText(v.toString(), c->kind == Kind::MultiLine));
    }
}

std::optional<ApiResponse> check(const QString &table, const QJsonObject &row, const Live &live)
{
    if (const auto v = fieldrules::checkRow(table, row)) {
        return refused(*v);
    }
    auto refers = [&](const char *column, const QString &target, bool optional) -> std::optional<ApiResponse> {
        const QString id = str(row, column);
        if ((id.isEmpty() && optional) || (!id.isEmpty() && live.find(target, id))) {
            return std::nullopt;
        }
        return problem(422, QStringLiteral("field-invalid"), QStringLiteral("Unknown %1").arg(target), QLatin1String(column));
    };
    if (table == QLatin1String("persons")) {
        return refers("organisation_id", QStringLiteral("organisations"), true);
    }
    if (table == QLatin1String("functions")) {
        return refers("organisation_id", QStringLiteral("organisations"), false);
    }
    if (table == QLatin1String("presence")) {
        for (const auto &[column, target, optional] :
            { std::tuple { "organisation_id", QStringLiteral("organisations"), false },
                std::tuple { "function_id", QStringLiteral("functions"), true },
                std::tuple { "location_id", QStringLiteral("school_locations"), true },
                std::tuple { "person_id", QStringLiteral("persons"), true } }) {
            if (auto p = refers(column, target, optional)) {
                return p;
            }
        }
        return std::nullopt;
    }
    if (table == QLatin1String("induction_steps")) {
        const auto kind = targetKindFromKey(str(row, "target_kind"));
        return refers("target_id", kind == TargetKind::Organisation ? QStringLiteral("organisations") : QStringLiteral("functions"), false);
    }
    if (table == QLatin1String("quick_lines")) {
        const auto kind = targetKindFromKey(str(row, "target_kind"));
        return refers("target_id", kind == TargetKind::Person ? QStringLiteral("persons") : QStringLiteral("functions"), false);
    }
    return std::nullopt;
}

} // namespace kl::server::rowrules
