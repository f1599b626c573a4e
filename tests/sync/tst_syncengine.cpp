// The client sync engine against a real kortelijn-server process, and against servers
// that are not ours (captive portals, broken proxies) through small fake servers.
#include "demodata.h"
#include "flagrepository.h"
#include "noterepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "quicklinerepository.h"
#include "rows.h"
#include "searchindex.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace kltest;
using kl::SyncEngine;

namespace {

// Answers every request with one canned raw HTTP response: the wrong server.
class FakeServer : public QTcpServer
{
public:
    explicit FakeServer(QByteArray response) : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost, 0);
    }
    int requests = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(handle);
        connect(s, &QTcpSocket::readyRead, s, [this, s] {
            const QByteArray got = s->readAll();
            if (!got.contains("\r\n\r\n")) {
                return;
            }
            ++requests;
            s->write(m_response);
            s->disconnectFromHost();
        });
    }

private:
    QByteArray m_response;
};

// Sits between the phone and the server and keeps every byte the phone sends.
class RecordingProxy : public QTcpServer
{
public:
    explicit RecordingProxy(quint16 target) : m_target(target) { listen(QHostAddress::LocalHost, 0); }
    QByteArray sent;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *in = new QTcpSocket(this);
        in->setSocketDescriptor(handle);
        auto *out = new QTcpSocket(this);
        out->connectToHost(QHostAddress::LocalHost, m_target);
        connect(in, &QTcpSocket::readyRead, this, [this, in, out] {
            const QByteArray bytes = in->readAll();
            sent += bytes;
            out->write(bytes);
        });
        connect(out, &QTcpSocket::readyRead, this, [in, out] { in->write(out->readAll()); });
        connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
        connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
    }

private:
    quint16 m_target;
};

