// Unit tests of the pieces of sync that need no server: the wire format (cursors, value
// encoding, invite links) and the outbox (what is recorded, what never is).
#include "flagrepository.h"
#include "functionrepository.h"
#include "noterepository.h"
#include "organisationrepository.h"
#include "outbox.h"
#include "personrepository.h"
#include "quicklinerepository.h"
#include "rows.h"
#include "syncprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;

class TestSyncProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<Database> openDb()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_dbCount)));
        if (!db) {
            qFatal("open failed");
        }
        return std::move(db).value();
    }

    static QList<Mutation> all(Outbox &outbox)
    {
        auto p = outbox.pending(10000);
        return p ? p.value() : QList<Mutation> {};
    }

private Q_SLOTS:
    void cursorRoundTrip_data()
    {
        QTest::addColumn<QString>("epoch");
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("key");
        QTest::newRow("start") << QStringLiteral("1a2b3c4d") << qint64(0) << QString();
        QTest::newRow("mid page") << QStringLiteral("1a2b3c4d") << qint64(42) << QStringLiteral("persons/0b5e-ü");
        QTest::newRow("large") << QStringLiteral("e") << qint64(9'000'000'000'000LL) << QStringLiteral("flags/x");
    }

    void cursorRoundTrip()
    {
        QFETCH(QString, epoch);
        QFETCH(qint64, version);
        QFETCH(QString, key);
        const sync::Cursor c { epoch, version, key };
        const QString text = sync::encodeCursor(c);
        QVERIFY(!text.contains(QLatin1Char('+')) && !text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char('=')));
        const auto back = sync::decodeCursor(text);
        QVERIFY(back);
        QCOMPARE(*back, c);
    }

    void badCursors_data()
    {
        QTest::addColumn<QString>("text");
        auto b64 = [](const char *json) {
            return QString::fromLatin1(QByteArray(json).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << QStringLiteral("%%%");
        QTest::newRow("not json") << b64("hello");
        QTest::newRow("array") << b64("[1,2]");
        QTest::newRow("no epoch") << b64("{\"v\":1,\"k\":\"\"}");
        QTest::newRow("empty epoch") << b64("{\"e\":\"\",\"v\":1,\"k\":\"\"}");
        QTest::newRow("negative") << b64("{\"e\":\"a\",\"v\":-1,\"k\":\"\"}");
        QTest::newRow("fraction") << b64("{\"e\":\"a\",\"v\":1.5,\"k\":\"\"}");
        QTest::newRow("string version") << b64("{\"e\":\"a\",\"v\":\"1\",\"k\":\"\"}");
        // Beyond qint64: refused without converting them (found by tests/fuzz/fuzz_cursor).
        QTest::newRow("huge version") << b64("{\"e\":\"a\",\"v\":44444444444444444444444444440,\"k\":\"\"}");
        QTest::newRow("control byte in epoch") << b64("{\"e\":\"a\\u0000b\",\"v\":1,\"k\":\"\"}");
        QTest::newRow("raw newline in key") << b64("{\"e\":\"a\",\"v\":1,\"k\":\"persons/x\ny\"}");
        QTest::newRow("huge snapshot") << b64("{\"e\":\"a\",\"v\":1,\"k\":\"\",\"s\":1e300}");
        QTest::newRow("too long") << QString(600, QLatin1Char('A'));
    }

    void badCursors()
    {
        QFETCH(QString, text);
        QVERIFY(!sync::decodeCursor(text));
    }

    void valuesRoundTrip()
    {
        const QByteArray photo("\x89PNG\r\n\x1a\n\x00\x01", 10);
        const QJsonValue encoded = sync::encodeValue(QStringLiteral("persons"), QStringLiteral("photo"), photo);
        QVERIFY(encoded.isString());
        QCOMPARE(sync::decodeValue(QStringLiteral("persons"), QStringLiteral("photo"), encoded)->toByteArray(), photo);
        QVERIFY(!sync::decodeValue(QStringLiteral("persons"), QStringLiteral("photo"), QJsonValue(QStringLiteral("***"))));
        QCOMPARE(sync::decodeValue(QStringLiteral("presence"), QStringLiteral("weekday"), QJsonValue(3))->typeId(), int(QMetaType::LongLong));
        QCOMPARE(sync::decodeValue(QStringLiteral("organisations"), QStringLiteral("latitude"), QJsonValue(52.09))->toDouble(), 52.09);
        QVERIFY(sync::decodeValue(QStringLiteral("organisations"), QStringLiteral("latitude"), QJsonValue::Null)->isNull());
        QVERIFY(!sync::decodeValue(QStringLiteral("organisations"), QStringLiteral("name"), QJsonArray { 1 }));
        const auto empty = sync::decodeValue(QStringLiteral("organisations"), QStringLiteral("city"), QJsonValue(QString()));
        QVERIFY(empty && !empty->toString().isNull()); // '' for NOT NULL columns, never NULL
    }

    void nullsFitTheDeviceSchema()
    {
        // A null from the server becomes '' in the phone's TEXT NOT NULL columns (so a row
        // another client pushed with a null still applies) and stays NULL where the schema
        // allows it. Checked column by column against the schema itself.
        auto db = openDb();
        QStringList tables = { QStringLiteral("flags") };
        for (const QString &t : rows::syncedTables()) {
            tables << t;
        }
        int checked = 0;
        for (const QString &table : tables) {
            auto info = db->run(QStringLiteral("SELECT name, type, \"notnull\" FROM pragma_table_info('%1')").arg(table));
            QVERIFY(info.ok());
            while (info.value().next()) {
                const QString column = info.value().value(0).toString();
                if (!sync::syncedColumns(table).contains(column)) {
                    continue;
                }
                const bool requiredText = info.value().value(1).toString() == QLatin1String("TEXT")
                    && info.value().value(2).toInt() == 1;
                const auto decoded = sync::decodeValue(table, column, QJsonValue::Null);
                QVERIFY(decoded);
                QVERIFY2(decoded->isNull() != requiredText, qPrintable(table + QLatin1Char('.') + column));
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }

    void columnsWhitelist()
    {
        QVERIFY(sync::isSyncedTable(QStringLiteral("flags")));
        QVERIFY(!sync::isSyncedTable(QStringLiteral("private_notes")));
        QVERIFY(!sync::isSyncedTable(QStringLiteral("stars")));
        QVERIFY(!sync::isSyncedTable(QStringLiteral("sync_outbox")));
        QVERIFY(!sync::syncedColumns(QStringLiteral("quick_lines")).contains(QStringLiteral("last_used_at")));
        QVERIFY(sync::syncedColumns(QStringLiteral("quick_lines")).contains(QStringLiteral("template")));
    }

    void inviteLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString token = QStringLiteral("B6wpBy8W9O0J_EB3o_QsC3Dv5KHyQwdS7Jl1QHr8-GU");
        QTest::newRow("made by us") << sync::inviteLink(QUrl(QStringLiteral("https://partners.regenboog.nl/kl/")), token) << true;
        QTest::newRow("http on a port") << sync::inviteLink(QUrl(QStringLiteral("http://127.0.0.1:8080")), token) << true;
        QTest::newRow("other scheme") << QStringLiteral("https://join?server=https%3A%2F%2Fx.nl&invite=") + token << false;
        QTest::newRow("ftp server") << sync::inviteLink(QUrl(QStringLiteral("ftp://x.nl")), token) << false;
        QTest::newRow("short token") << sync::inviteLink(QUrl(QStringLiteral("https://x.nl")), QStringLiteral("abc")) << false;
        QTest::newRow("no server") << QStringLiteral("kortelijn://join?invite=") + token << false;
        QTest::newRow("garbage") << QStringLiteral("hallo") << false;
        // Only base64url in a token (found by tests/fuzz/fuzz_invite: a U+FFFF came back as U+FFFD).
        QTest::newRow("noncharacter in token")
            << sync::inviteLink(QUrl(QStringLiteral("https://x.nl")), token + QChar(0xFFFF)) << false;
        QTest::newRow("slashes in token") << sync::inviteLink(QUrl(QStringLiteral("https://x.nl")), QStringLiteral("////////////////////")) << false;
        QTest::newRow("space in token")
            << QStringLiteral("kortelijn://join?server=https%3A%2F%2Fx.nl&invite=B6wpBy8W9O0J%20EB3o_QsC3Dv5KHyQwdS7Jl1") << false;
    }

    void inviteLinks()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto parsed = sync::parseInvite(text);
        QCOMPARE(bool(parsed), valid);
        if (valid) {
            QCOMPARE(parsed->token, QStringLiteral("B6wpBy8W9O0J_EB3o_QsC3Dv5KHyQwdS7Jl1QHr8-GU"));
            QCOMPARE(sync::inviteLink(parsed->server, parsed->token), text);
        }
    }

    void outboxRecordsSchoolEditsOnly()
    {
        auto db = openDb();
        Outbox outbox(*db);
        outbox.install();
        OrganisationRepository orgs(*db);
        Organisation school;
        school.name = QStringLiteral("CJG");
        const QString schoolId = orgs.save(school).value();
        Organisation mine;
        mine.origin = Origin::Personal;
        mine.name = QStringLiteral("Mijn logopedist");
        const QString mineId = orgs.save(mine).value();
        Person p;
        p.origin = Origin::Personal;
        p.organisationId = mineId;
        p.givenName = QStringLiteral("Ingrid");
        const QString personId = PersonRepository(*db).save(p).value();
        Function f;
        f.origin = Origin::Personal;
        f.organisationId = mineId;
        f.title = QStringLiteral("Logopedist");
        const QString fnId = FunctionRepository(*db).save(f).value();
        QVERIFY(FunctionRepository(*db).handOver(fnId, personId, QDate(2026, 1, 5)));
        NoteRepository notes(*db);
        QVERIFY(notes.setNote(TargetKind::Organisation, schoolId, QStringLiteral("privé")));
        QVERIFY(notes.setStarred(TargetKind::Organisation, schoolId, true));
        Flag personalFlag;
        personalFlag.targetKind = TargetKind::Person;
        personalFlag.targetId = personId;
        QVERIFY(FlagRepository(*db).report(personalFlag));
        Flag schoolFlag;
        schoolFlag.targetKind = TargetKind::Organisation;
        schoolFlag.targetId = schoolId;
        const QString flagId = FlagRepository(*db).report(schoolFlag).value();
        // A personal row whose change is recorded by mistake is still dropped.
        QVERIFY(outbox.record(Change { QStringLiteral("organisations"), mineId, { { QStringLiteral("name"), QStringLiteral("x") } }, false }));

        const QList<Mutation> m = all(outbox);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).table, QStringLiteral("organisations"));
        QCOMPARE(m.at(0).rowId, schoolId);
        QCOMPARE(m.at(0).op, QStringLiteral("upsert"));
        QCOMPARE(m.at(1).op, QStringLiteral("flag"));
        QCOMPARE(m.at(1).rowId, flagId);
        QVERIFY(m.at(1).fields.contains(QStringLiteral("created_at")));
        const QByteArray everything = QJsonDocument(QJsonArray { m.at(0).toJson(), m.at(1).toJson() }).toJson();
        QVERIFY(!everything.contains("Ingrid") && !everything.contains("privé") && !everything.contains("Mijn"));
    }

    void outboxIdsNeverReused()
    {
        auto db = openDb();
        Outbox outbox(*db);
        outbox.install();
        OrganisationRepository orgs(*db);
        Organisation o;
        o.name = QStringLiteral("Bieb");
        o.id = orgs.save(o).value();
        o.city = QStringLiteral("Zeist");
        QVERIFY(orgs.save(o));
        QVERIFY(orgs.save(o)); // no change: nothing recorded
        QVERIFY(orgs.remove(o.id));
        QList<Mutation> m = all(outbox);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(1).fields.keys(), QStringList { QStringLiteral("city") });
        QCOMPARE(m.at(2).op, QStringLiteral("delete"));
        QVERIFY(db->write([&] { return outbox.confirmUpTo(m.last().id); }));
        QCOMPARE(outbox.count().value(), 0);
        Organisation again;
        again.name = QStringLiteral("Nieuw");
        QVERIFY(orgs.save(again));
        QCOMPARE(all(outbox).first().id, m.last().id + 1); // after draining, ids keep rising
        QVERIFY(outbox.renumberFromOne());
        QCOMPARE(all(outbox).first().id, 1);
        Organisation third;
        third.name = QStringLiteral("Nog een");
        QVERIFY(orgs.save(third));
        QCOMPARE(all(outbox).last().id, 2);
    }

    void outboxRollsBackWithTheEdit()
    {
        auto db = openDb();
        Outbox outbox(*db);
        outbox.install();
        const Status s = db->write([&]() -> Status {
            Organisation o;
            o.name = QStringLiteral("Half");
            if (auto r = OrganisationRepository(*db).save(o); !r) {
                return r.error();
            }
            return Error { QStringLiteral("test"), QStringLiteral("abort") };
        });
        QVERIFY(!s);
        QCOMPARE(outbox.count().value(), 0);
        QVERIFY(OrganisationRepository(*db).list().value().isEmpty());
    }

    void usageOfLinesNeverRecorded()
    {
        auto db = openDb();
        Outbox outbox(*db);
        outbox.install();
        Organisation org;
        org.name = QStringLiteral("Bibliotheek");
        Function fn;
        fn.organisationId = OrganisationRepository(*db).save(org).value();
        fn.title = QStringLiteral("Leesconsulent");
        QuickLine q;
        q.origin = Origin::School;
        q.targetKind = TargetKind::Function;
        q.targetId = FunctionRepository(*db).save(fn).value();
        q.label = QStringLiteral("App de bieb");
        q.lastUsedAt = QDateTime::currentDateTimeUtc();
        QuickLineRepository lines(*db);
        const QString id = lines.save(q).value();
        QVERIFY(lines.markUsed(id, QDateTime::currentDateTimeUtc().addDays(1)));
        const QList<Mutation> m = all(outbox);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.last().table, QStringLiteral("quick_lines"));
        QVERIFY(!m.last().fields.contains(QStringLiteral("last_used_at")));
        QVERIFY(m.last().fields.contains(QStringLiteral("label")));
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
