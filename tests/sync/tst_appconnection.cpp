// The app's school connection end to end: the real AppContext (as main.cpp builds it)
// joins a real kortelijn-server process with an invite, the demo school on the phone is
// replaced by the school's list, screens are told to reload, personal data stays; a bad
// invite explains itself; a revoked phone says so plainly and keeps everything local.
#include "appcontext.h"
#include "partnerqr.h"
#include "publiccard.h"
#include "demodata.h"
#include "securestorage.h"
#include "noterepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kltest;

namespace {

// Everything the app logs during the test (all kl.* categories on), to prove the device
// token never reaches the log.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void recordLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    g_previousHandler(type, context, message);
}

std::unique_ptr<AppContext> makeApp(const QString &dir)
{
    AppContext::Options o;
    o.dataDir = dir;
    o.recordChannels = true;
    o.autoSyncMs = 0;
    auto c = AppContext::create(o);
    if (!c.ok()) {
        qWarning() << c.error().message;
        return {};
    }
    return std::move(c).value();
}

bool waitFor(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QTest::qWait(20);
    }
    return done();
}

// zbarimg (an independent decoder) on an image; the text as the code carries it.
QString zbar(const QImage &image, const QString &path)
{
    if (!image.save(path)) {
        return {};
    }
    QProcess p;
    p.start(QStringLiteral("zbarimg"), { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), path });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int count(Database &db, const QString &sql)
{
    auto q = db.run(sql);
    return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
}

} // namespace

