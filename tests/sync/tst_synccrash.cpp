// Crash tests: the phone (kl-sync-client) and the server are killed with SIGKILL at each
// injected point of a sync. After a restart nothing is lost and nothing is applied twice.
#include "rows.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

using namespace kltest;

class TestSyncCrash : public QObject
{
    Q_OBJECT

    struct ClientRun
    {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QString out;
    };

    static ClientRun client(const QString &db, const QString &creds, const QStringList &args, const QByteArray &crashAt = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KL_CRASH_AT"));
        if (!crashAt.isEmpty()) {
            env.insert(QStringLiteral("KL_CRASH_AT"), QString::fromLatin1(crashAt));
        }
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kl.*.info=false"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KL_SYNC_CLIENT_BIN), QStringList { QStringLiteral("--db"), db, QStringLiteral("--creds"), creds } + args);
        p.waitForFinished(60000);
        return { p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()) };
    }

    // The phone's store equals the server; the client's mutations were each recorded once.
    static void verifyConverged(ServerProcess &server, const QString &school, const QString &dbPath, const Enrolled &reader,
        const QString &clientId, int expectedMutations)
    {
        auto db = kl::Database::open(dbPath);
        QVERIFY(db);
        auto pending = db.value()->run(QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QVERIFY(pending && pending.value().next());
        QCOMPARE(pending.value().value(0).toInt(), 0);
        const auto local = localSchoolRows(*db.value());
        const auto remote = serverRows(server.url(), school, reader.token);
        QVERIFY(!remote.isEmpty());
        QCOMPARE(local.keys(), remote.keys());
        QCOMPARE(local, remote);
        // Exactly once: ids 1..n, each recorded once and applied.
        const CliResult status = server.cli({ QStringLiteral("status"), QStringLiteral("--school"), school });
        QVERIFY2(status.out.contains(QStringLiteral("client id=%1 ").arg(clientId) + QStringLiteral("device="))
                && status.out.contains(QStringLiteral("last_mutation=%1 ").arg(expectedMutations)),
            qPrintable(status.out));
        int created = 0;
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            if (it.value().contains(QStringLiteral("Crash partner"))) {
                ++created;
            }
        }
        QCOMPARE(created, expectedMutations);
    }

private Q_SLOTS:
    void clientKilledMidSync_data()
    {
        QTest::addColumn<QByteArray>("point");
        for (const char *p : { "client-after-push-reply", "client-after-page", "client-mid-apply", "client-before-cursor-save",
                 "client-after-page-commit" }) {
            QTest::newRow(p) << QByteArray(p);
        }
    }

    void clientKilledMidSync()
    {
        QFETCH(QByteArray, point);
        ServerProcess server;
        QVERIFY(server.start());
        const QString school = server.createSchool(QStringLiteral("Crashschool"), true);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("phone.db"));
        const QString creds = dir.filePath(QStringLiteral("creds.json"));
        const ClientRun enrolled = client(db, creds, { QStringLiteral("enroll"), server.invite(school, QStringLiteral("coordinator")) });
        QCOMPARE(enrolled.code, 0);
        const QString clientId = enrolled.out.section(QStringLiteral("client_id="), 1).trimmed();
        QVERIFY(!clientId.isEmpty());
        QCOMPARE(client(db, creds, { QStringLiteral("add-orgs"), QStringLiteral("3"), QStringLiteral("Crash partner") }).code, 0);

        const ClientRun crashed = client(db, creds, { QStringLiteral("sync"), QStringLiteral("--page-limit"), QStringLiteral("25") }, point);
        QCOMPARE(crashed.status, QProcess::CrashExit); // really killed at the point

        const ClientRun again = client(db, creds, { QStringLiteral("sync"), QStringLiteral("--page-limit"), QStringLiteral("25") });
        QVERIFY2(again.code == 0, qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral("pending=0")));
        // More edits after the crash keep numbering from where the store left off.
        QCOMPARE(client(db, creds, { QStringLiteral("add-orgs"), QStringLiteral("2"), QStringLiteral("Crash partner late") }).code, 0);
        QCOMPARE(client(db, creds, { QStringLiteral("sync") }).code, 0);
        const Enrolled reader = enrollRaw(server.url(), server.invite(school));
        verifyConverged(server, school, db, reader, clientId, 5);
    }

    void serverKilledDuringPush_data()
    {
        QTest::addColumn<QByteArray>("point");
        QTest::newRow("before commit") << QByteArray("server-before-push-commit");
        QTest::newRow("after commit, before answer") << QByteArray("server-after-push-commit");
    }

    void serverKilledDuringPush()
    {
        QFETCH(QByteArray, point);
        ServerProcess server({}, point);
        QVERIFY(server.start());
        const QString school = server.createSchool(QStringLiteral("Crashschool"), true);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("phone.db"));
        const QString creds = dir.filePath(QStringLiteral("creds.json"));
        const ClientRun enrolled = client(db, creds, { QStringLiteral("enroll"), server.invite(school, QStringLiteral("coordinator")) });
        QCOMPARE(enrolled.code, 0);
        const QString clientId = enrolled.out.section(QStringLiteral("client_id="), 1).trimmed();
        QCOMPARE(client(db, creds, { QStringLiteral("add-orgs"), QStringLiteral("4"), QStringLiteral("Crash partner") }).code, 0);

        const ClientRun failed = client(db, creds, { QStringLiteral("sync") });
        QCOMPARE(failed.code, 1);
        QVERIFY(failed.out.contains(QStringLiteral("pending=4"))); // nothing dropped without a confirmation
        QVERIFY(server.process().waitForFinished(5000));
        QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);

        QVERIFY(server.restart());
        const ClientRun again = client(db, creds, { QStringLiteral("sync") });
        QVERIFY2(again.code == 0, qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral("pending=0")));
        const Enrolled reader = enrollRaw(server.url(), server.invite(school));
        verifyConverged(server, school, db, reader, clientId, 4);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
