// Field-rule test cases shared by the suites that throw bad input at every way in
// (tst_fieldrules in-process, tst_hostileinput through a real server): a valid row per
// synced table, and for every column the bad values its kind must refuse, with the code.
// Generated from the schema itself, so a new column is covered the day it is added.
#pragma once

// The rows below are data: plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII

#include "domain.h"
#include "fieldrules.h"

#include <QJsonObject>
#include <QList>
#include <tuple>

namespace fieldcases {

using namespace kl;
using namespace kl::fieldrules;

inline const QString kId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

inline QJsonObject validRow(const QString &table)
{
    if (table == QLatin1String("school_locations")) {
        return { { "name", "Hoofdgebouw" }, { "address", "Schoolstraat 1, Utrecht" }, { "latitude", 52.09 },
            { "longitude", 5.12 }, { "radius_m", 150 } };
    }
    if (table == QLatin1String("school_roles")) {
        return { { "name", "IB'er" }, { "holder", "Anja de Wit" }, { "deputy", "Karim Bouali" }, { "sort_order", 1 } };
    }
    if (table == QLatin1String("induction_steps")) {
        return { { "target_kind", "organisation" }, { "target_id", kId }, { "why", "Bel hier als je je zorgen maakt over thuis" },
            { "sort_order", 1 } };
    }
    if (table == QLatin1String("organisations")) {
        return { { "origin", 0 }, { "name", "CJG Noord" }, { "category", "jeugdzorg" }, { "street", "Laan 2" },
            { "postal_code", "3511 AB" }, { "city", "Utrecht" }, { "latitude", QJsonValue::Null },
            { "longitude", QJsonValue::Null }, { "website", "https://cjg.example.nl/noord" },
            { "topics", "opvoeding\nslapen" }, { "owner_role", "IB'er" }, { "internal_contact", "Anja" },
            { "visibility", FieldVisibility().toJson() } };
    }
    if (table == QLatin1String("persons")) {
        return { { "origin", 0 }, { "organisation_id", kId }, { "given_name", "Ayşe" }, { "family_name", "Öztürk" },
            { "photo", QJsonValue::Null }, { "mobile", "+31612345678" }, { "whatsapp", "" }, { "landline", "+31302345678" },
            { "email", "ayse@cjg.example.nl" }, { "visibility", FieldVisibility().toJson() }, { "name_prefix", "dr." },
            { "middle_name", "Nur" }, { "name_suffix", "MSc" }, { "extra_phones", "+31201234567\n+31612345679" },
            { "extra_emails", "a.ozturk@example.nl" }, { "note", "Liever bellen dan mailen.\nNiet op woensdag." } };
    }
    if (table == QLatin1String("functions")) {
        return { { "origin", 0 }, { "organisation_id", kId }, { "title", "Jeugdverpleegkundige" }, { "topics", "" } };
    }
    if (table == QLatin1String("holdings")) {
        return { { "function_id", kId }, { "person_id", kId }, { "since", "2024-08-19" }, { "until", QJsonValue::Null } };
    }
    if (table == QLatin1String("presence")) {
        return { { "origin", 0 }, { "organisation_id", kId }, { "function_id", "" }, { "person_id", kId }, { "weekday", 1 },
            { "start_min", 510 }, { "end_min", 720 }, { "room", "kamer 12" }, { "location_id", "" },
            { "valid_from", QJsonValue::Null }, { "valid_until", QJsonValue::Null }, { "is_public", 1 } };
    }
    if (table == QLatin1String("quick_lines")) {
        return { { "origin", 0 }, { "target_kind", "function" }, { "target_id", kId }, { "channel", "whatsapp" },
            { "label", "Afspraak CJG" }, { "template", "Hoi {voornaam},\nkun je {dag} langskomen?" },
            { "pinned_order", 1 } };
    }
    return { { "target_kind", "person" }, { "target_id", kId }, { "reason", "wrong_number" }, { "comment", "" },
        { "created_at", "2026-11-30T08:15:00.000Z" }, { "resolved", 0 } };
}

// Bad values of every column, from its kind: (label, value, expected code).
inline QList<std::tuple<QString, QJsonValue, QString>> badValuesOf(const Column &c)
{
    QList<std::tuple<QString, QJsonValue, QString>> out;
    const bool number = c.kind == Kind::Integer || c.kind == Kind::Real;
    if (number) {
        out << std::tuple { QStringLiteral("string"), QJsonValue(QStringLiteral("42")), QStringLiteral("field-type") }
            << std::tuple { QStringLiteral("bool"), QJsonValue(true), QStringLiteral("field-type") };
        if (c.kind == Kind::Integer) {
            out << std::tuple { QStringLiteral("fraction"), QJsonValue(1.5), QStringLiteral("field-type") };
        }
        if (c.min < c.max) {
            out << std::tuple { QStringLiteral("below"), QJsonValue(c.min - 1), QStringLiteral("field-range") }
                << std::tuple { QStringLiteral("above"), QJsonValue(c.max + 1), QStringLiteral("field-range") };
        }
    } else {
        out << std::tuple { QStringLiteral("number"), QJsonValue(12345), QStringLiteral("field-type") }
            << std::tuple { QStringLiteral("bool"), QJsonValue(true), QStringLiteral("field-type") }
            << std::tuple { QStringLiteral("NUL"), QJsonValue(QString::fromUtf8("ab\0c", 4)), QStringLiteral("field-control") }
            << std::tuple { QStringLiteral("0x01"), QJsonValue(QStringLiteral("a\x01z")), QStringLiteral("field-control") }
            << std::tuple { QStringLiteral("bidi override"), QJsonValue(QStringLiteral("a\u202Ez")), QStringLiteral("field-control") };
        if (!allowsLines(c.kind)) {
            out << std::tuple { QStringLiteral("newline"), QJsonValue(QStringLiteral("a\nTEL:+31600000000")),
                QStringLiteral("field-control") };
        }
        if (c.kind == Kind::Text || c.kind == Kind::MultiLine) {
            out << std::tuple { QStringLiteral("too long"), QJsonValue(QString(c.maxLength + 1, QLatin1Char('x'))),
                QStringLiteral("field-too-long") };
        }
        if (c.kind == Kind::PhoneList || c.kind == Kind::EmailList) {
            QStringList many; // all different: a list that repeats a value is only shortened
            for (int i = 0; i <= kListMax; ++i) {
                many << (c.kind == Kind::PhoneList ? QStringLiteral("+316123456%1").arg(10 + i) : QStringLiteral("a%1@cjg.example.nl").arg(i));
            }
            out << std::tuple { QStringLiteral("too many"), QJsonValue(many.join(QLatin1Char('\n'))), QStringLiteral("field-too-long") };
        }
    }
    if (!c.nullable) {
        out << std::tuple { QStringLiteral("null"), QJsonValue(QJsonValue::Null),
            c.required ? QStringLiteral("field-required") : QStringLiteral("field-type") };
    }
    if (c.required && !number) {
        out << std::tuple { QStringLiteral("empty"), QJsonValue(QString()), QStringLiteral("field-required") };
    }
    switch (c.kind) {
    case Kind::PhoneList:
        out << std::tuple { QStringLiteral("one local"), QJsonValue(QStringLiteral("+31612345678\n06-12345678")),
                QStringLiteral("phone-invalid") }
            << std::tuple { QStringLiteral("empty line"), QJsonValue(QStringLiteral("+31612345678\n\n+31201234567")),
                   QStringLiteral("phone-invalid") };
        break;
    case Kind::EmailList:
        out << std::tuple { QStringLiteral("one without domain"), QJsonValue(QStringLiteral("a@cjg.example.nl\njan@school")),
            QStringLiteral("email-invalid") };
        break;
    case Kind::Phone:
        out << std::tuple { QStringLiteral("local format"), QJsonValue(QStringLiteral("06-12345678")), QStringLiteral("phone-invalid") }
            << std::tuple { QStringLiteral("letters"), QJsonValue(QStringLiteral("+31bellen")), QStringLiteral("phone-invalid") };
        break;
    case Kind::Email:
        out << std::tuple { QStringLiteral("no domain"), QJsonValue(QStringLiteral("jan@school")), QStringLiteral("email-invalid") }
            << std::tuple { QStringLiteral("no at"), QJsonValue(QStringLiteral("geen-email")), QStringLiteral("email-invalid") };
        break;
    case Kind::Url:
        out << std::tuple { QStringLiteral("javascript"), QJsonValue(QStringLiteral("javascript:alert(1)")), QStringLiteral("url-invalid") }
            << std::tuple { QStringLiteral("no scheme"), QJsonValue(QStringLiteral("www.cjg.nl")), QStringLiteral("url-invalid") };
        break;
    case Kind::Date:
        out << std::tuple { QStringLiteral("dutch date"), QJsonValue(QStringLiteral("19-08-2024")), QStringLiteral("date-invalid") }
            << std::tuple { QStringLiteral("31 feb"), QJsonValue(QStringLiteral("2024-02-31")), QStringLiteral("date-invalid") };
        break;
    case Kind::Timestamp:
        out << std::tuple { QStringLiteral("no zone"), QJsonValue(QStringLiteral("2026-11-30T08:15:00")), QStringLiteral("date-invalid") };
        break;
    case Kind::Enum:
        out << std::tuple { QStringLiteral("unknown key"), QJsonValue(QStringLiteral("telegram")), QStringLiteral("field-invalid") };
        break;
    case Kind::Id:
        out << std::tuple { QStringLiteral("slash"), QJsonValue(QStringLiteral("../etc")), QStringLiteral("field-invalid") };
        break;
    case Kind::Visibility:
        out << std::tuple { QStringLiteral("not json"), QJsonValue(QStringLiteral("public")), QStringLiteral("field-invalid") }
            << std::tuple { QStringLiteral("unknown level"), QJsonValue(QStringLiteral(R"({"default":"everyone"})")),
                   QStringLiteral("field-invalid") };
        break;
    case Kind::Photo:
        out << std::tuple { QStringLiteral("html"), QJsonValue(QString::fromLatin1(QByteArray("<html><script>alert(1)</script>").toBase64())),
                QStringLiteral("field-invalid") }
            << std::tuple { QStringLiteral("svg"), QJsonValue(QString::fromLatin1(QByteArray("<svg onload=alert(1)>").toBase64())),
                   QStringLiteral("field-invalid") }
            << std::tuple { QStringLiteral("not base64"), QJsonValue(QStringLiteral("***")), QStringLiteral("field-invalid") };
        break;
    default: break;
    }
    return out;
}

} // namespace fieldcases
