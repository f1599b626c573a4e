// The coordinator web admin API from the outside: a real kortelijn-server process on
// 127.0.0.1 with a real SQLite data directory, a browser's requests (cookie + CSRF header)
// made by hand, and a phone with the real SyncEngine that must see every admin edit on
// its next sync.
#include "contactcard.h"
#include "publiccard.h"
#include "domain.h"
#include "syncprotocol.h"
#include "adminbrowser.h"
#include "testsupport.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace kltest;

namespace {

const QString kPassword = QStringLiteral("regenboog-koffie-42");

// One field of a row of localSchoolRows() (canonical JSON text).
QJsonValue localField(const QMap<QString, QString> &local, const QString &key, const QString &column)
{
    return QJsonDocument::fromJson(local.value(key).toUtf8()).object().value(column);
}

QJsonObject findBy(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(field).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

// The import as the web UI does it: upload (the preview), confirm with the rows the
// preview skips left out, and wait for the background job to end (by its state).
QJsonObject importNow(Browser &b, const QByteArray &data, const QByteArray &type)
{
    const Reply up = b.upload(QStringLiteral("/import"), data, type);
    if (up.status != 200) {
        return up.json();
    }
    const QString id = up.json().value(QStringLiteral("id")).toString();
    b.post(QStringLiteral("/import/") + id + QStringLiteral("/confirm"), { { QStringLiteral("accept_skipped"), true } });
    for (int i = 0; i < 3000; ++i) {
        const QString state = b.get(QStringLiteral("/import/") + id).json().value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running")) {
            QJsonObject out = up.json();
            out.insert(QStringLiteral("state"), state);
            return out;
        }
        QTest::qWait(10);
    }
    return {};
}

int count(const QJsonObject &preview, const char *name)
{
    return preview.value(QStringLiteral("counts")).toObject().value(QLatin1String(name)).toInt();
}

} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server { { QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1") } };
    QString m_school;
    QString m_coordinator;

    QString addCoordinator(const QString &school, const QString &name, const QString &email, const QString &password = kPassword)
    {
        return m_server.addCoordinator(school, name, email, password);
    }

    int setPassword(const QString &coordinatorId, const QString &password)
    {
        return m_server.cli({ QStringLiteral("set-password"), QStringLiteral("--coordinator"), coordinatorId }, password.toUtf8() + '\n').exitCode;
    }

    Browser signedIn(const QString &email = QStringLiteral("anna@regenboog.nl"))
    {
        Browser b { m_server.url(), {}, {} };
        const Reply r = b.login(email, kPassword);
        if (r.status != 200) {
            qWarning() << "login failed" << r.status << r.body;
        }
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
        m_coordinator
            = addCoordinator(m_school, QStringLiteral("Anna de Vries"), QStringLiteral("anna@regenboog.nl"));
        QVERIFY(!m_coordinator.isEmpty());
    }

    void setPasswordChecksItsInput()
    {
        QVERIFY(setPassword(m_coordinator, QStringLiteral("kort")) != 0);
        QVERIFY(setPassword(QStringLiteral("no-such-coordinator"), kPassword) != 0);
        // The stored hash is argon2id (libsodium's string form), never the password.
        QSqlDatabase db = m_server.openDatabase(QStringLiteral("peek"));
        QVERIFY(db.isOpen());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT password_hash FROM coordinators WHERE id = '%1'").arg(m_coordinator)));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toString().startsWith(QLatin1String("$argon2id$")));
            QVERIFY(!q.value(0).toString().contains(kPassword));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void newPasswordEndsSessions()
    {
        // A coordinator who sets a new password (say, after it leaked) is signed out of
        // every browser; other coordinators stay signed in.
        const QString bram = addCoordinator(m_school, QStringLiteral("Bram Jansen"), QStringLiteral("bram@regenboog.nl"));
        QVERIFY(!bram.isEmpty());
        Browser first = signedIn(QStringLiteral("bram@regenboog.nl"));
        Browser second = signedIn(QStringLiteral("bram@regenboog.nl"));
        Browser anna = signedIn();
        QCOMPARE(first.get(QStringLiteral("/session")).status, 200);
        QCOMPARE(second.get(QStringLiteral("/session")).status, 200);

        const QString fresh = QStringLiteral("een nieuw en lang wachtwoord");
        QCOMPARE(setPassword(bram, fresh), 0);
        QCOMPARE(first.get(QStringLiteral("/session")).status, 401);
        QCOMPARE(second.get(QStringLiteral("/session")).status, 401);
        QCOMPARE(anna.get(QStringLiteral("/session")).status, 200);

        Browser again { m_server.url(), {}, {} };
        QCOMPARE(again.login(QStringLiteral("bram@regenboog.nl"), kPassword).status, 401);
        QCOMPARE(again.login(QStringLiteral("bram@regenboog.nl"), fresh).status, 200);
        QCOMPARE(again.get(QStringLiteral("/session")).status, 200);
    }

    void staticFilesAreServedWithAPolicy()
    {
        const Reply page = send("GET", m_server.url() + QStringLiteral("/admin/"), {}, {});
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.body.contains("/admin/app.js"));
        QVERIFY(page.header("Content-Security-Policy").contains("script-src 'self'"));
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("/admin/app.js"), {}, {}).status, 200);
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("/admin/../storage.h"), {}, {}).status, 404);
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("/admin/nope.js"), {}, {}).status, 404);
    }

    void signInAndOut()
    {
        Browser b { m_server.url(), {}, {} };
        Reply wrong = b.login(QStringLiteral("anna@regenboog.nl"), QStringLiteral("fout-wachtwoord"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.contentType, QByteArray("application/problem+json"));
        QCOMPARE(wrong.code(), QStringLiteral("login-failed"));
        QCOMPARE(
            b.login(QStringLiteral("nobody@regenboog.nl"), kPassword).code(), QStringLiteral("login-failed"));

        const Reply ok = b.login(QStringLiteral("ANNA@regenboog.nl"), kPassword);
        QCOMPARE(ok.status, 200);
        const QByteArray cookie = ok.header("Set-Cookie");
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(cookie.contains("Path=/admin"));
        QVERIFY(!cookie.contains("Secure")); // plain http on 127.0.0.1
        const Reply session = b.get(QStringLiteral("/session"));
        QCOMPARE(session.status, 200);
        QCOMPARE(
            session.json().value(QStringLiteral("school")).toObject().value(QStringLiteral("id")).toString(),
            m_school);
        QCOMPARE(b.get(QStringLiteral("/rows")).status, 200);

        QCOMPARE(send("GET", m_server.url() + QStringLiteral("/admin/api/rows"), {}, {}).code(),
            QStringLiteral("unauthenticated"));
        QCOMPARE(send("GET", m_server.url() + QStringLiteral("/admin/api/rows"), {},
                     { { "Cookie", "kl_admin=" + QByteArray(43, 'A') } })
                     .status,
            401);

        QCOMPARE(b.post(QStringLiteral("/logout"), {}).status, 200);
        QCOMPARE(b.get(QStringLiteral("/rows")).status, 401);
        // Signing in and out is in the audit log.
        Browser other = signedIn();
        const QJsonArray entries
            = other.get(QStringLiteral("/audit")).json().value(QStringLiteral("entries")).toArray();
        QStringList actions;
        for (const QJsonValue &e : entries) {
            actions << e.toObject().value(QStringLiteral("action")).toString();
        }
        QVERIFY(actions.contains(QStringLiteral("login")));
        QVERIFY(actions.contains(QStringLiteral("logout")));
        QVERIFY(actions.contains(QStringLiteral("login.failed")));
    }

    void secureCookieBehindHttps()
    {
        ServerProcess tls { { QStringLiteral("--public-url"),
            QStringLiteral("https://partners.regenboog.example") } };
        QVERIFY(tls.start());
        const QString school = tls.createSchool(QStringLiteral("Obs Het Anker"));
        const QString id
            = tls.cli({ QStringLiteral("create-coordinator"), QStringLiteral("--school"), school,
                          QStringLiteral("--name"), QStringLiteral("Piet"), QStringLiteral("--email"),
                          QStringLiteral("piet@anker.nl"), QStringLiteral("--server-url"), tls.url() })
                  .value(QStringLiteral("coordinator_id"));
        QProcess p;
        p.start(QStringLiteral(KL_SERVER_BIN),
            QStringList { QStringLiteral("set-password") } + tls.storageArgs()
                + QStringList { QStringLiteral("--school"), school, QStringLiteral("--email"),
                    QStringLiteral("piet@anker.nl") });
        p.write(kPassword.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        Browser b { tls.url(), {}, {} };
        const Reply r = b.login(QStringLiteral("piet@anker.nl"), kPassword);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Set-Cookie").contains("; Secure"));
    }

    void deviceTokensDoNotOpenTheAdmin()
    {
        const Enrolled teacher = enrollRaw(m_server.url(), m_server.invite(m_school));
        const Enrolled coordinator
            = enrollRaw(m_server.url(), m_server.invite(m_school, QStringLiteral("coordinator")));
        QVERIFY(!teacher.token.isEmpty() && !coordinator.token.isEmpty());
        for (const QByteArray &token : { teacher.token, coordinator.token }) {
            const Reply bearer = send("GET", m_server.url() + QStringLiteral("/admin/api/rows"), {},
                { { "Authorization", "Bearer " + token } });
            QCOMPARE(bearer.status, 401);
            QCOMPARE(bearer.code(), QStringLiteral("device-token-refused"));
            const Reply asCookie = send("GET", m_server.url() + QStringLiteral("/admin/api/rows"), {},
                { { "Cookie", "kl_admin=" + token } });
            QCOMPARE(asCookie.status, 401);
        }
        // And a web session is no device token for the sync API.
        Browser b = signedIn();
        const QByteArray session = b.cookie.mid(b.cookie.indexOf('=') + 1);
        QCOMPARE(http("GET", m_server.url() + QStringLiteral("/api/v1/me"), session).status, 401);
    }

    void everyStateChangeNeedsTheCsrfToken()
    {
        Browser b = signedIn();
        const QJsonObject org { { QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Zonder token") },
                { QStringLiteral("category"), QStringLiteral("overig") } } } };
        const Reply bare = b.post(QStringLiteral("/rows/organisations"), org, false);
        QCOMPARE(bare.status, 403);
        QCOMPARE(bare.contentType, QByteArray("application/problem+json"));
        QCOMPARE(bare.code(), QStringLiteral("csrf-failed"));
        Browser other = signedIn();
        Browser mixed = b;
        mixed.csrf = other.csrf; // a token of another session is no good either
        QCOMPARE(mixed.post(QStringLiteral("/rows/organisations"), org).status, 403);
        QCOMPARE(b.post(QStringLiteral("/logout"), {}, false).status, 403);
        QVERIFY(findBy(
            b.table(QStringLiteral("organisations")), QStringLiteral("name"), QStringLiteral("Zonder token"))
                    .isEmpty());
        QCOMPARE(b.post(QStringLiteral("/rows/organisations"), org).status, 200);
    }

    void loginsAreRateLimitedPerAccount()
    {
        QVERIFY(!addCoordinator(m_school, QStringLiteral("Bas Jansen"), QStringLiteral("bas@regenboog.nl"))
                     .isEmpty());
        Browser b { m_server.url(), {}, {} };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                b.login(QStringLiteral("bas@regenboog.nl"), QStringLiteral("raden-%1").arg(i)).status, 401);
        }
        const Reply limited = b.login(QStringLiteral("bas@regenboog.nl"), QStringLiteral("raden-6"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.code(), QStringLiteral("rate-limited"));
        QVERIFY(!limited.header("Retry-After").isEmpty());
        QCOMPARE(b.login(QStringLiteral("bas@regenboog.nl"), kPassword).status, 429);
        // Another account from the same address is not locked out by Bas's guesser.
        QCOMPARE(b.login(QStringLiteral("anna@regenboog.nl"), kPassword).status, 200);
    }

    void aStrangerCannotLockTheCoordinatorOut()
    {
        // Someone who knows only Cas's e-mail address guesses from one address: slowed there.
        QVERIFY(!addCoordinator(m_school, QStringLiteral("Cas de Boer"), QStringLiteral("cas@regenboog.nl")).isEmpty());
        Browser stranger { m_server.url(), {}, {} };
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(stranger.login(QStringLiteral("cas@regenboog.nl"), QStringLiteral("gok-%1").arg(i)).status, 401);
        }
        const Reply slowed = stranger.login(QStringLiteral("cas@regenboog.nl"), QStringLiteral("gok-6"));
        QCOMPARE(slowed.status, 429);
        QCOMPARE(slowed.code(), QStringLiteral("rate-limited"));
        // Cas, from the staff room (another address, a browser that never signed in), gets in,
        // and that browser is trusted from now on.
        Browser cas { m_server.url(), {}, {} };
        QCOMPARE(cas.login(QStringLiteral("cas@regenboog.nl"), kPassword).status, 200);
        QVERIFY(!cas.trust.isEmpty());
        QCOMPARE(cas.get(QStringLiteral("/session")).status, 200);
        // A trusted browser keeps its trust: signing in again brings no new cookie.
        const QByteArray trust = cas.trust;
        QCOMPARE(cas.login(QStringLiteral("cas@regenboog.nl"), kPassword).status, 200);
        QCOMPARE(cas.trust, trust);
        // The trust cookie belongs to Cas: on a guesser's browser it opens nothing.
        Browser thief { m_server.url(), {}, {}, stranger.address, trust };
        QCOMPARE(thief.login(QStringLiteral("anna@regenboog.nl"), QStringLiteral("fout")).status, 401);
        // Still slowed at the guesser's address for Cas.
        QCOMPARE(stranger.login(QStringLiteral("cas@regenboog.nl"), kPassword).status, 429);
    }

    void editsReachAPhoneOnItsNextSync()
    {
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QVERIFY(phone.sync());
        Browser b = signedIn();

        // Create a partner with a person, a function and presence.
        const Reply org = b.post(QStringLiteral("/rows/organisations"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("Logopedie Overvecht") },
                    { QStringLiteral("category"), QStringLiteral("zorg") },
                    { QStringLiteral("visibility"),
                        QStringLiteral(R"({"default":"school","fields":{"name":"public"}})") } } } });
        QCOMPARE(org.status, 200);
        const QString orgId = org.json().value(QStringLiteral("id")).toString();
        const Reply person = b.post(QStringLiteral("/rows/persons"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), orgId },
                    { QStringLiteral("given_name"), QStringLiteral("Fenna") },
                    { QStringLiteral("family_name"), QStringLiteral("Bakker") },
                    { QStringLiteral("mobile"), QStringLiteral("06-12345678") } } } });
        QCOMPARE(person.status, 200);
        const QString personId = person.json().value(QStringLiteral("id")).toString();
        const Reply function = b.post(QStringLiteral("/rows/functions"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), orgId },
                    { QStringLiteral("title"), QStringLiteral("Logopedist") } } } });
        QCOMPARE(function.status, 200);
        const QString functionId = function.json().value(QStringLiteral("id")).toString();
        QCOMPARE(b.post(QStringLiteral("/functions/") + functionId + QStringLiteral("/handover"),
                      { { QStringLiteral("person_id"), personId },
                          { QStringLiteral("since"), QStringLiteral("2026-08-01") } })
                     .status,
            200);
        const Reply presence = b.post(QStringLiteral("/rows/presence"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), orgId }, { QStringLiteral("weekday"), 2 },
                    { QStringLiteral("start_min"), 510 }, { QStringLiteral("end_min"), 720 },
                    { QStringLiteral("room"), QStringLiteral("kamer 12") } } } });
        QCOMPARE(presence.status, 200);

        QVERIFY(phone.sync());
        QMap<QString, QString> local = localSchoolRows(phone.db());
        QCOMPARE(
            localField(local, QStringLiteral("organisations/") + orgId, QStringLiteral("name")).toString(),
            QStringLiteral("Logopedie Overvecht"));
        QVERIFY(localField(local, QStringLiteral("organisations/") + orgId, QStringLiteral("visibility"))
                    .toString()
                    .contains(QLatin1String("\"name\":\"public\"")));
        QCOMPARE(
            localField(local, QStringLiteral("persons/") + personId, QStringLiteral("mobile")).toString(),
            QStringLiteral("+31612345678"));
        QCOMPARE(
            localField(local, QStringLiteral("functions/") + functionId, QStringLiteral("title")).toString(),
            QStringLiteral("Logopedist"));
        QCOMPARE(localField(local,
                     QStringLiteral("presence/") + presence.json().value(QStringLiteral("id")).toString(),
                     QStringLiteral("room"))
                     .toString(),
            QStringLiteral("kamer 12"));
        bool held = false;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            held = held
                || (it.key().startsWith(QLatin1String("holdings/"))
                    && localField(local, it.key(), QStringLiteral("person_id")).toString() == personId);
        }
        QVERIFY(held);

        // An edit and a hand-over to a successor.
        QCOMPARE(b.post(QStringLiteral("/rows/persons/") + personId,
                      { { QStringLiteral("fields"),
                          QJsonObject {
                              { QStringLiteral("email"), QStringLiteral("fenna@logopedie.example") } } } })
                     .status,
            200);
        const QString successor
            = b.post(QStringLiteral("/rows/persons"),
                   { { QStringLiteral("fields"),
                       QJsonObject { { QStringLiteral("organisation_id"), orgId },
                           { QStringLiteral("given_name"), QStringLiteral("Sanne") } } } })
                  .json()
                  .value(QStringLiteral("id"))
                  .toString();
        const Reply early = b.post(QStringLiteral("/functions/") + functionId + QStringLiteral("/handover"),
            { { QStringLiteral("person_id"), successor },
                { QStringLiteral("since"), QStringLiteral("2026-07-01") } });
        QCOMPARE(early.status, 422);
        QCOMPARE(early.code(), QStringLiteral("handover-date"));
        QCOMPARE(b.post(QStringLiteral("/functions/") + functionId + QStringLiteral("/handover"),
                      { { QStringLiteral("person_id"), successor },
                          { QStringLiteral("since"), QStringLiteral("2026-12-01") } })
                     .status,
            200);

        // A teacher's flag, resolved on the web.
        const QString flagId = kl::newId();
        const Enrolled teacher = enrollRaw(m_server.url(), m_server.invite(m_school));
        const QJsonObject flag { { QStringLiteral("id"), 1 },
            { QStringLiteral("table"), QStringLiteral("flags") }, { QStringLiteral("row"), flagId },
            { QStringLiteral("op"), QStringLiteral("flag") },
            { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("target_kind"), QStringLiteral("person") },
                    { QStringLiteral("target_id"), personId },
                    { QStringLiteral("reason"), QStringLiteral("wrong_number") },
                    { QStringLiteral("comment"), QStringLiteral("geen gehoor") },
                    { QStringLiteral("created_at"), QStringLiteral("2026-11-20T08:00:00.000Z") } } } };
        QCOMPARE(
            http("POST",
                m_server.url() + QStringLiteral("/api/v1/schools/") + m_school + QStringLiteral("/sync/push"),
                teacher.token,
                QJsonDocument(QJsonObject { { QStringLiteral("client_id"), teacher.clientId },
                                  { QStringLiteral("mutations"), QJsonArray { flag } } })
                    .toJson())
                .status,
            200);
        QCOMPARE(b.post(QStringLiteral("/flags/") + flagId + QStringLiteral("/resolve"),
                      { { QStringLiteral("action"), QStringLiteral("fixed") } })
                     .status,
            200);

        QVERIFY(phone.sync());
        local = localSchoolRows(phone.db());
        QCOMPARE(localField(local, QStringLiteral("persons/") + personId, QStringLiteral("email")).toString(),
            QStringLiteral("fenna@logopedie.example"));
        int current = 0;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            auto f = [&](const char *c) { return localField(local, it.key(), QLatin1String(c)).toString(); };
            if (it.key().startsWith(QLatin1String("holdings/")) && f("function_id") == functionId) {
                if (f("person_id") == successor) {
                    QCOMPARE(f("since"), QStringLiteral("2026-12-01"));
                    QVERIFY(f("until").isEmpty());
                    ++current;
                } else {
                    QCOMPARE(f("until"), QStringLiteral("2026-11-30"));
                }
            }
        }
        QCOMPARE(current, 1);
        auto resolved = phone.db().run(QStringLiteral("SELECT resolved FROM flags WHERE id = ?"), { flagId });
        QVERIFY(resolved && resolved.value().next());
        QCOMPARE(resolved.value().value(0).toInt(), 1);

        // Deleting the partner takes what hangs on it, on the phone too.
        QCOMPARE(
            b.post(QStringLiteral("/rows/organisations/") + orgId + QStringLiteral("/delete"), {}).status,
            200);
        QVERIFY(phone.sync());
        local = localSchoolRows(phone.db());
        QVERIFY(!local.contains(QStringLiteral("organisations/") + orgId));
        QVERIFY(!local.contains(QStringLiteral("persons/") + personId));
        QVERIFY(!local.contains(QStringLiteral("functions/") + functionId));

        // All of it went through the sync push path as this coordinator's web client, each
        // mutation applied exactly once, and the audit log names who did what.
        const QString status
            = m_server.cli({ QStringLiteral("status"), QStringLiteral("--school"), m_school }).out;
        QVERIFY2(status.contains(QStringLiteral("client id=web-")), qPrintable(status));
        const QJsonArray audit
            = b.get(QStringLiteral("/audit")).json().value(QStringLiteral("entries")).toArray();
        const QJsonObject handover = findBy(audit, QStringLiteral("action"), QStringLiteral("handover"));
        QCOMPARE(handover.value(QStringLiteral("actor")).toString(), QStringLiteral("Anna de Vries"));
        QCOMPARE(handover.value(QStringLiteral("row")).toString(), functionId);
        const QJsonObject emailEdit = findBy(audit, QStringLiteral("action"), QStringLiteral("update"));
        QCOMPARE(emailEdit.value(QStringLiteral("fields")).toArray(), QJsonArray { QStringLiteral("email") });
    }

    void aBigImportGoesInOnePush()
    {
        // 300 lines make 1200 mutations, more than a phone's push may carry (500): the import
        // still goes as one push in one transaction, and a phone gets all of it.
        const QString school = m_server.createSchool(QStringLiteral("Obs Het Veld"));
        QVERIFY(!addCoordinator(school, QStringLiteral("Dirk"), QStringLiteral("dirk@veld.nl")).isEmpty());
        Browser b = signedIn(QStringLiteral("dirk@veld.nl"));
        QByteArray csv = "organisatie,functie,voornaam,achternaam,mobiel\n";
        for (int i = 0; i < 300; ++i) {
            csv += QStringLiteral("Partner %1,Contactpersoon,Naam%1,Achternaam%1,06 2%2\n")
                       .arg(i)
                       .arg(1000000 + i, 7, 10, QLatin1Char('0'))
                       .toUtf8();
        }
        const QJsonObject r = importNow(b, csv, "text/csv");
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(count(r, "persons_created"), 300);
        QCOMPARE(count(r, "skipped"), 0);
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(school)));
        QVERIFY(phone.sync());
        const QMap<QString, QString> local = localSchoolRows(phone.db());
        int persons = 0, holdings = 0;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            persons += it.key().startsWith(QLatin1String("persons/")) ? 1 : 0;
            holdings += it.key().startsWith(QLatin1String("holdings/")) ? 1 : 0;
        }
        QCOMPARE(persons, 300);
        QCOMPARE(holdings, 300);
        const QString status
            = m_server.cli({ QStringLiteral("status"), QStringLiteral("--school"), school }).out;
        QVERIFY2(status.contains(QStringLiteral("last_mutation=1200")), qPrintable(status));
    }

    void conflictsCanBePutBack()
    {
        Browser b = signedIn();
        const QString orgId
            = b.post(QStringLiteral("/rows/organisations"),
                   { { QStringLiteral("fields"),
                       QJsonObject { { QStringLiteral("name"), QStringLiteral("Kinderopvang Zonnestraal") },
                           { QStringLiteral("category"), QStringLiteral("kinderopvang") } } } })
                  .json()
                  .value(QStringLiteral("id"))
                  .toString();
        QCOMPARE(b.post(QStringLiteral("/rows/organisations/") + orgId,
                      { { QStringLiteral("fields"),
                          QJsonObject { { QStringLiteral("website"),
                              QStringLiteral("https://zonnestraal.example") } } } })
                     .status,
            200);
        // A coordinator's phone that had not seen the web edit overwrites the same field.
        const Enrolled phone
            = enrollRaw(m_server.url(), m_server.invite(m_school, QStringLiteral("coordinator")));
        const QJsonObject m { { QStringLiteral("id"), 1 },
            { QStringLiteral("table"), QStringLiteral("organisations") }, { QStringLiteral("row"), orgId },
            { QStringLiteral("op"), QStringLiteral("upsert") },
            { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("website"), QStringLiteral("https://oud.example") } } },
            { QStringLiteral("base"), 1 } };
        QCOMPARE(
            http("POST",
                m_server.url() + QStringLiteral("/api/v1/schools/") + m_school + QStringLiteral("/sync/push"),
                phone.token,
                QJsonDocument(QJsonObject { { QStringLiteral("client_id"), phone.clientId },
                                  { QStringLiteral("mutations"), QJsonArray { m } } })
                    .toJson())
                .status,
            200);
        QJsonObject conflict;
        for (const QJsonValue &c :
            b.get(QStringLiteral("/conflicts")).json().value(QStringLiteral("conflicts")).toArray()) {
            if (c.toObject().value(QStringLiteral("row")).toString() == orgId) {
                conflict = c.toObject();
            }
        }
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("website"));
        QCOMPARE(conflict.value(QStringLiteral("losing_value")).toString(),
            QStringLiteral("https://zonnestraal.example"));
        QCOMPARE(conflict.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        const QString restore
            = QStringLiteral("/conflicts/%1/restore").arg(conflict.value(QStringLiteral("id")).toInteger());
        QCOMPARE(b.post(restore, {}, false).status, 403);
        QCOMPARE(b.post(restore, {}).status, 200);
        QCOMPARE(findBy(b.table(QStringLiteral("organisations")), QStringLiteral("id"), orgId)
                     .value(QStringLiteral("website"))
                     .toString(),
            QStringLiteral("https://zonnestraal.example"));
        for (const QJsonValue &c :
            b.get(QStringLiteral("/conflicts")).json().value(QStringLiteral("conflicts")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")) == conflict.value(QStringLiteral("id"))) {
                QCOMPARE(c.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("restored"));
            }
        }
        QCOMPARE(b.post(QStringLiteral("/conflicts/999999/restore"), {}).status, 404);
    }

    void badInputIsRefusedAndNothingWritten()
    {
        Browser b = signedIn();
        const int before = int(b.table(QStringLiteral("organisations")).size());
        const Reply category = b.post(QStringLiteral("/rows/organisations"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("name"), QStringLiteral("X") },
                    { QStringLiteral("category"), QStringLiteral("bakker") } } } });
        QCOMPARE(category.status, 422);
        QCOMPARE(category.contentType, QByteArray("application/problem+json"));
        QCOMPARE(category.json().value(QStringLiteral("field")).toString(), QStringLiteral("category"));
        QCOMPARE(b.post(QStringLiteral("/rows/organisations"),
                      { { QStringLiteral("fields"),
                          QJsonObject { { QStringLiteral("name"), QStringLiteral(" ") } } } })
                     .code(),
            QStringLiteral("field-required"));
        QCOMPARE(b.post(QStringLiteral("/rows/organisations"),
                      { { QStringLiteral("fields"), QJsonObject { { QStringLiteral("row_version"), 5 } } } })
                     .code(),
            QStringLiteral("field-invalid"));
        QCOMPARE(
            b.post(QStringLiteral("/rows/devices"), { { QStringLiteral("fields"), QJsonObject {} } }).status,
            404);
        const QJsonObject org = b.table(QStringLiteral("organisations")).first().toObject();
        const Reply phone = b.post(QStringLiteral("/rows/persons"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), org.value(QStringLiteral("id")) },
                    { QStringLiteral("given_name"), QStringLiteral("Kim") },
                    { QStringLiteral("mobile"), QStringLiteral("bel maar") } } } });
        QCOMPARE(phone.code(), QStringLiteral("phone-invalid"));
        const Reply times = b.post(QStringLiteral("/rows/presence"),
            { { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("organisation_id"), org.value(QStringLiteral("id")) },
                    { QStringLiteral("weekday"), 2 }, { QStringLiteral("start_min"), 600 },
                    { QStringLiteral("end_min"), 540 } } } });
        QCOMPARE(times.code(), QStringLiteral("time-range"));
        const Reply malformed = send("POST", m_server.url() + QStringLiteral("/admin/api/rows/organisations"),
            "{nope",
            { { "Cookie", b.cookie }, { "X-CSRF-Token", b.csrf }, { "Content-Type", "application/json" } });
        QCOMPARE(malformed.status, 400);
        QCOMPARE(int(b.table(QStringLiteral("organisations")).size()), before);
        QVERIFY(
            findBy(b.table(QStringLiteral("persons")), QStringLiteral("given_name"), QStringLiteral("Kim"))
                .isEmpty());
    }

    void devicesAndInvites()
    {
        Browser b = signedIn();
        const Enrolled phone = enrollRaw(m_server.url(), m_server.invite(m_school));
        const QJsonArray devices
            = b.get(QStringLiteral("/devices")).json().value(QStringLiteral("devices")).toArray();
        QVERIFY(!findBy(devices, QStringLiteral("id"), phone.deviceId).isEmpty());
        QCOMPARE(
            b.post(QStringLiteral("/devices/") + phone.deviceId + QStringLiteral("/revoke"), {}).status, 200);
        QCOMPARE(http("GET", m_server.url() + QStringLiteral("/api/v1/me"), phone.token).status, 401);

        const Reply invite = b.post(QStringLiteral("/invites"),
            { { QStringLiteral("role"), QStringLiteral("teacher") }, { QStringLiteral("hours"), 2 } });
        QCOMPARE(invite.status, 200);
        const QString link = invite.json().value(QStringLiteral("invite_link")).toString();
        QVERIFY(kl::sync::parseInvite(link).has_value());
        QVERIFY(invite.json().value(QStringLiteral("qr_svg")).toString().contains(QLatin1String("<svg")));
        // The invite works in a real phone.
        Phone newPhone;
        QVERIFY(newPhone.enroll(link));
        QCOMPARE(b.post(QStringLiteral("/invites"), { { QStringLiteral("role"), QStringLiteral("admin") } })
                     .code(),
            QStringLiteral("field-invalid"));

        // Revoking the web UI's own device does not stop the web UI: the next edit makes a new one.
        auto webDevice = [&] {
            for (const QJsonValue &d :
                b.get(QStringLiteral("/devices")).json().value(QStringLiteral("devices")).toArray()) {
                if (d.toObject().value(QStringLiteral("web")).toBool()
                    && d.toObject().value(QStringLiteral("revoked_at")).isNull()) {
                    return d.toObject().value(QStringLiteral("id")).toString();
                }
            }
            return QString();
        };
        const QJsonObject org { { QStringLiteral("fields"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Speeltuin De Bres") },
                { QStringLiteral("category"), QStringLiteral("buurtwerk") } } } };
        QCOMPARE(b.post(QStringLiteral("/rows/organisations"), org).status, 200);
        const QString first = webDevice();
        QVERIFY(!first.isEmpty());
        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), first }).exitCode, 0);
        QCOMPARE(b.post(QStringLiteral("/rows/organisations/")
                          + findBy(b.table(QStringLiteral("organisations")), QStringLiteral("name"),
                              QStringLiteral("Speeltuin De Bres"))
                                .value(QStringLiteral("id"))
                                .toString(),
                      { { QStringLiteral("fields"),
                          QJsonObject { { QStringLiteral("city"), QStringLiteral("Utrecht") } } } })
                     .status,
            200);
        Browser fresh = signedIn(); // the session's account now names the new web device
        const QJsonArray all
            = fresh.get(QStringLiteral("/devices")).json().value(QStringLiteral("devices")).toArray();
        int webDevices = 0;
        for (const QJsonValue &d : all) {
            webDevices += d.toObject()
                              .value(QStringLiteral("name"))
                              .toString()
                              .startsWith(QLatin1String("Webbeheer: Anna"))
                ? 1
                : 0;
        }
        QVERIFY(webDevices >= 2);
        QCOMPARE(findBy(fresh.table(QStringLiteral("organisations")), QStringLiteral("name"),
                     QStringLiteral("Speeltuin De Bres"))
                     .value(QStringLiteral("city"))
                     .toString(),
            QStringLiteral("Utrecht"));
    }

    void csvAndVCardRoundTrip()
    {
        Browser a = signedIn();
        const QByteArray csv
            = "\xEF\xBB\xBF"
              "organisatie;categorie;functie;voornaam;achternaam;mobiel;telefoon;email;plaats\r\n"
              "Sportbedrijf Overvecht;sport;Buurtsportcoach;Jesse;de Wit;06 "
              "11122233;;jesse@sport.example;Utrecht\r\n"
              "\"Muziekschool \"\"Do Re Mi\"\"\";Cultuur;Muziekdocent;Noor;El "
              "Amrani;;030-2223344;noor@muziek.example;Utrecht\r\n"
              "Sportbedrijf Overvecht;sport;Zwemjuf;Özlem;Çelik;+31 6 44455566;;;Utrecht\r\n"
              ";;;Zonder;Organisatie;;;;\r\n";
        const QJsonObject imported = importNow(a, csv, "text/csv");
        QCOMPARE(imported.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(count(imported, "organisations_created"), 2);
        QCOMPARE(count(imported, "functions_created"), 3);
        QCOMPARE(count(imported, "persons_created"), 3);
        QCOMPARE(count(imported, "skipped"), 1);
        const QJsonObject muziek = findBy(a.table(QStringLiteral("organisations")), QStringLiteral("name"),
            QStringLiteral("Muziekschool \"Do Re Mi\""));
        QCOMPARE(muziek.value(QStringLiteral("category")).toString(), QStringLiteral("cultuur"));
        // Importing the same file again changes nothing.
        const QJsonObject again = importNow(a, csv, "text/csv");
        QCOMPARE(count(again, "changes"), 0);
        QCOMPARE(count(again, "unchanged"), 3);
        QCOMPARE(a.upload(QStringLiteral("/import"), "naam\r\n", "text/csv").code(), QStringLiteral("import-empty"));
        // A card that never ends is still shown, with what was wrong, instead of refusing the file.
        const Reply broken = a.upload(QStringLiteral("/import"), "BEGIN:VCARD\r\nnonsense", "text/vcard");
        QCOMPARE(broken.status, 200);
        QCOMPARE(broken.json().value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("action")).toString(),
            QStringLiteral("skipped"));

        const Reply exported = send(
            "GET", m_server.url() + QStringLiteral("/admin/api/export.vcf"), {}, { { "Cookie", a.cookie } });
        QCOMPARE(exported.status, 200);
        QVERIFY(exported.contentType.startsWith("text/vcard"));
        auto cards = kl::contactcard::parseVCards(exported.body);
        QVERIFY(cards);
        auto find = [](const QList<kl::ContactCard> &list, const QString &given) {
            for (const kl::ContactCard &c : list) {
                if (c.givenName == given) {
                    return c;
                }
            }
            return kl::ContactCard {};
        };
        const kl::ContactCard ozlem = find(cards.value(), QStringLiteral("Özlem"));
        QCOMPARE(ozlem.familyName, QStringLiteral("Çelik"));
        QCOMPARE(
            ozlem.organisation.section(QLatin1Char(';'), 0, 0), QStringLiteral("Sportbedrijf Overvecht"));
        QCOMPARE(ozlem.title, QStringLiteral("Zwemjuf"));
        QCOMPARE(ozlem.version, QStringLiteral("4.0"));

        // Into another school: the export is read back by our own import.
        const QString school2 = m_server.createSchool(QStringLiteral("Obs De Brug"));
        QVERIFY(!addCoordinator(school2, QStringLiteral("Cor"), QStringLiteral("cor@brug.nl")).isEmpty());
        Browser b = signedIn(QStringLiteral("cor@brug.nl"));
        const QJsonObject vcf = importNow(b, exported.body, "text/vcard");
        QCOMPARE(vcf.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(count(vcf, "persons_created"), cards.value().size());
        const Reply back = send(
            "GET", m_server.url() + QStringLiteral("/admin/api/export.vcf"), {}, { { "Cookie", b.cookie } });
        auto cards2 = kl::contactcard::parseVCards(back.body);
        QVERIFY(cards2);
        auto summary = [](const QList<kl::ContactCard> &list) {
            QStringList out;
            for (const kl::ContactCard &c : list) {
                out << QStringList { c.givenName, c.familyName,
                    c.organisation.section(QLatin1Char(';'), 0, 0), c.title, c.mobile.join(QLatin1Char(',')),
                    c.landline.join(QLatin1Char(',')), c.emails.join(QLatin1Char(',')) }
                           .join(QLatin1Char('|'));
            }
            out.sort();
            return out;
        };
        QCOMPARE(summary(cards2.value()), summary(cards.value()));
        // A vCard 3.0 from a phone's address book.
        const QByteArray v3
            = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Visser;Tom;;;\r\nFN:Tom Visser\r\nORG:Bibliotheek De Brug\r\n"
              "TITLE:Leesconsulent\r\nTEL;TYPE=CELL:06-28765432\r\nEMAIL:tom@bieb.example\r\nEND:VCARD\r\n";
        const QJsonObject v3r = importNow(b, v3, "text/vcard");
        QCOMPARE(count(v3r, "persons_created"), 1);
        QCOMPARE(count(v3r, "skipped"), 0);
        QCOMPARE(
            findBy(b.table(QStringLiteral("persons")), QStringLiteral("given_name"), QStringLiteral("Tom"))
                .value(QStringLiteral("mobile"))
                .toString(),
            QStringLiteral("+31628765432"));
        // School A's list is untouched by school B's import.
        QVERIFY(
            findBy(a.table(QStringLiteral("persons")), QStringLiteral("given_name"), QStringLiteral("Tom"))
                .isEmpty());
    }

    void photosAreShrunkAndReachPhonesAndParents()
    {
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QVERIFY(phone.sync());
        Browser b = signedIn();
        const QString orgId = b.post(QStringLiteral("/rows/organisations"),
                                   { { QStringLiteral("fields"),
                                       QJsonObject { { QStringLiteral("name"), QStringLiteral("Bibliotheek Zuilen") },
                                           { QStringLiteral("category"), QStringLiteral("bibliotheek") } } } })
                                  .json()
                                  .value(QStringLiteral("id"))
                                  .toString();
        const QString personId
            = b.post(QStringLiteral("/rows/persons"),
                   { { QStringLiteral("fields"),
                       QJsonObject { { QStringLiteral("organisation_id"), orgId },
                           { QStringLiteral("given_name"), QStringLiteral("Iris") },
                           { QStringLiteral("family_name"), QStringLiteral("Vos") },
                           { QStringLiteral("visibility"),
                               QStringLiteral(R"({"default":"school","fields":{"given_name":"public","family_name":"public","photo":"public"}})") } } } })
                  .json()
                  .value(QStringLiteral("id"))
                  .toString();
        QVERIFY(!orgId.isEmpty() && !personId.isEmpty());
        const QString photoPath = QStringLiteral("/persons/") + personId + QStringLiteral("/photo");
        QCOMPARE(b.get(photoPath).status, 404);

        // A phone's portrait picture, stored sideways (3000 x 2000) with an EXIF rotation:
        // red on the left, blue on the right, so red is on top once it is upright.
        QImage sideways(3000, 2000, QImage::Format_RGB32);
        sideways.fill(Qt::blue);
        for (int y = 0; y < sideways.height(); ++y) {
            for (int x = 0; x < sideways.width() / 2; ++x) {
                sideways.setPixel(x, y, qRgb(220, 0, 0));
            }
        }
        QByteArray jpeg;
        {
            QBuffer buf(&jpeg);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QImageWriter w(&buf, "jpeg");
            w.setTransformation(QImageIOHandler::TransformationRotate90);
            QVERIFY(w.write(sideways));
        }
        QVERIFY(jpeg.size() > 20000);
        const Reply up = b.upload(photoPath, jpeg, "image/jpeg");
        QCOMPARE(up.status, 200);
        QVERIFY(up.json().value(QStringLiteral("bytes")).toInt() > 0);
        const Reply stored = b.get(photoPath);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.contentType, QByteArray("image/jpeg"));
        QVERIFY2(stored.body.size() < 60000, QByteArray::number(stored.body.size()));
        const QImage upright = QImage::fromData(stored.body);
        QCOMPARE(upright.size(), QSize(341, 512)); // portrait, longest side 512
        QVERIFY(qRed(upright.pixel(170, 40)) > 180 && qBlue(upright.pixel(170, 40)) < 80);
        QVERIFY(qBlue(upright.pixel(170, 470)) > 180 && qRed(upright.pixel(170, 470)) < 80);
        QVERIFY2(!stored.body.contains("Exif"), "metadata must not be kept");
        QVERIFY(findBy(b.table(QStringLiteral("persons")), QStringLiteral("id"), personId)
                    .value(QStringLiteral("has_photo"))
                    .toBool());

        // The phone gets the same picture on its next sync; parents see it on the public page.
        QVERIFY(phone.sync());
        auto onPhone = phone.db().run(QStringLiteral("SELECT photo FROM persons WHERE id = ?"), { personId });
        QVERIFY(onPhone && onPhone.value().next());
        QCOMPARE(onPhone.value().value(0).toByteArray(), stored.body);
        const QString publicPhoto = m_server.url() + QStringLiteral("/p/") + kl::publiccard::slug(m_school, personId)
            + QStringLiteral("/photo");
        const Reply parents = send("GET", publicPhoto, {}, {});
        QCOMPARE(parents.status, 200);
        QCOMPARE(parents.body, stored.body);

        // Bad input is refused and changes nothing.
        const Reply notAPicture = b.upload(photoPath, "dit is geen foto", "image/jpeg");
        QCOMPARE(notAPicture.status, 422);
        QCOMPARE(notAPicture.contentType, QByteArray("application/problem+json"));
        QCOMPARE(notAPicture.code(), QStringLiteral("photo-unreadable"));
        QCOMPARE(b.upload(photoPath, jpeg, "text/plain").status, 415);
        QCOMPARE(b.upload(QStringLiteral("/persons/no-such-person/photo"), jpeg, "image/jpeg").status, 404);
        QCOMPARE(send("POST", m_server.url() + QStringLiteral("/admin/api") + photoPath, jpeg,
                     { { "Cookie", b.cookie }, { "Content-Type", "image/jpeg" } })
                     .status,
            403); // no CSRF token
        QCOMPARE(b.get(photoPath).body, stored.body);

        // Transparency becomes white, not black.
        QImage clear(120, 80, QImage::Format_ARGB32);
        clear.fill(Qt::transparent);
        QByteArray png;
        {
            QBuffer buf(&png);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QVERIFY(clear.save(&buf, "PNG"));
        }
        QCOMPARE(b.upload(photoPath, png, "image/png").status, 200);
        const QImage flat = QImage::fromData(b.get(photoPath).body);
        QCOMPARE(flat.size(), QSize(120, 80));
        QVERIFY(qRed(flat.pixel(60, 40)) > 240 && qGreen(flat.pixel(60, 40)) > 240 && qBlue(flat.pixel(60, 40)) > 240);

        // Removing it: gone for the admin, the phone and the parents.
        QCOMPARE(b.post(photoPath + QStringLiteral("/delete"), {}).status, 200);
        QCOMPARE(b.get(photoPath).status, 404);
        QVERIFY(phone.sync());
        auto gone = phone.db().run(QStringLiteral("SELECT length(photo) FROM persons WHERE id = ?"), { personId });
        QVERIFY(gone && gone.value().next());
        QVERIFY(gone.value().value(0).toInt() == 0);
        QCOMPARE(send("GET", publicPhoto, {}, {}).status, 404);

        const QJsonArray audit = b.get(QStringLiteral("/audit")).json().value(QStringLiteral("entries")).toArray();
        int photoEdits = 0;
        for (const QJsonValue &e : audit) {
            const QJsonObject o = e.toObject();
            photoEdits += o.value(QStringLiteral("row")).toString() == personId
                && o.value(QStringLiteral("fields")).toArray() == QJsonArray { QStringLiteral("photo") };
        }
        QCOMPARE(photoEdits, 3);
    }

    void schoolLocationsAreKeptHere()
    {
        // The buildings the app matches a teacher's position against ("Dichtbij", "vandaag
        // op school"): made, checked and removed here, on the phones after their sync.
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QVERIFY(phone.sync());
        Browser b = signedIn();
        auto location = [&](const QJsonObject &fields, const QString &id = {}) {
            return b.post(QStringLiteral("/rows/school_locations") + (id.isEmpty() ? QString() : QLatin1Char('/') + id),
                { { QStringLiteral("fields"), fields } });
        };
        const Reply made = location({ { QStringLiteral("name"), QStringLiteral("Locatie Zuid") },
            { QStringLiteral("address"), QStringLiteral("Lessinglaan 2, Utrecht") },
            { QStringLiteral("latitude"), QStringLiteral("52,0712") }, // as Dutch people write it
            { QStringLiteral("longitude"), QStringLiteral("5,1055") }, { QStringLiteral("radius_m"), 120 } });
        QCOMPARE(made.status, 200);
        const QString zuid = made.json().value(QStringLiteral("id")).toString();

        struct Bad
        {
            QJsonObject fields;
            const char *code;
            const char *field;
        };
        const QList<Bad> bad {
            { { { QStringLiteral("name"), QStringLiteral("Noord") }, { QStringLiteral("latitude"), 95 },
                  { QStringLiteral("longitude"), 5 } },
                "field-invalid", "latitude" },
            { { { QStringLiteral("name"), QStringLiteral("Noord") }, { QStringLiteral("latitude"), 52.1 } },
                "coordinates-incomplete", "longitude" },
            { { { QStringLiteral("name"), QStringLiteral("Noord") }, { QStringLiteral("radius_m"), 5 } }, "field-invalid",
                "radius_m" },
            { { { QStringLiteral("address"), QStringLiteral("Ergens 1") } }, "field-required", "name" },
            { { { QStringLiteral("name"), QStringLiteral("Noord") }, { QStringLiteral("latitude"), QStringLiteral("noord") },
                  { QStringLiteral("longitude"), 5 } },
                "field-invalid", "latitude" },
        };
        for (const Bad &x : bad) {
            const Reply r = location(x.fields);
            QCOMPARE(r.status, 422);
            QCOMPARE(r.code(), QLatin1String(x.code));
            QCOMPARE(r.json().value(QStringLiteral("field")).toString(), QLatin1String(x.field));
        }

        const QString orgId = b.post(QStringLiteral("/rows/organisations"),
                                   { { QStringLiteral("fields"),
                                       QJsonObject { { QStringLiteral("name"), QStringLiteral("Muziekschool Zuid") } } } })
                                  .json()
                                  .value(QStringLiteral("id"))
                                  .toString();
        auto presence = [&](const QString &locationId) {
            return b.post(QStringLiteral("/rows/presence"),
                { { QStringLiteral("fields"),
                    QJsonObject { { QStringLiteral("organisation_id"), orgId }, { QStringLiteral("weekday"), 3 },
                        { QStringLiteral("start_min"), 780 }, { QStringLiteral("end_min"), 900 },
                        { QStringLiteral("location_id"), locationId } } } });
        };
        QCOMPARE(presence(QStringLiteral("no-such-location")).json().value(QStringLiteral("field")).toString(),
            QStringLiteral("location_id"));
        const Reply at = presence(zuid);
        QCOMPARE(at.status, 200);
        const QString presenceId = at.json().value(QStringLiteral("id")).toString();

        QVERIFY(phone.sync());
        QMap<QString, QString> local = localSchoolRows(phone.db());
        const QString key = QStringLiteral("school_locations/") + zuid;
        QVERIFY(local.contains(key));
        QCOMPARE(localField(local, key, QStringLiteral("latitude")).toDouble(), 52.0712);
        QCOMPARE(localField(local, key, QStringLiteral("longitude")).toDouble(), 5.1055);
        QCOMPARE(localField(local, key, QStringLiteral("radius_m")).toInt(), 120);
        QCOMPARE(localField(local, QStringLiteral("presence/") + presenceId, QStringLiteral("location_id")).toString(), zuid);

        // A location that goes leaves its presence in place, without the location.
        QCOMPARE(b.post(QStringLiteral("/rows/school_locations/") + zuid + QStringLiteral("/delete"), {}).status, 200);
        QVERIFY(phone.sync());
        local = localSchoolRows(phone.db());
        QVERIFY(!local.contains(key));
        QVERIFY(local.contains(QStringLiteral("presence/") + presenceId));
        QVERIFY(localField(local, QStringLiteral("presence/") + presenceId, QStringLiteral("location_id")).toString().isEmpty());
    }

    void vCardPhotosComeAlongOnImport()
    {
        // A phone's address book exports vCard 3.0 with the photo inline (base64, folded).
        Browser b = signedIn();
        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(0, 120, 200));
        QByteArray jpeg;
        {
            QBuffer buf(&jpeg);
            QVERIFY(buf.open(QIODevice::WriteOnly));
            QVERIFY(picture.save(&buf, "JPEG"));
        }
        QByteArray photoLine = "PHOTO;ENCODING=b;TYPE=JPEG:" + jpeg.toBase64();
        QByteArray folded;
        for (qsizetype at = 0; at < photoLine.size(); at += 74) {
            folded += (at ? " " : "") + photoLine.mid(at, 74) + "\r\n";
        }
        const QByteArray cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dekker;Mila;;;\r\nFN:Mila Dekker\r\n"
                                 "ORG:Sportbedrijf Noord\r\nTEL;TYPE=CELL:06-11223344\r\n"
            + folded
            + "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Smit;Joost;;;\r\nFN:Joost Smit\r\n"
              "ORG:Sportbedrijf Noord\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAAA\r\nEND:VCARD\r\n";
        const QJsonObject r = importNow(b, cards, "text/vcard");
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(count(r, "persons_created"), 2);
        // The unreadable picture is reported as not kept; its person is imported without it.
        const QJsonObject joost = r.value(QStringLiteral("rows")).toArray().last().toObject();
        QCOMPARE(joost.value(QStringLiteral("name")).toString(), QStringLiteral("Joost Smit"));
        QCOMPARE(joost.value(QStringLiteral("not_kept")).toArray().first().toString(), QStringLiteral("foto (geen leesbare afbeelding)"));
        const QJsonArray persons = b.table(QStringLiteral("persons"));
        const QJsonObject mila = findBy(persons, QStringLiteral("given_name"), QStringLiteral("Mila"));
        QVERIFY(mila.value(QStringLiteral("has_photo")).toBool());
        QVERIFY(!findBy(persons, QStringLiteral("given_name"), QStringLiteral("Joost")).value(QStringLiteral("has_photo")).toBool());
        const QImage stored = QImage::fromData(
            b.get(QStringLiteral("/persons/") + mila.value(QStringLiteral("id")).toString() + QStringLiteral("/photo")).body);
        QCOMPARE(stored.size(), QSize(512, 384));
    }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
