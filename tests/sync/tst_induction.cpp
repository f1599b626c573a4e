// The induction path end to end, with the app as main.cpp builds it (AppContext) and a
// real kortelijn-server process: the teacher's pull carries the coordinator's steps, the
// "kennisgemaakt" ticks stay on the phone (every byte the phone sends goes through a
// recording relay and none of it names a tick; the server's storage holds none), ticks
// survive syncs that change, add and remove steps, and a restarted app over the same
// SQLite file. Teachers cannot write the path; coordinators can.
#include "appcontext.h"
#include "demodata.h"
#include "flagrepository.h"
#include "inductionmodel.h"
#include "inductionrepository.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using namespace kltest;

namespace {

// A TCP relay in front of the server that keeps every byte a client sends upstream.
class RecordingRelay : public QObject
{
public:
    explicit RecordingRelay(quint16 upstream) : m_upstream(upstream)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *down = m_listener.nextPendingConnection()) {
                auto *up = new QTcpSocket(down);
                up->connectToHost(QStringLiteral("127.0.0.1"), m_upstream);
                connect(down, &QTcpSocket::readyRead, up, [this, down, up] {
                    const QByteArray bytes = down->readAll();
                    m_sent += bytes;
                    up->write(bytes);
                });
                connect(up, &QTcpSocket::readyRead, down, [down, up] { down->write(up->readAll()); });
                connect(up, &QTcpSocket::disconnected, down, &QTcpSocket::disconnectFromHost);
                connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()); }
    [[nodiscard]] const QByteArray &sent() const { return m_sent; }

private:
    QTcpServer m_listener;
    quint16 m_upstream;
    QByteArray m_sent;
};

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

bool syncOnce(AppContext &app)
{
    QSignalSpy finished(&app.connection()->engine(), &SyncEngine::syncFinished);
    app.connection()->syncNow();
    return finished.wait(30000) && finished.first().at(0).toBool();
}

int count(Database &db, const QString &sql)
{
    auto q = db.run(sql);
    return q.ok() && q.value().next() ? q.value().value(0).toInt() : -1;
}

QVariant modelData(const InductionModel &m, int row, int role)
{
    return m.data(m.index(row), role);
}

} // namespace

