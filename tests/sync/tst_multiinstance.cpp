// Several kortelijn-server processes on one PostgreSQL database (KL_TEST_BACKEND=postgresql).
// commitOrder: a writer holds its transaction open between taking a version and
// committing (the KL_PAUSE_AT seam of crashpoint.h), a second writer on another instance queues behind it,
// and a reader pages through a third instance the whole time: it must receive every row.
// With versions from a bare sequence the second writer's higher version would commit
// first, the reader's cursor would pass it, and the held row would be skipped for good.
// concurrentPushes: many pushes in flight on two instances at once: every version is
// taken once, every mutation applied once, a reader on either instance sees all rows.
// rateLimitShared: a device's rate limit holds across instances.
// webSessionsAcrossInstances: a coordinator signed in on one instance is signed in on the
// other, signing out on one signs out on both, and failed sign-ins count on all of them.
#include "domain.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kltest;

class TestMultiInstance : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_owner; // owns the database
    QNetworkAccessManager m_nam;

    // A push that is sent now and answers later: the event loop keeps running meanwhile.
    QNetworkReply *pushAsync(const QString &serverUrl, const Enrolled &who, qint64 mutationId, const QString &rowId)
    {
        const QJsonObject mutation { { QStringLiteral("id"), mutationId }, { QStringLiteral("table"), QStringLiteral("organisations") },
            { QStringLiteral("row"), rowId }, { QStringLiteral("op"), QStringLiteral("upsert") },
            { QStringLiteral("fields"), orgFields(QStringLiteral("Partner ") + rowId.left(6)) }, { QStringLiteral("base"), 0 } };
        const QJsonObject body { { QStringLiteral("client_id"), who.clientId }, { QStringLiteral("mutations"), QJsonArray { mutation } } };
        QNetworkRequest req { QUrl(serverUrl + QStringLiteral("/api/v1/schools/%1/sync/push").arg(who.schoolId)) };
        req.setRawHeader("Content-Type", "application/json");
        req.setRawHeader("Authorization", "Bearer " + who.token);
        req.setTransferTimeout(30000);
        return m_nam.post(req, QJsonDocument(body).toJson());
    }

    static qint64 versionOf(QNetworkReply *reply)
    {
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        return o.value(QStringLiteral("version")).toInteger(-1);
    }

    struct Reader
    {
        Enrolled who;
        QString cursor;
        QMap<QString, qint64> rows; // rkey -> version
        int pulls = 0;
    };

    // One page of at most `limit` rows from `serverUrl`; returns has_more.
    static bool pullPage(Reader &r, const QString &serverUrl, int limit)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!r.cursor.isEmpty()) {
            q.addQueryItem(QStringLiteral("cursor"), r.cursor);
        }
        const HttpResult res = http("GET",
            serverUrl + QStringLiteral("/api/v1/schools/%1/sync/pull?").arg(r.who.schoolId) + q.toString(QUrl::FullyEncoded), r.who.token,
            {}, {});
        if (res.status != 200) {
            qWarning() << "pull" << res.status << res.body;
            return false;
        }
        ++r.pulls;
        const QJsonObject page = res.json();
        for (const QJsonValue &v : page.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            r.rows.insert(kl::sync::rowKey(row.value(QStringLiteral("table")).toString(), row.value(QStringLiteral("id")).toString()),
                row.value(QStringLiteral("version")).toInteger());
        }
        r.cursor = page.value(QStringLiteral("cursor")).toString();
        return page.value(QStringLiteral("has_more")).toBool();
    }

    static void drain(Reader &r, const QString &serverUrl)
    {
        for (int guard = 0; guard < 1000 && pullPage(r, serverUrl, 2); ++guard) {
        }
    }

    // Until the paused server says it is paused (a line on its stderr).
    static bool waitForPause(ServerProcess &server)
    {
        QByteArray seen;
        for (int i = 0; i < 3000 && !seen.contains("KL_PAUSED"); ++i) {
            QTest::qWait(10); // the push goes out and its answer comes in on this event loop
            seen += server.process().readAllStandardError();
        }
        return seen.contains("KL_PAUSED");
    }

    Enrolled coordinator(const QString &school)
    {
        const QString link = m_owner->invite(school, QStringLiteral("coordinator"));
        const Enrolled e = enrollRaw(m_owner->url(), link);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(usePostgres(), "run with KL_TEST_BACKEND=postgresql: instances share a PostgreSQL database");
        m_owner = std::make_unique<ServerProcess>(QStringList { QStringLiteral("--rate"), QStringLiteral("0") });
        QVERIFY(m_owner->start());
    }

    void commitOrder()
    {
        const QString school = m_owner->createSchool(QStringLiteral("Volgorde"), true);
        QVERIFY(!school.isEmpty());
        // W pauses every push once it has taken its version (the KL_PAUSE_AT seam) and goes
        // on when the test says so: no timing decides the order.
        qputenv("KL_PAUSE_AT", "server-push-version-taken");
        ServerProcess slow({ QStringLiteral("--rate"), QStringLiteral("0") }, {}, m_owner->dbUrl());
        const bool started = slow.start();
        qunsetenv("KL_PAUSE_AT");
        QVERIFY(started);
        ServerProcess reading({ QStringLiteral("--rate"), QStringLiteral("0") }, {}, m_owner->dbUrl());
        QVERIFY(reading.start());

        const Enrolled first = coordinator(school);
        const Enrolled second = coordinator(school);
        Reader reader { coordinator(school), {}, {}, 0 };
        QVERIFY(!first.token.isEmpty() && !second.token.isEmpty() && !reader.who.token.isEmpty());
        drain(reader, reading.url()); // the demo school's rows: the reader is up to date
        QVERIFY(reader.rows.size() > 100);

        int pullsWhileHeld = 0;
        QStringList heldRows;
        for (int round = 1; round <= 5; ++round) {
            const QString heldId = kl::newId();
            const QString laterId = kl::newId();
            heldRows << kl::sync::rowKey(QStringLiteral("organisations"), heldId);
            QNetworkReply *held = pushAsync(slow.url(), first, round, heldId);
            QVERIFY(waitForPause(slow)); // W has taken its version, nothing written or committed
            QNetworkReply *later = pushAsync(m_owner->url(), second, round, laterId);
            // Page through the third instance while W holds its version.
            for (int i = 0; i < 3; ++i) {
                pullPage(reader, reading.url(), 2);
                QVERIFY(!held->isFinished());
                ++pullsWhileHeld;
            }
            slow.process().write("\n"); // go on
            while (!held->isFinished() || !later->isFinished()) {
                QTest::qWait(10);
            }
            QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(later->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const qint64 heldVersion = versionOf(held);
            const qint64 laterVersion = versionOf(later);
            held->deleteLater();
            later->deleteLater();
            // The later writer queued behind the held one and took the next version.
            QCOMPARE(laterVersion, heldVersion + 1);
            drain(reader, reading.url());
            QVERIFY2(reader.rows.contains(kl::sync::rowKey(QStringLiteral("organisations"), heldId)),
                qPrintable(QStringLiteral("round %1: the held row (version %2) was skipped").arg(round).arg(heldVersion)));
            QCOMPARE(reader.rows.value(kl::sync::rowKey(QStringLiteral("organisations"), laterId)), laterVersion);
        }
        QVERIFY2(pullsWhileHeld >= 5, "the reader must page while a version is taken and not committed");
        // Everything the reader has is what a fresh pull on any instance returns.
        const QMap<QString, QString> fresh = serverRows(slow.url(), school, first.token);
        QCOMPARE(QSet<QString>(reader.rows.keyBegin(), reader.rows.keyEnd()), QSet<QString>(fresh.keyBegin(), fresh.keyEnd()));
        for (const QString &key : std::as_const(heldRows)) {
            QVERIFY(fresh.contains(key));
        }
    }

    void concurrentPushes()
    {
        const QString school = m_owner->createSchool(QStringLiteral("Drukte"));
        QVERIFY(!school.isEmpty());
        ServerProcess other({ QStringLiteral("--rate"), QStringLiteral("0") }, {}, m_owner->dbUrl());
        QVERIFY(other.start());
        const QStringList urls { m_owner->url(), other.url() };
        QList<Enrolled> writers;
        for (int i = 0; i < 6; ++i) {
            writers << coordinator(school);
            QVERIFY(!writers.last().token.isEmpty());
        }
        Reader reader { coordinator(school), {}, {}, 0 };
        // Every writer sends its mutations one push at a time (in order, as a phone does),
        // all writers at once, each push to either instance.
        QHash<int, qint64> nextId;
        QList<QPair<int, QNetworkReply *>> inFlight;
        QList<qint64> versions;
        QSet<QString> expected;
        int sent = 0;
        const int perWriter = 15;
        for (int w = 0; w < writers.size(); ++w) {
            nextId[w] = 1;
        }
        auto send = [&](int w) {
            const QString id = kl::newId();
            expected.insert(kl::sync::rowKey(QStringLiteral("organisations"), id));
            const QString url = urls.at(int((w + nextId[w]) % 2));
            inFlight.append({ w, pushAsync(url, writers.at(w), nextId[w]++, id) });
            ++sent;
        };
        for (int w = 0; w < writers.size(); ++w) {
            send(w);
        }
        while (!inFlight.isEmpty()) {
            pullPage(reader, urls.at(reader.pulls % 2), 3);
            QTest::qWait(5);
            for (qsizetype i = inFlight.size() - 1; i >= 0; --i) {
                QNetworkReply *reply = inFlight.at(i).second;
                if (!reply->isFinished()) {
                    continue;
                }
                const int w = inFlight.at(i).first;
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
                versions << versionOf(reply);
                reply->deleteLater();
                inFlight.removeAt(i);
                if (nextId[w] <= perWriter) {
                    send(w);
                }
            }
        }
        QCOMPARE(sent, int(writers.size()) * perWriter);
        // One version per changing push, no two pushes with the same one, no gaps.
        std::sort(versions.begin(), versions.end());
        QCOMPARE(versions.size(), sent);
        for (qsizetype i = 0; i < versions.size(); ++i) {
            QCOMPARE(versions.at(i), qint64(i + 1));
        }
        drain(reader, urls.at(0));
        QCOMPARE(QSet<QString>(reader.rows.keyBegin(), reader.rows.keyEnd()), expected);
        // Exactly once: each writer's log on the server is 1..perWriter, all applied.
        const CliResult status = m_owner->cli({ QStringLiteral("status"), QStringLiteral("--school"), school });
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.out.count(QStringLiteral("last_mutation=%1 ").arg(perWriter)), int(writers.size()));
    }

    void rateLimitShared()
    {
        // One device, two instances, requests alternating: one bucket in the database, so
        // switching instances does not double the allowance (per instance it would be 8).
        const QStringList limit { QStringLiteral("--rate"), QStringLiteral("0.2"), QStringLiteral("--burst"), QStringLiteral("4") };
        ServerProcess a(limit, {}, m_owner->dbUrl());
        ServerProcess b(limit, {}, m_owner->dbUrl());
        QVERIFY(a.start());
        QVERIFY(b.start());
        const QString school = m_owner->createSchool(QStringLiteral("Limiet"));
        const Enrolled e = enrollRaw(a.url(), m_owner->invite(school));
        QVERIFY(!e.token.isEmpty());
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            const HttpResult r = http("GET", (i % 2 ? b.url() : a.url()) + QStringLiteral("/api/v1/me"), e.token, {}, {});
            QVERIFY(r.status == 200 || r.status == 429);
            ok += r.status == 200 ? 1 : 0;
        }
        QVERIFY2(ok >= 4 && ok <= 5, qPrintable(QStringLiteral("%1 of 8 allowed").arg(ok)));
    }

    void webSessionsAcrossInstances()
    {
        ServerProcess a({ QStringLiteral("--rate"), QStringLiteral("0") }, {}, m_owner->dbUrl());
        ServerProcess b({ QStringLiteral("--rate"), QStringLiteral("0") }, {}, m_owner->dbUrl());
        QVERIFY(a.start());
        QVERIFY(b.start());
        const QString school = m_owner->createSchool(QStringLiteral("Sessies"));
        const QString email = QStringLiteral("sanne@sessies.nl");
        const QString coordinator = m_owner
                                        ->cli({ QStringLiteral("create-coordinator"), QStringLiteral("--school"), school,
                                            QStringLiteral("--name"), QStringLiteral("Sanne"), QStringLiteral("--email"), email,
                                            QStringLiteral("--server-url"), m_owner->url() })
                                        .value(QStringLiteral("coordinator_id"));
        QVERIFY(!coordinator.isEmpty());
        const QString password = QStringLiteral("een lang wachtwoord 2026");
        QProcess p;
        p.start(QStringLiteral(KL_SERVER_BIN), QStringList { QStringLiteral("set-password") } + m_owner->storageArgs()
                + QStringList { QStringLiteral("--coordinator"), coordinator });
        p.write(password.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);

        auto login = [&](const QString &url, const QString &pw) {
            const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("password"), pw } })
                                        .toJson();
            QNetworkRequest req { QUrl(url + QStringLiteral("/admin/api/login")) };
            req.setRawHeader("Content-Type", "application/json");
            QNetworkReply *reply = m_nam.post(req, body);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray cookie = reply->rawHeader("Set-Cookie").split(';').first();
            const QByteArray csrf = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("csrf")).toString().toLatin1();
            reply->deleteLater();
            return std::make_tuple(status, cookie, csrf);
        };
        const auto [status, cookie, csrf] = login(a.url(), password);
        QCOMPARE(status, 200);
        QVERIFY(!cookie.isEmpty());
        // The session made on A opens B.
        QCOMPARE(http("GET", b.url() + QStringLiteral("/admin/api/session"), {}, {}, {}, { { "Cookie", cookie } }).status, 200);
        // Signing out on B ends it on A too.
        QCOMPARE(http("POST", b.url() + QStringLiteral("/admin/api/logout"), {}, "{}", "application/json",
                     { { "Cookie", cookie }, { "X-CSRF-Token", csrf } })
                     .status,
            200);
        QCOMPARE(http("GET", a.url() + QStringLiteral("/admin/api/session"), {}, {}, {}, { { "Cookie", cookie } }).status, 401);
        // Five wrong passwords, spread over both instances, use up the account's attempts
        // everywhere: per instance, three and two would leave room for more guesses.
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(std::get<0>(login(i % 2 ? b.url() : a.url(), QStringLiteral("fout wachtwoord %1").arg(i))), 401);
        }
        QCOMPARE(std::get<0>(login(a.url(), password)), 429);
        QCOMPARE(std::get<0>(login(b.url(), password)), 429);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
    }
};

QTEST_GUILESS_MAIN(TestMultiInstance)
#include "tst_multiinstance.moc"