class TestAppConnection : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_school;

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kl.*=true"));
        g_previousHandler = qInstallMessageHandler(recordLog);
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
    }

    void joinReplacesDemoAndKeepsPersonalData()
    {
        QTemporaryDir dir;
        auto app = makeApp(dir.path());
        QVERIFY(app);
        SchoolConnection *conn = app->connection();
        QCOMPARE(conn->state(), SchoolConnection::NotConnected);
        QVERIFY(conn->demoData());

        // Something of the teacher's own before joining.
        Database &db = app->db();
        const QString ayse = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        QVERIFY(NoteRepository(db).setNote(TargetKind::Person, ayse, QStringLiteral("Belt liever na 15:00")).ok());
        const int personalBefore = count(db, QStringLiteral("SELECT count(*) FROM persons WHERE origin = 1"));
        QVERIFY(personalBefore > 0);

        QSignalSpy joined(conn, &SchoolConnection::joinFinished);
        QSignalSpy reload(app->store(), &AppStore::partnersChanged);
        conn->join(m_server.invite(m_school));
        QCOMPARE(conn->state(), SchoolConnection::Connecting);
        QVERIFY(joined.wait(30000));
        QCOMPARE(joined.first().at(0).toBool(), true);
        QVERIFY(conn->joined());
        QVERIFY(waitFor([&] { return conn->state() == SchoolConnection::Connected; }));
        QCOMPARE(conn->schoolName(), QStringLiteral("Basisschool De Regenboog"));
        QVERIFY(conn->lastSync().isValid());
        QCOMPARE(conn->pendingChanges(), 0);
        QVERIFY(!conn->demoData());
        QVERIFY(reload.count() > 0);

        // The school list now is the server's; the teacher's own things are untouched.
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM organisations WHERE origin = 0 AND deleted = 0")) >= 30);
        QVERIFY(count(db, QStringLiteral("SELECT count(*) FROM organisations WHERE origin = 0 AND row_version = 0")) == 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM persons WHERE origin = 1")), personalBefore);
        QCOMPARE(NoteRepository(db).note(TargetKind::Person, ayse).value(), QStringLiteral("Belt liever na 15:00"));

        // The device token is kept outside the database.
        const QString token = platform::createTokenStore(dir.path())->load().value().token;
        QVERIFY(!token.isEmpty());
        for (const QString &name : QDir(dir.path()).entryList({ QStringLiteral("kortelijn.sqlite*") }, QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(name));
        }
        // Nor in the log, which does say where it is kept.
        QVERIFY(!g_log.isEmpty());
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(token), "the device token appeared in the log");
        }
        QVERIFY(std::any_of(g_log.cbegin(), g_log.cend(),
            [](const QString &line) { return line.startsWith(QLatin1String("device token: ")); }));

        // A restarted app is still joined and syncs by itself.
        app.reset();
        auto again = makeApp(dir.path());
        QVERIFY(again);
        QVERIFY(again->connection()->joined());
        QVERIFY(waitFor([&] { return again->connection()->state() == SchoolConnection::Connected; }));
    }

    // The app's QR for parents: the offline card before joining, afterwards the link to
    // the server's public page, with the slug the app computes itself. Both read back by
    // zbarimg from the image the QR screen shows, also at 25%.
    void partnerQrMatchesTheServersPublicPage()
    {
        QTemporaryDir dir;
        auto app = makeApp(dir.path());
        QVERIFY(app);
        const QString ayse = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        PartnerQr qr;
        qr.setStore(app->store());
        qr.setPersonId(ayse);
        QVERIFY(qr.available());
        QVERIFY(!qr.online());
        QVERIFY(qr.payload().startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n")));
        QrImageProvider images;
        const QString id = qr.imageSource().mid(QStringLiteral("image://qr/").size());
        QSize size;
        const QImage offline = images.requestImage(id, &size, QSize(1024, 1024));
        QCOMPARE(size, offline.size());
        QCOMPARE(zbar(offline, dir.filePath(QStringLiteral("offline.png"))).trimmed(), qr.payload().trimmed());

        SchoolConnection *conn = app->connection();
        QSignalSpy joined(conn, &SchoolConnection::joinFinished);
        conn->join(m_server.invite(m_school));
        QVERIFY(joined.wait(30000));
        QVERIFY(waitFor([&] { return conn->state() == SchoolConnection::Connected; }));
        qr.setServerUrl(conn->serverUrl());
        qr.setSchoolId(conn->schoolId());
        QCOMPARE(conn->schoolId(), m_school);
        QVERIFY(qr.online());
        QCOMPARE(qr.slug(), publiccard::slug(m_school, ayse));
        QCOMPARE(qr.payload(), m_server.url() + QStringLiteral("/p/") + qr.slug());
        const HttpResult page = http("GET", qr.payload(), {}, {}, {});
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("Ayşe Öztürk")));
        const QImage link = images.requestImage(qr.imageSource().mid(QStringLiteral("image://qr/").size()), nullptr, QSize(800, 800));
        QCOMPARE(zbar(link, dir.filePath(QStringLiteral("link.png"))).trimmed(), qr.payload());
        const QImage small = link.scaled(link.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QCOMPARE(zbar(small, dir.filePath(QStringLiteral("link-small.png"))).trimmed(), qr.payload());
    }

    void badInviteExplainsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("invite");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a link") << QStringLiteral("hallo");
        QTest::newRow("used up") << QStringLiteral("kortelijn://join?server=%1&invite=%2")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://127.0.0.1:1"))),
                                            QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    }
    void badInviteExplainsAndChangesNothing()
    {
        QFETCH(QString, invite);
        QTemporaryDir dir;
        auto app = makeApp(dir.path());
        QVERIFY(app);
        const int orgs = count(app->db(), QStringLiteral("SELECT count(*) FROM organisations"));
        QSignalSpy joined(app->connection(), &SchoolConnection::joinFinished);
        app->connection()->join(invite);
        QVERIFY(joined.count() > 0 || joined.wait(30000));
        QCOMPARE(joined.first().at(0).toBool(), false);
        QVERIFY(!joined.first().at(1).toString().isEmpty());
        QVERIFY(!app->connection()->joined());
        QCOMPARE(app->connection()->state(), SchoolConnection::NotConnected);
        QVERIFY(!app->connection()->lastError().isEmpty());
        QCOMPARE(count(app->db(), QStringLiteral("SELECT count(*) FROM organisations")), orgs);
        QVERIFY(app->connection()->demoData());
    }

    void revokedPhoneSaysSoAndKeepsData()
    {
        QTemporaryDir dir;
        auto app = makeApp(dir.path());
        QVERIFY(app);
        SchoolConnection *conn = app->connection();
        QSignalSpy joined(conn, &SchoolConnection::joinFinished);
        conn->join(m_server.invite(m_school));
        QVERIFY(joined.wait(30000));
        QVERIFY(waitFor([&] { return conn->state() == SchoolConnection::Connected; }));
        const int schoolRows = count(app->db(), QStringLiteral("SELECT count(*) FROM persons WHERE origin = 0"));

        const HttpResult me = http("GET", m_server.url() + QStringLiteral("/api/v1/me"),
            platform::createTokenStore(dir.path())->load().value().token.toLatin1(), {}, {});
        const QString deviceId = me.json().value(QStringLiteral("id")).toString();
        QVERIFY(!deviceId.isEmpty());
        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), deviceId }).exitCode, 0);

        conn->syncNow();
        QVERIFY(waitFor([&] { return conn->state() == SchoolConnection::Revoked; }));
        QVERIFY(!conn->lastError().isEmpty());
        QCOMPARE(count(app->db(), QStringLiteral("SELECT count(*) FROM persons WHERE origin = 0")), schoolRows);
        QVERIFY(count(app->db(), QStringLiteral("SELECT count(*) FROM persons WHERE origin = 1")) > 0);
    }
};

QTEST_MAIN(TestAppConnection)
#include "tst_appconnection.moc"