QByteArray rawResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    // Rate limits are tested in tst_serverapi; this suite enrols a few dozen phones at once.
    ServerProcess m_server { { QStringLiteral("--rate"), QStringLiteral("0") } };
    QString m_school;
    Enrolled m_reader;

    QMap<QString, QString> server() { return serverRows(m_server.url(), m_school, m_reader.token); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
        m_reader = enrollRaw(m_server.url(), m_server.invite(m_school));
        QVERIFY(!m_reader.token.isEmpty());
    }

    void firstSyncBringsTheSchoolList()
    {
        Phone phone;
        QCOMPARE(phone.engine().state(), SyncEngine::State::NotEnrolled);
        QVERIFY(!phone.sync());
        QCOMPARE(phone.engine().lastErrorCode(), QStringLiteral("sync.not_enrolled"));
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QCOMPARE(phone.tokens().load().value().role, QStringLiteral("teacher"));
        QVERIFY(phone.sync());
        QCOMPARE(phone.engine().state(), SyncEngine::State::Idle);
        QVERIFY(phone.engine().lastSyncTime().isValid());
        QCOMPARE(phone.engine().pendingChanges(), 0);
        QVERIFY(phone.engine().lastError().isEmpty());
        const auto local = localSchoolRows(phone.db());
        QCOMPARE(local.size(), 209); // 199 + the demo's ten induction steps
        QCOMPARE(local, server());
        // The search index followed the snapshot.
        auto hits = kl::SearchIndex(phone.db()).search(QStringLiteral("wijkagent"));
        QVERIFY(hits && !hits.value().isEmpty());
        // A second sync with nothing new changes nothing.
        QVERIFY(phone.sync());
        QCOMPARE(localSchoolRows(phone.db()), local);
    }

    void aNullForATextColumnIsRefusedAndNothingReachesPhones()
    {
        // Another client (a script, a broken app) pushes rows with null where the school
        // list keeps '' (text columns). The server refuses each such mutation with the field
        // and the rule (field-type), still moves the client on, and no phone ever sees them.
        // (Before, the server stored the nulls and served them to every phone.)
        const QString school = m_server.createSchool(QStringLiteral("Obs De Linde"));
        const Enrolled coordinator = enrollRaw(m_server.url(), m_server.invite(school, QStringLiteral("coordinator")));
        const QString orgId = kl::newId();
        const QString presenceId = kl::newId();
        const QJsonArray mutations {
            QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("table"), QStringLiteral("organisations") },
                { QStringLiteral("row"), orgId }, { QStringLiteral("op"), QStringLiteral("upsert") },
                { QStringLiteral("fields"),
                    QJsonObject { { QStringLiteral("origin"), 0 }, { QStringLiteral("name"), QStringLiteral("Muziekschool") },
                        { QStringLiteral("category"), QStringLiteral("cultuur") }, { QStringLiteral("street"), QJsonValue::Null },
                        { QStringLiteral("postal_code"), QString() }, { QStringLiteral("city"), QString() },
                        { QStringLiteral("latitude"), QJsonValue::Null }, { QStringLiteral("longitude"), QJsonValue::Null },
                        { QStringLiteral("website"), QString() }, { QStringLiteral("topics"), QJsonValue::Null },
                        { QStringLiteral("owner_role"), QString() }, { QStringLiteral("internal_contact"), QString() },
                        { QStringLiteral("visibility"), QStringLiteral("{}") } } } },
            QJsonObject { { QStringLiteral("id"), 2 }, { QStringLiteral("table"), QStringLiteral("presence") },
                { QStringLiteral("row"), presenceId }, { QStringLiteral("op"), QStringLiteral("upsert") },
                { QStringLiteral("fields"),
                    QJsonObject { { QStringLiteral("origin"), 0 }, { QStringLiteral("organisation_id"), orgId },
                        { QStringLiteral("function_id"), QJsonValue::Null }, { QStringLiteral("person_id"), QJsonValue::Null },
                        { QStringLiteral("weekday"), 3 }, { QStringLiteral("start_min"), 780 }, { QStringLiteral("end_min"), 900 },
                        { QStringLiteral("room"), QJsonValue::Null }, { QStringLiteral("location_id"), QJsonValue::Null },
                        { QStringLiteral("valid_from"), QJsonValue::Null }, { QStringLiteral("valid_until"), QJsonValue::Null },
                        { QStringLiteral("is_public"), 1 } } } },
        };
        const HttpResult pushed = http("POST",
            m_server.url() + QStringLiteral("/api/v1/schools/") + school + QStringLiteral("/sync/push"), coordinator.token,
            QJsonDocument(QJsonObject { { QStringLiteral("client_id"), coordinator.clientId },
                              { QStringLiteral("mutations"), mutations } })
                .toJson());
        QCOMPARE(pushed.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(pushed.body).object();
        QCOMPARE(answer.value(QStringLiteral("last_mutation_id")).toInteger(), 2);
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &r : results) {
            QCOMPARE(r.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(r.toObject().value(QStringLiteral("code")).toString(), QStringLiteral("field-type"));
            QVERIFY(!r.toObject().value(QStringLiteral("field")).toString().isEmpty());
        }
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("street"));

        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(school)));
        QVERIFY(phone.sync());
        auto rows = phone.db().run(QStringLiteral("SELECT (SELECT count(*) FROM organisations WHERE id = ?)"
                                                  " + (SELECT count(*) FROM presence WHERE id = ?)"),
            { orgId, presenceId });
        QVERIFY(rows && rows.value().next());
        QCOMPARE(rows.value().value(0).toInt(), 0);
    }

    void editsAndDeletesTravel()
    {
        Phone coordinator, teacher;
        QVERIFY(coordinator.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(teacher.enroll(m_server.invite(m_school)));
        QVERIFY(coordinator.sync());
        QVERIFY(teacher.sync());
        kl::OrganisationRepository orgs(coordinator.db());
        auto cjg = orgs.get(kl::DemoData::idFor(QStringLiteral("org:cjg")));
        QVERIFY(cjg && cjg.value());
        kl::Organisation changed = *cjg.value();
        changed.name = QStringLiteral("CJG Zonnestraal Oost");
        QVERIFY(orgs.save(changed));
        kl::Organisation fresh;
        fresh.name = QStringLiteral("Muziekschool Allegro");
        fresh.category = kl::Category::Cultuur;
        const QString freshId = orgs.save(fresh).value();
        kl::PersonRepository persons(coordinator.db());
        auto all = persons.list(kl::Origin::School);
        QVERIFY(all && !all.value().isEmpty());
        const QString goneId = all.value().first().id;
        QVERIFY(persons.remove(goneId));
        QCOMPARE(coordinator.engine().pendingChanges(), 3);
        QVERIFY(coordinator.sync());
        QCOMPARE(coordinator.engine().pendingChanges(), 0);
        QVERIFY(teacher.sync());
        QCOMPARE(localSchoolRows(teacher.db()), server());
        QCOMPARE(localSchoolRows(coordinator.db()), server());
        kl::OrganisationRepository teacherOrgs(teacher.db());
        QCOMPARE(teacherOrgs.get(cjg.value()->id).value()->name, QStringLiteral("CJG Zonnestraal Oost"));
        QVERIFY(teacherOrgs.get(freshId).value());
        QVERIFY(!kl::PersonRepository(teacher.db()).get(goneId).value());
        auto hits = kl::SearchIndex(teacher.db()).search(QStringLiteral("zonnestraal oost"));
        QVERIFY(hits && !hits.value().isEmpty());
        QCOMPARE(hits.value().first().id, cjg.value()->id);
        auto allegro = kl::SearchIndex(teacher.db()).search(QStringLiteral("allegro"));
        QVERIFY(allegro && allegro.value().size() == 1);
    }

    void teacherEditIsUndoneFlagsTravel()
    {
        Phone teacher, coordinator;
        QVERIFY(teacher.enroll(m_server.invite(m_school)));
        QVERIFY(coordinator.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(teacher.sync());
        kl::OrganisationRepository orgs(teacher.db());
        const QString id = kl::DemoData::idFor(QStringLiteral("org:bieb"));
        auto before = orgs.get(id);
        QVERIFY(before && before.value());
        kl::Organisation edited = *before.value();
        edited.website = QStringLiteral("https://verkeerd.example");
        QVERIFY(orgs.save(edited));
        kl::Flag flag;
        flag.targetKind = kl::TargetKind::Organisation;
        flag.targetId = id;
        flag.reason = kl::FlagReason::WrongNumber;
        flag.comment = QStringLiteral("Telefoon wordt niet opgenomen");
        const QString flagId = kl::FlagRepository(teacher.db()).report(flag).value();
        QCOMPARE(teacher.engine().pendingChanges(), 2);
        QVERIFY(teacher.sync());
        QCOMPARE(teacher.engine().pendingChanges(), 0);
        // The server refused the edit and the phone shows the school's value again.
        QCOMPARE(orgs.get(id).value()->website, before.value()->website);
        QCOMPARE(localSchoolRows(teacher.db()), server());
        QVERIFY(coordinator.sync());
        auto flags = kl::FlagRepository(coordinator.db()).forTarget(kl::TargetKind::Organisation, id);
        QVERIFY(flags);
        bool seen = false;
        for (const kl::Flag &f : flags.value()) {
            seen = seen || (f.id == flagId && f.comment == flag.comment && !f.resolved);
        }
        QVERIFY(seen);
    }

    void pendingEditsSurviveAPull()
    {
        Phone a, b;
        QVERIFY(a.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(b.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const QString id = kl::DemoData::idFor(QStringLiteral("org:judo"));
        kl::OrganisationRepository bOrgs(b.db());
        kl::Organisation fromB = *bOrgs.get(id).value();
        fromB.city = QStringLiteral("Maarssen");
        fromB.website = QStringLiteral("https://judo-b.example");
        QVERIFY(bOrgs.save(fromB));
        QVERIFY(b.sync());
        // A starts a sync and, while it is on the wire, edits the same row: the pull that
        // follows must not overwrite the field still waiting to be pushed.
        QSignalSpy done(&a.engine(), &SyncEngine::syncFinished);
        a.engine().syncNow();
        kl::OrganisationRepository aOrgs(a.db());
        kl::Organisation mine = *aOrgs.get(id).value();
        mine.city = QStringLiteral("Breukelen");
        QVERIFY(aOrgs.save(mine));
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().at(0).toBool());
        const kl::Organisation afterPull = *aOrgs.get(id).value();
        QCOMPARE(afterPull.city, QStringLiteral("Breukelen")); // still ours
        QCOMPARE(afterPull.website, QStringLiteral("https://judo-b.example")); // theirs arrived
        QCOMPARE(a.engine().pendingChanges(), 1);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(bOrgs.get(id).value()->city, QStringLiteral("Breukelen"));
        QCOMPARE(localSchoolRows(a.db()), server());
        QCOMPARE(localSchoolRows(b.db()), server());
    }

    void editOfARowWhoseTombstoneWasPurged()
    {
        // A deletes a partner; the tombstone is purged; B, offline all along, edits the
        // partner. B's edit carries one field, which cannot make a row on its own: B sends
        // the whole row again and the partner is back (the later arrival wins).
        const CliResult made = m_server.cli({ QStringLiteral("create-school"), QStringLiteral("--name"), QStringLiteral("Purge"),
            QStringLiteral("--demo"), QStringLiteral("--server-url"), m_server.url() });
        const QString school = made.value(QStringLiteral("school_id"));
        Phone a, b;
        QVERIFY(a.enroll(made.value(QStringLiteral("invite_link"))));
        QVERIFY(b.enroll(m_server.invite(school, QStringLiteral("coordinator"))));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const QString id = kl::DemoData::idFor(QStringLiteral("org:nme"));
        QVERIFY(kl::OrganisationRepository(a.db()).remove(id));
        QVERIFY(a.sync());
        QCOMPARE(m_server.cli({ QStringLiteral("purge"), QStringLiteral("--school"), school, QStringLiteral("--retention-days"),
                                  QStringLiteral("0") })
                     .value(QStringLiteral("purged")),
            QStringLiteral("1"));
        kl::OrganisationRepository bOrgs(b.db());
        kl::Organisation edited = *bOrgs.get(id).value();
        edited.website = QStringLiteral("https://nme-nieuw.example");
        QVERIFY(bOrgs.save(edited));
        QVERIFY(b.sync());
        QCOMPARE(b.engine().pendingChanges(), 0);
        QVERIFY(bOrgs.get(id).value());
        QCOMPARE(bOrgs.get(id).value()->website, QStringLiteral("https://nme-nieuw.example"));
        QVERIFY(a.sync());
        QCOMPARE(kl::OrganisationRepository(a.db()).get(id).value()->website, QStringLiteral("https://nme-nieuw.example"));
        const Enrolled reader = enrollRaw(m_server.url(), m_server.invite(school));
        const auto remote = serverRows(m_server.url(), school, reader.token);
        QCOMPARE(localSchoolRows(a.db()), remote);
        QCOMPARE(localSchoolRows(b.db()), remote);
    }

    void backgroundSyncFollowsAnEdit()
    {
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(phone.sync());
        phone.engine().setAutoSyncInterval(10 * 60 * 1000);
        QSignalSpy done(&phone.engine(), &SyncEngine::syncFinished);
        QSignalSpy status(&phone.engine(), &SyncEngine::statusChanged);
        kl::Organisation o;
        o.name = QStringLiteral("Kinderboerderij De Haan");
        QVERIFY(kl::OrganisationRepository(phone.db()).save(o));
        QVERIFY(status.wait(1000)); // the app hears about the pending change at once
        QCOMPARE(phone.engine().pendingChanges(), 1);
        QVERIFY(done.wait(8000)); // and it goes out a few seconds later without being asked
        QVERIFY(done.first().at(0).toBool());
        QCOMPARE(phone.engine().pendingChanges(), 0);
        phone.engine().setAutoSyncInterval(0);
    }

    void wrongServerAnswersChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("expectedCode");
        const QByteArray portal = "<html><body><form>Log in op het gastennetwerk</form></body></html>";
        QTest::newRow("captive portal html 200") << rawResponse("200 OK", "text/html", portal) << QStringLiteral("sync.not_server");
        QTest::newRow("portal redirect") << rawResponse("302 Found", "text/html", portal, "Location: http://login.example/\r\n")
                                         << QStringLiteral("sync.not_server");
        QTest::newRow("empty 200") << rawResponse("200 OK", "application/json", "") << QStringLiteral("sync.not_server");
        QTest::newRow("truncated json") << rawResponse("200 OK", "application/json", "{\"school\":\"x\",\"rows\":[{\"table\":\"organ")
                                        << QStringLiteral("sync.not_server");
        QTest::newRow("json as text/plain") << rawResponse("200 OK", "text/plain", "{\"rows\":[],\"has_more\":false}")
                                            << QStringLiteral("sync.not_server");
        QTest::newRow("foreign school")
            << rawResponse("200 OK", "application/json",
                   "{\"school\":\"someone-else\",\"rows\":[],\"has_more\":false,\"last_mutation_id\":1,\"results\":[],\"cursor\":\"x\"}")
            << QStringLiteral("sync.not_server");
        QTest::newRow("gateway error") << rawResponse("502 Bad Gateway", "text/html", "<h1>502</h1>") << QStringLiteral("sync.server");
    }

    void wrongServerAnswersChangeNothing()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, expectedCode);
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(phone.sync());
        kl::Organisation o;
        o.name = QStringLiteral("Nog niet verstuurd");
        QVERIFY(kl::OrganisationRepository(phone.db()).save(o));
        const auto rowsBefore = localSchoolRows(phone.db());
        const QString cursorBefore = phone.db().meta(QStringLiteral("sync.cursor"));
        FakeServer fake(response);
        kl::DeviceCredentials creds = phone.tokens().load().value();
        creds.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort());
        QVERIFY(phone.tokens().save(creds));
        phone.engine().setRetryPolicy(60000, 60000);
        QVERIFY(!phone.sync());
        QVERIFY(fake.requests >= 1);
        QCOMPARE(phone.engine().lastErrorCode(), expectedCode);
        QVERIFY(!phone.engine().lastError().isEmpty());
        QCOMPARE(phone.engine().state(), SyncEngine::State::WaitingToRetry);
        QVERIFY(phone.engine().nextRetryInMs() > 0);
        QCOMPARE(localSchoolRows(phone.db()), rowsBefore);
        QCOMPARE(phone.db().meta(QStringLiteral("sync.cursor")), cursorBefore);
        QCOMPARE(phone.engine().pendingChanges(), 1);

        // Back on the real network, the pending edit goes out.
        creds.serverUrl = m_server.url();
        QVERIFY(phone.tokens().save(creds));
        QVERIFY(phone.sync());
        QCOMPARE(phone.engine().pendingChanges(), 0);
        QCOMPARE(localSchoolRows(phone.db()), server());
    }

    void pullGarbageIsRefusedBeforeApplying()
    {
        // A well-formed pull answer with one malformed row: the whole page is refused.
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QVERIFY(phone.sync());
        const auto before = localSchoolRows(phone.db());
        const QString school = phone.tokens().load().value().schoolId;
        const QString cursor = phone.db().meta(QStringLiteral("sync.cursor"));
        const auto decoded = kl::sync::decodeCursor(cursor);
        QVERIFY(decoded);
        const QByteArray body = "{\"school\":\"" + school.toLatin1() + "\",\"has_more\":false,\"cursor\":\""
            + kl::sync::encodeCursor({ decoded->epoch, decoded->version + 1, {} }).toLatin1()
            + "\",\"rows\":[{\"table\":\"organisations\",\"id\":\"" + kl::DemoData::idFor(QStringLiteral("org:cjg")).toLatin1()
            + "\",\"version\":99,\"deleted\":true},{\"table\":\"persons\",\"version\":\"x\"}]}";
        FakeServer fake(rawResponse("200 OK", "application/json", body));
        kl::DeviceCredentials creds = phone.tokens().load().value();
        creds.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(fake.serverPort());
        QVERIFY(phone.tokens().save(creds));
        QVERIFY(!phone.sync());
        QCOMPARE(localSchoolRows(phone.db()), before);
        QCOMPARE(phone.db().meta(QStringLiteral("sync.cursor")), cursor);
        // A cursor that jumps to another epoch without a resync is refused as well.
        const QByteArray foreign = "{\"school\":\"" + school.toLatin1() + "\",\"has_more\":false,\"cursor\":\""
            + kl::sync::encodeCursor({ QStringLiteral("otherepo"), 1, {} }).toLatin1() + "\",\"rows\":[]}";
        FakeServer fake2(rawResponse("200 OK", "application/json", foreign));
        creds.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(fake2.serverPort());
        QVERIFY(phone.tokens().save(creds));
        QVERIFY(!phone.sync());
        QCOMPARE(phone.db().meta(QStringLiteral("sync.cursor")), cursor);
    }

    void resyncAfterRestoreKeepsOutbox()
    {
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(phone.sync());
        // A school row the server no longer has (lost in the restore) and a personal row.
        kl::Organisation ghost;
        ghost.name = QStringLiteral("Spookpartner");
        const QString ghostId = kl::newId();
        QVERIFY(kl::rows::insertNew(phone.db(), QStringLiteral("organisations"), ghostId, kl::rows::of(ghost)));
        QVERIFY(phone.db().run(QStringLiteral("UPDATE organisations SET row_version = 5 WHERE id = ?"), { ghostId }));
        kl::Organisation mine;
        mine.origin = kl::Origin::Personal;
        mine.name = QStringLiteral("Mijn eigen logopedist");
        const QString mineId = kl::OrganisationRepository(phone.db()).save(mine).value();
        kl::Organisation pending;
        pending.name = QStringLiteral("Onderweg naar de server");
        const QString pendingId = kl::OrganisationRepository(phone.db()).save(pending).value();
        QCOMPARE(phone.engine().pendingChanges(), 1);

        const CliResult rotated = m_server.cli({ QStringLiteral("rotate-epoch"), QStringLiteral("--school"), m_school });
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY(phone.sync());
        QCOMPARE(phone.engine().pendingChanges(), 0);
        kl::OrganisationRepository orgs(phone.db());
        QVERIFY(!orgs.get(ghostId).value()); // not on the server: gone after the snapshot
        QVERIFY(orgs.get(mineId).value()); // personal: untouched
        QVERIFY(orgs.get(pendingId).value()); // the outbox survived the resync and was pushed
        QCOMPARE(localSchoolRows(phone.db()), server());
        QCOMPARE(kl::sync::decodeCursor(phone.db().meta(QStringLiteral("sync.cursor")))->epoch, rotated.value(QStringLiteral("epoch")));
    }

    void revokedDeviceStopsAndKeepsLocalData()
    {
        Phone phone;
        QVERIFY(phone.enroll(m_server.invite(m_school)));
        QVERIFY(phone.sync());
        kl::Organisation mine;
        mine.origin = kl::Origin::Personal;
        mine.name = QStringLiteral("Mijn netwerk");
        const QString mineId = kl::OrganisationRepository(phone.db()).save(mine).value();
        QVERIFY(kl::NoteRepository(phone.db()).setNote(kl::TargetKind::Organisation, mineId, QStringLiteral("belt graag terug")));
        const auto before = localSchoolRows(phone.db());
        const HttpResult me = http("GET", m_server.url() + QStringLiteral("/api/v1/me"),
            phone.tokens().load().value().token.toLatin1(), {}, {});
        const QString deviceId = me.json().value(QStringLiteral("id")).toString();
        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), deviceId }).exitCode, 0);
        QVERIFY(!phone.sync());
        QCOMPARE(phone.engine().state(), SyncEngine::State::Revoked);
        QCOMPARE(phone.engine().lastErrorCode(), QStringLiteral("sync.revoked"));
        QVERIFY(phone.engine().lastError().contains(QStringLiteral("coordinator")));
        QCOMPARE(phone.engine().nextRetryInMs(), -1); // no hammering with a dead token
        QVERIFY(kl::OrganisationRepository(phone.db()).get(mineId).value());
        QCOMPARE(kl::NoteRepository(phone.db()).note(kl::TargetKind::Organisation, mineId).value(), QStringLiteral("belt graag terug"));
        QCOMPARE(localSchoolRows(phone.db()), before);
    }

    void retriesBackOffWithJitter()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there now
        Phone phone;
        QVERIFY(phone.tokens().save({ QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("school"), QStringLiteral("S"),
            QStringLiteral("teacher"), QStringLiteral("token-that-goes-nowhere") }));
        phone.reopen();
        phone.engine().setRetryPolicy(200, 1600);
        QList<int> delays;
        QVERIFY(!phone.sync());
        QCOMPARE(phone.engine().lastErrorCode(), QStringLiteral("sync.offline"));
        for (int attempt = 0; attempt < 6; ++attempt) {
            QVERIFY(phone.engine().nextRetryInMs() > 0);
            delays << phone.engine().lastRetryDelayMs();
            QSignalSpy spy(&phone.engine(), &SyncEngine::syncFinished);
            QVERIFY(spy.wait(5000)); // the retry timer fires on its own
            QCOMPARE(spy.first().at(0).toBool(), false);
        }
        const int ceilings[] = { 200, 400, 800, 1600, 1600, 1600 };
        for (int i = 0; i < delays.size(); ++i) {
            QVERIFY2(delays.at(i) >= ceilings[i] / 2 && delays.at(i) <= ceilings[i], qPrintable(QString::number(delays.at(i))));
        }
        // Jitter: three draws at the cap are not all the same (chance of that: 1 in 640,000).
        QVERIFY(!(delays.at(3) == delays.at(4) && delays.at(4) == delays.at(5)));
        QCOMPARE(phone.engine().retryAttempt(), 7);
    }

    void arrivalOrderWinsWhateverTheClocks()
    {
        // Device clocks are never used for ordering: the edit that reaches the server last
        // wins, even when its phone's clock says it was made days earlier.
        Phone early, late;
        QVERIFY(early.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(late.enroll(m_server.invite(m_school, QStringLiteral("coordinator"))));
        QVERIFY(early.sync());
        QVERIFY(late.sync());
        const QString id = kl::DemoData::idFor(QStringLiteral("org:ggd"));
        kl::OrganisationRepository lateOrgs(late.db());
        kl::Organisation a = *lateOrgs.get(id).value();
        a.website = QStringLiteral("https://ggd-late-phone.example");
        QVERIFY(lateOrgs.save(a));
        // This phone's clock is three days ahead; its edit is made second but sent first.
        QVERIFY(late.db().run(QStringLiteral("UPDATE organisations SET updated_at = ? WHERE id = ?"),
            { QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODateWithMs), id }));
        kl::OrganisationRepository earlyOrgs(early.db());
        kl::Organisation b = *earlyOrgs.get(id).value();
        b.website = QStringLiteral("https://ggd-early-phone.example");
        QVERIFY(earlyOrgs.save(b));
        kl::Flag f;
        f.targetKind = kl::TargetKind::Organisation;
        f.targetId = id;
        f.reason = kl::FlagReason::Other;
        f.comment = QStringLiteral("Klok loopt voor");
        f.createdAt = QDateTime::currentDateTimeUtc().addDays(5);
        QVERIFY(kl::FlagRepository(late.db()).report(f));
        QVERIFY(late.sync());
        QVERIFY(early.sync());
        QVERIFY(late.sync());
        QCOMPARE(lateOrgs.get(id).value()->website, QStringLiteral("https://ggd-early-phone.example"));
        QCOMPARE(localSchoolRows(late.db()), server());
        QCOMPARE(localSchoolRows(early.db()), server());
    }

    void privacyNothingPersonalLeavesThePhone()
    {
        RecordingProxy proxy(m_server.port());
        QVERIFY(proxy.isListening());
        const QString invite = m_server.invite(m_school, QStringLiteral("coordinator"));
        const auto parsed = kl::sync::parseInvite(invite);
        Phone phone;
        QVERIFY(phone.enroll(kl::sync::inviteLink(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort())), parsed->token)));
        // Personal network, notes and stars, with values that must never appear on the wire.
        kl::Organisation mine;
        mine.origin = kl::Origin::Personal;
        mine.name = QStringLiteral("GEHEIM-ORG Praktijk Zonnebloem");
        mine.street = QStringLiteral("GEHEIM-STRAAT 12");
        const QString mineId = kl::OrganisationRepository(phone.db()).save(mine).value();
        kl::Person me;
        me.origin = kl::Origin::Personal;
        me.organisationId = mineId;
        me.givenName = QStringLiteral("GEHEIM-VOORNAAM");
        me.familyName = QStringLiteral("Jansen");
        me.mobile = QStringLiteral("06 12345678");
        me.email = QStringLiteral("geheim.persoonlijk@example.nl");
        const QString meId = kl::PersonRepository(phone.db()).save(me).value();
        kl::NoteRepository notes(phone.db());
        QVERIFY(notes.setNote(kl::TargetKind::Person, meId, QStringLiteral("GEHEIM-NOTITIE over dit contact")));
        QVERIFY(notes.setStarred(kl::TargetKind::Organisation, mineId, true));
        kl::Flag personalFlag;
        personalFlag.targetKind = kl::TargetKind::Person;
        personalFlag.targetId = meId;
        personalFlag.reason = kl::FlagReason::Other;
        personalFlag.comment = QStringLiteral("GEHEIM-MELDING persoonlijk");
        QVERIFY(kl::FlagRepository(phone.db()).report(personalFlag));
        QVERIFY(phone.sync());
        // School edits go out, and so must nothing of the above, across several syncs.
        const QString schoolOrg = kl::DemoData::idFor(QStringLiteral("org:cjg"));
        QVERIFY(notes.setNote(kl::TargetKind::Organisation, schoolOrg, QStringLiteral("GEHEIM-NOTITIE op schoolpartner")));
        kl::Organisation cjg = *kl::OrganisationRepository(phone.db()).get(schoolOrg).value();
        cjg.city = QStringLiteral("Amersfoort");
        QVERIFY(kl::OrganisationRepository(phone.db()).save(cjg));
        kl::QuickLineRepository lines(phone.db());
        auto pinned = lines.pinned();
        QVERIFY(pinned && !pinned.value().isEmpty());
        QVERIFY(lines.markUsed(pinned.value().first().id, QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC)));
        QVERIFY(phone.sync());
        QCOMPARE(phone.engine().pendingChanges(), 0);
        QVERIFY(proxy.sent.contains("Amersfoort")); // the recording works: the school edit is there
        for (const QByteArray &secret : { QByteArray("GEHEIM"), QByteArray("geheim.persoonlijk"), QByteArray("+31612345678"),
                 QByteArray("Zonnebloem"), mineId.toLatin1(), meId.toLatin1(), QByteArray("last_used_at"), QByteArray("2031-01-02") }) {
            QVERIFY2(!proxy.sent.contains(secret), secret.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
