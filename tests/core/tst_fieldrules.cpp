// The one field schema: it covers exactly the columns that travel, refuses every bad
// value for every column (rows generated from the schema itself), agrees with the
// phone's CHECK constraints (a row SQLite refuses is never accepted), and docs/api.md
// prints the same table.

// The rows below are data: plain string literals keep them readable.
#undef QT_NO_CAST_FROM_ASCII

#include "fieldrules.h"

#include "domain.h"
#include "rows.h"
#include "syncprotocol.h"
#include "testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace kl;
using namespace kl::fieldrules;

namespace {

const QString kId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");

QJsonObject validRow(const QString &table)
{
    if (table == QLatin1String("school_locations")) {
        return { { "name", "Hoofdgebouw" }, { "address", "Schoolstraat 1, Utrecht" }, { "latitude", 52.09 },
            { "longitude", 5.12 }, { "radius_m", 150 } };
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
            { "email", "ayse@cjg.example.nl" }, { "visibility", FieldVisibility().toJson() } };
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
            { "valid_from", QJsonValue::Null }, { "valid_until", QJsonValue::Null } };
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
QList<std::tuple<QString, QJsonValue, QString>> badValuesOf(const Column &c)
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
        if (c.kind != Kind::MultiLine) {
            out << std::tuple { QStringLiteral("newline"), QJsonValue(QStringLiteral("a\nTEL:+31600000000")),
                QStringLiteral("field-control") };
        }
        if (c.kind == Kind::Text || c.kind == Kind::MultiLine) {
            out << std::tuple { QStringLiteral("too long"), QJsonValue(QString(c.maxLength + 1, QLatin1Char('x'))),
                QStringLiteral("field-too-long") };
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

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isNull()) {
        return QVariant(QMetaType(QMetaType::QString));
    }
    return v.toVariant();
}

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // agreesWithThePhonesChecks makes SQLite refuse rows on purpose; the store logs each.
        QLoggingCategory::setFilterRules(QStringLiteral("kl.store.warning=false"));
    }

    void coversExactlyTheSyncedColumns()
    {
        for (const QString &t : tables()) {
            QStringList names;
            for (const Column &c : columns(t)) {
                names << c.name;
            }
            QCOMPARE(names, sync::syncedColumns(t));
        }
        for (const QString &t : rows::syncedTables()) {
            QVERIFY2(tables().contains(t), qPrintable(t));
        }
    }

    void validRowsPass()
    {
        for (const QString &t : tables()) {
            const auto v = checkRow(t, validRow(t));
            QVERIFY2(!v, qPrintable(t + QLatin1Char(' ') + (v ? v->column + QLatin1Char(' ') + v->code : QString())));
        }
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        for (const QString &t : tables()) {
            for (const Column &c : columns(t)) {
                for (const auto &[label, value, code] : badValuesOf(c)) {
                    QTest::addRow("%s.%s %s", qPrintable(t), qPrintable(c.name), qPrintable(label)) << t << c.name << value << code;
                }
            }
        }
    }

    void badValues()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const auto v = checkValue(table, column, value);
        QVERIFY(v.has_value());
        QCOMPARE(v->code, code);
        QCOMPARE(v->column, column);
        QVERIFY(!v->message().isEmpty());
        // The same value inside an otherwise valid row is refused too.
        QJsonObject row = validRow(table);
        row.insert(column, value);
        QVERIFY(checkRow(table, row).has_value());
    }

    void betweenFields_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("code");
        QTest::newRow("presence end before start") << QStringLiteral("presence")
                                                   << QJsonObject { { "start_min", 720 }, { "end_min", 600 } }
                                                   << QStringLiteral("end_min") << QStringLiteral("time-range");
        QTest::newRow("presence period reversed")
            << QStringLiteral("presence") << QJsonObject { { "valid_from", "2026-03-01" }, { "valid_until", "2026-02-01" } }
            << QStringLiteral("valid_until") << QStringLiteral("date-range");
        QTest::newRow("holding ends before it starts") << QStringLiteral("holdings")
                                                       << QJsonObject { { "since", "2026-03-01" }, { "until", "2026-02-28" } }
                                                       << QStringLiteral("until") << QStringLiteral("date-range");
        QTest::newRow("person without name") << QStringLiteral("persons")
                                             << QJsonObject { { "given_name", " " }, { "family_name", "" } }
                                             << QStringLiteral("given_name") << QStringLiteral("name-required");
        QTest::newRow("organisation latitude only") << QStringLiteral("organisations") << QJsonObject { { "latitude", 52.1 } }
                                                    << QStringLiteral("longitude") << QStringLiteral("coordinates-incomplete");
        QTest::newRow("location longitude only") << QStringLiteral("school_locations")
                                                 << QJsonObject { { "latitude", QJsonValue::Null } }
                                                 << QStringLiteral("latitude") << QStringLiteral("coordinates-incomplete");
        QTest::newRow("flag other without comment") << QStringLiteral("flags") << QJsonObject { { "reason", "other" } }
                                                    << QStringLiteral("comment") << QStringLiteral("comment-required");
    }

    void betweenFields()
    {
        QFETCH(QString, table);
        QFETCH(QJsonObject, change);
        QFETCH(QString, column);
        QFETCH(QString, code);
        QJsonObject row = validRow(table);
        for (auto it = change.begin(); it != change.end(); ++it) {
            row.insert(it.key(), it.value());
        }
        const auto v = checkRow(table, row);
        QVERIFY(v.has_value());
        QCOMPARE(v->code, code);
        QCOMPARE(v->column, column);
        // A partial edit that touches only one side of a rule is checked on the merged row
        // (Full) by the server; on its own it passes when the other side is absent.
        QVERIFY(!checkRow(table, QJsonObject { { column, row.value(column) } }, Completeness::Partial)
                || code == QLatin1String("comment-required") || code == QLatin1String("name-required"));
    }

    void missingColumnIsRefusedForFullRows()
    {
        QJsonObject row = validRow(QStringLiteral("presence"));
        row.remove(QStringLiteral("weekday"));
        QVERIFY(checkRow(QStringLiteral("presence"), row).has_value());
        QVERIFY(!checkRow(QStringLiteral("presence"), row, Completeness::Partial).has_value());
        row.insert(QStringLiteral("secret"), 1);
        QCOMPARE(checkRow(QStringLiteral("presence"), row, Completeness::Partial)->code, QStringLiteral("field-invalid"));
    }

    // Whatever the phone's schema refuses, the rules refuse first: a row that passed the
    // server can never be refused on every phone.
    void agreesWithThePhonesChecks()
    {
        TestDb t;
        int refusedBySqlite = 0;
        for (const QString &table : rows::syncedTables()) {
            for (const Column &c : columns(table)) {
                for (const auto &[label, value, code] : badValuesOf(c)) {
                    Q_UNUSED(code)
                    QJsonObject row = validRow(table);
                    row.insert(c.name, value);
                    QStringList names { QStringLiteral("id"), QStringLiteral("updated_at") };
                    QVariantList binds { newId(), rows::nowIso() };
                    QStringList marks { QStringLiteral("?"), QStringLiteral("?") };
                    for (auto it = row.begin(); it != row.end(); ++it) {
                        names << it.key();
                        binds << sqlValue(it.value());
                        marks << QStringLiteral("?");
                    }
                    auto r = t.db->run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                        binds);
                    if (!r.ok()) {
                        ++refusedBySqlite;
                        QVERIFY2(checkRow(table, row).has_value(), qPrintable(table + QLatin1Char('.') + c.name + QLatin1Char(' ') + label));
                    }
                }
            }
            // The CHECKs between fields too.
            if (table == QLatin1String("presence")) {
                QJsonObject row = validRow(table);
                row.insert(QStringLiteral("end_min"), 500);
                QVERIFY(checkRow(table, row).has_value());
            }
        }
        QVERIFY(refusedBySqlite > 10);
    }

    void cleanText()
    {
        QCOMPARE(fieldrules::cleanText(QStringLiteral("  a\r\nb\rc  "), true), QStringLiteral("a\nb\nc"));
        QCOMPARE(fieldrules::cleanText(QStringLiteral("  Jan "), false), QStringLiteral("Jan"));
    }

    void messagesNameTheField()
    {
        const auto v = checkValue(QStringLiteral("persons"), QStringLiteral("email"), QStringLiteral("jan@school"));
        QVERIFY(v);
        QVERIFY(v->message().contains(QStringLiteral("e-mail")));
    }

    void documentedInApiMd()
    {
        QFile doc(QStringLiteral(KL_SOURCE_DIR "/docs/api.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QVERIFY2(text.contains(markdownTable()), "docs/api.md must contain fieldrules::markdownTable() as printed by "
                                                 "`kortelijn-server field-rules`");
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