class TestInduction : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_school;
    Enrolled m_coordinator;
    qint64 m_mutation = 0;

    HttpResult push(const Enrolled &device, const QJsonArray &mutations)
    {
        const QJsonObject body { { QStringLiteral("client_id"), device.clientId }, { QStringLiteral("mutations"), mutations } };
        return http("POST", m_server.url() + QStringLiteral("/api/v1/schools/%1/sync/push").arg(m_school), device.token,
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject mutation(qint64 id, const QString &op, const QString &row, const QJsonObject &fields = {})
    {
        return { { QStringLiteral("id"), id }, { QStringLiteral("table"), QStringLiteral("induction_steps") },
            { QStringLiteral("row"), row }, { QStringLiteral("op"), op }, { QStringLiteral("fields"), fields },
            { QStringLiteral("base"), 0 } };
    }

    QString coordinatorPush(const QString &op, const QString &row, const QJsonObject &fields = {})
    {
        const HttpResult r = push(m_coordinator, { mutation(++m_mutation, op, row, fields) });
        return r.status == 200 ? r.json().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("status")).toString()
                               : QString::number(r.status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        QVERIFY(!m_school.isEmpty());
        m_coordinator = enrollRaw(m_server.url(), m_server.invite(m_school, QStringLiteral("coordinator")));
        QVERIFY(!m_coordinator.token.isEmpty());
    }

    void teachersReadThePathButCannotWriteIt()
    {
        const Enrolled teacher = enrollRaw(m_server.url(), m_server.invite(m_school));
        QVERIFY(!teacher.token.isEmpty());
        const QString step = DemoData::idFor(QStringLiteral("step:fn:logo"));
        const HttpResult r = push(teacher, { mutation(1, QStringLiteral("upsert"), step,
                                               { { QStringLiteral("why"), QStringLiteral("Bel nooit") } }) });
        QCOMPARE(r.status, 200);
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        // The teacher's pull carries the coordinator's ten steps.
        const auto rows = serverRows(m_server.url(), m_school, teacher.token);
        int steps = 0;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            steps += it.key().startsWith(QLatin1String("induction_steps/"));
        }
        QCOMPARE(steps, 10);
        QVERIFY(rows.value(QStringLiteral("induction_steps/") + step).contains(QStringLiteral("\"why\":\"Bel hier als een leerling moeite heeft")));
    }

    void coordinatorsWriteWithTheFieldRules()
    {
        const QString fn = DemoData::idFor(QStringLiteral("fn:logo"));
        QCOMPARE(coordinatorPush(QStringLiteral("upsert"), newId(),
                     { { QStringLiteral("target_kind"), QStringLiteral("function") }, { QStringLiteral("target_id"), fn },
                         { QStringLiteral("why"), QStringLiteral("Bel hier\nals") }, { QStringLiteral("sort_order"), 20 } }),
            QStringLiteral("rejected")); // one line only
        QCOMPARE(coordinatorPush(QStringLiteral("upsert"), newId(),
                     { { QStringLiteral("target_kind"), QStringLiteral("person") }, { QStringLiteral("target_id"), fn },
                         { QStringLiteral("why"), QStringLiteral("Bel hier") }, { QStringLiteral("sort_order"), 20 } }),
            QStringLiteral("rejected")); // an organisation or a function, not a person
        QCOMPARE(coordinatorPush(QStringLiteral("upsert"), newId(),
                     { { QStringLiteral("target_kind"), QStringLiteral("function") }, { QStringLiteral("target_id"), fn },
                         { QStringLiteral("why"), QString(201, QLatin1Char('x')) }, { QStringLiteral("sort_order"), 20 } }),
            QStringLiteral("rejected")); // at most 200 characters
    }

    void ticksStayOnThePhoneAndSurviveSyncsAndARestart()
    {
        RecordingRelay relay(m_server.port());
        QVERIFY(relay.listen());
        const QString invite = m_server.cli({ QStringLiteral("invite"), QStringLiteral("--school"), m_school,
                                                QStringLiteral("--server-url"), relay.url(), QStringLiteral("--role"),
                                                QStringLiteral("teacher") })
                                   .value(QStringLiteral("invite_link"));
        QVERIFY(!invite.isEmpty());

        QTemporaryDir dir;
        auto app = makeApp(dir.path());
        QVERIFY(app);
        QSignalSpy joined(app->connection(), &SchoolConnection::joinFinished);
        app->connection()->join(invite);
        QVERIFY(joined.wait(30000));
        QVERIFY(joined.first().at(0).toBool());
        QVERIFY(waitFor([&] { return app->connection()->state() == SchoolConnection::Connected; }));
        Database &db = app->db();
        // The steps on the phone are the server's (a version from the server, not the demo's 0).
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM induction_steps WHERE deleted = 0 AND row_version > 0")), 10);

        InductionModel model;
        model.setStore(app->store());
        QCOMPARE(model.count(), 10);
        QCOMPARE(model.done(), 0);
        QStringList ticked;
        for (int row : { 0, 3, 6 }) {
            QVERIFY(model.setTicked(row, true));
            ticked << modelData(model, row, InductionModel::StepIdRole).toString();
        }
        QCOMPARE(model.done(), 3);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0); // a tick is no mutation

        // Something the phone does push, in the same sync: a report of a stale number.
        Flag flag;
        flag.targetKind = TargetKind::Person;
        flag.targetId = DemoData::idFor(QStringLiteral("person:logo"));
        flag.reason = FlagReason::WrongNumber;
        flag.comment = QStringLiteral("Nummer klopt niet meer");
        QVERIFY(FlagRepository(db).report(flag).ok());
        const qsizetype before = relay.sent().size();
        QVERIFY(syncOnce(*app));
        const QByteArray sent = relay.sent().mid(before);
        QVERIFY2(sent.contains("/sync/push"), "the sync pushed through the relay");
        QVERIFY(sent.contains("Nummer klopt niet meer"));
        // Nothing the phone ever sent names a tick or a ticked step.
        QVERIFY(!relay.sent().contains("induction_ticks"));
        QVERIFY(!relay.sent().contains("ticked"));
        for (const QString &id : std::as_const(ticked)) {
            QVERIFY2(!relay.sent().contains(id.toUtf8()), qPrintable(id));
        }
        // Nor does the server hold one: only synced tables and reports in its storage.
        {
            QSqlDatabase server = m_server.openDatabase(QStringLiteral("induction-check"));
            QVERIFY(server.isOpen());
            QSqlQuery q(server);
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT tbl FROM rows")));
            QStringList tables;
            while (q.next()) {
                tables << q.value(0).toString();
            }
            QVERIFY(tables.contains(QStringLiteral("induction_steps")));
            for (const QString &t : std::as_const(tables)) {
                QVERIFY2(sync::isSyncedTable(t), qPrintable(t));
            }
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rows WHERE CAST(fields AS TEXT) LIKE '%ticked%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("induction-check"));
        QCOMPARE(model.done(), 3);

        // The coordinator rewrites a ticked step's line, adds a step and removes another
        // ticked one; the teacher's phone pulls it all and keeps its ticks where they apply.
        const QString kept = ticked.at(0);
        const QString removed = ticked.at(1);
        QCOMPARE(coordinatorPush(QStringLiteral("upsert"), kept,
                     { { QStringLiteral("why"), QStringLiteral("Bel hier als een leerling thuis iets ingrijpends meemaakt") } }),
            QStringLiteral("applied"));
        const QString added = newId();
        QCOMPARE(coordinatorPush(QStringLiteral("upsert"), added,
                     { { QStringLiteral("target_kind"), QStringLiteral("function") },
                         { QStringLiteral("target_id"), DemoData::idFor(QStringLiteral("fn:jongerenwerker")) },
                         { QStringLiteral("why"), QStringLiteral("Bel hier als groep 8 zich zorgen maakt over de overstap") },
                         { QStringLiteral("sort_order"), 11 } }),
            QStringLiteral("applied"));
        QCOMPARE(coordinatorPush(QStringLiteral("delete"), removed), QStringLiteral("applied"));
        QVERIFY(syncOnce(*app));
        QCOMPARE(model.count(), 10);
        QCOMPARE(model.done(), 2);
        QCOMPARE(modelData(model, 0, InductionModel::StepIdRole).toString(), kept);
        QCOMPARE(modelData(model, 0, InductionModel::WhyRole).toString(),
            QStringLiteral("Bel hier als een leerling thuis iets ingrijpends meemaakt"));
        QVERIFY(modelData(model, 0, InductionModel::TickedRole).toBool());
        QCOMPARE(modelData(model, 9, InductionModel::StepIdRole).toString(), added);
        QCOMPARE(modelData(model, 9, InductionModel::NameRole).toString(), QStringLiteral("Ilias Mourad"));
        QVERIFY(!modelData(model, 9, InductionModel::TickedRole).toBool());
        QVERIFY(!relay.sent().contains("induction_ticks"));

        // A restarted app over the same file: the same ticks, the same progress.
        model.setStore(nullptr);
        app.reset();
        auto again = makeApp(dir.path());
        QVERIFY(again);
        QVERIFY(waitFor([&] { return again->connection()->state() == SchoolConnection::Connected; }));
        InductionModel after;
        after.setStore(again->store());
        QCOMPARE(after.count(), 10);
        QCOMPARE(after.done(), 2);
        QVERIFY(modelData(after, 0, InductionModel::TickedRole).toBool());
        QCOMPARE(InductionRepository(again->db()).steps().value().first().id, kept);
        QVERIFY(syncOnce(*again));
        QCOMPARE(after.done(), 2);
        QVERIFY(!relay.sent().contains("induction_ticks"));
        for (const QString &id : std::as_const(ticked)) {
            QVERIFY2(!relay.sent().contains(id.toUtf8()), qPrintable(id));
        }
    }
};

QTEST_MAIN(TestInduction)
#include "tst_induction.moc"
