// The one field schema: it covers exactly the columns that travel, refuses every bad
// value for every column (rows generated from the schema itself), agrees with the
// phone's CHECK constraints (a row SQLite refuses is never accepted), and docs/api.md
// prints the same table.

#include "fieldcases.h"
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

using namespace fieldcases;

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
