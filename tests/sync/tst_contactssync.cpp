// The app's "school list in your phone's contacts" end to end: the real AppContext joins a
// real kortelijn-server, ContactsSync (the settings page's view model) asks for this
// phone's CardDAV login with the device token, and that login opens the school's address
// book; the iOS profile and the DAVx5 link carry it; revoking the phone ends it and the
// page then says so in words.
#include "appcontext.h"
#include "contactssync.h"
#include "securestorage.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kltest;

class TestContactsSync : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_school;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
    }

    void loginFromTheAppOpensTheBookUntilThePhoneIsRevoked()
    {
        QTemporaryDir dir;
        AppContext::Options o;
        o.dataDir = dir.path();
        o.autoSyncMs = 0;
        auto made = AppContext::create(o);
        QVERIFY(made.ok());
        auto app = std::move(made).value();
        SchoolConnection *conn = app->connection();

        ContactsSync contacts;
        contacts.create(QStringLiteral("vooraf"));
        QCOMPARE(contacts.state(), ContactsSync::Failed); // not joined yet: said in words
        QVERIFY(!contacts.errorText().isEmpty());

        QSignalSpy joined(conn, &SchoolConnection::joinFinished);
        conn->join(m_server.invite(m_school));
        QVERIFY(joined.wait(30000));
        QVERIFY(conn->joined());
        contacts.setConnection(conn);
        QSignalSpy changed(&contacts, &ContactsSync::changed);
        contacts.create(QStringLiteral("Telefoon van Anna"));
        QCOMPARE(contacts.state(), ContactsSync::Working);
        QTRY_COMPARE_WITH_TIMEOUT(contacts.state(), ContactsSync::Ready, 30000);
        QCOMPARE(contacts.serverAddress(), m_server.url() + QStringLiteral("/carddav/"));
        QVERIFY(contacts.username().startsWith(QLatin1String("kl-")));
        QCOMPARE(contacts.password().size(), 43);
        QVERIFY(contacts.davx5Url().startsWith(QStringLiteral("carddav://%1:%2@").arg(contacts.username(), contacts.password())));

        // The login opens the school's address book.
        const QString book = m_server.url() + QStringLiteral("/carddav/schools/%1/contacts/").arg(m_school);
        const QByteArray basic = "Basic " + (contacts.username() + QLatin1Char(':') + contacts.password()).toUtf8().toBase64();
        HttpResult r = http("PROPFIND", book, {}, {}, "application/xml", { { "Authorization", basic }, { "Depth", "1" } });
        QCOMPARE(r.status, 207);
        QVERIFY(r.body.contains(".vcf</d:href>"));
        r = http("GET", contacts.profileUrl(), {}, {}, {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains(contacts.username().toUtf8()));
        QVERIFY(!r.body.contains(contacts.password().toUtf8()));

        // Revoking the phone ends the login; asking again says why.
        const HttpResult me = http("GET", m_server.url() + QStringLiteral("/api/v1/me"),
            platform::createTokenStore(dir.path())->load().value().token.toLatin1(), {}, {});
        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), me.json().value(QStringLiteral("id")).toString() }).exitCode, 0);
        QCOMPARE(http("PROPFIND", book, {}, {}, "application/xml", { { "Authorization", basic }, { "Depth", "0" } }).status, 401);
        contacts.create(QStringLiteral("opnieuw"));
        QTRY_COMPARE_WITH_TIMEOUT(contacts.state(), ContactsSync::Failed, 30000);
        QCOMPARE(contacts.errorText(), QStringLiteral("This phone is no longer connected to the school."));
    }
};

QTEST_MAIN(TestContactsSync)
#include "tst_contactssync.moc"
