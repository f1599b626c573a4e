// kortelijn-server from the outside: a real process on 127.0.0.1 with a real SQLite data
// directory, driven over HTTP and through its admin CLI.
#include "demodata.h"
#include "domain.h"
#include "syncprotocol.h"
#include "testsupport.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <ZXing/ReadBarcode.h>

using namespace kltest;

class TestServerApi : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server { { QStringLiteral("--max-body"), QStringLiteral("65536") } };
    QString m_schoolA, m_schoolB;
    Enrolled m_coordA, m_teacherA, m_revokedA, m_coordB, m_spareA;
    qint64 m_coordMutation = 0;

    QString api(const QString &school, const QString &rest) const
    {
        return m_server.url() + QStringLiteral("/api/v1/schools/") + school + rest;
    }

    HttpResult push(const Enrolled &who, const QJsonArray &mutations)
    {
        const QJsonObject body { { QStringLiteral("client_id"), who.clientId }, { QStringLiteral("mutations"), mutations } };
        return http("POST", api(who.schoolId, QStringLiteral("/sync/push")), who.token, QJsonDocument(body).toJson());
    }

    QJsonObject mutation(qint64 id, const QString &table, const QString &row, const QString &op, const QJsonObject &fields,
        qint64 base = 0)
    {
        return { { QStringLiteral("id"), id }, { QStringLiteral("table"), table }, { QStringLiteral("row"), row },
            { QStringLiteral("op"), op }, { QStringLiteral("fields"), fields }, { QStringLiteral("base"), base } };
    }

    qint64 schoolVersion(const QString &school)
    {
        const QString line = m_server.cli({ QStringLiteral("status"), QStringLiteral("--school"), school }).out;
        const qsizetype at = line.indexOf(QStringLiteral(" version="));
        return line.mid(at + 9, line.indexOf(QLatin1Char(' '), at + 1) - at - 9).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_schoolA = m_server.createSchool(QStringLiteral("Basisschool De Regenboog"), true);
        m_schoolB = m_server.createSchool(QStringLiteral("Obs Het Anker"));
        QVERIFY(!m_schoolA.isEmpty() && !m_schoolB.isEmpty());
        m_coordA = enrollRaw(m_server.url(), m_server.invite(m_schoolA, QStringLiteral("coordinator")));
        m_teacherA = enrollRaw(m_server.url(), m_server.invite(m_schoolA));
        m_revokedA = enrollRaw(m_server.url(), m_server.invite(m_schoolA));
        m_spareA = enrollRaw(m_server.url(), m_server.invite(m_schoolA));
        m_coordB = enrollRaw(m_server.url(), m_server.invite(m_schoolB, QStringLiteral("coordinator")));
        for (const Enrolled *e : { &m_coordA, &m_teacherA, &m_revokedA, &m_coordB, &m_spareA }) {
            QVERIFY(!e->token.isEmpty());
        }
        QCOMPARE(m_server.cli({ QStringLiteral("revoke"), QStringLiteral("--device"), m_revokedA.deviceId }).exitCode, 0);
    }

    void healthz()
    {
        const HttpResult r = http("GET", m_server.url() + QStringLiteral("/healthz"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(http("POST", m_server.url() + QStringLiteral("/healthz")).status, 405);
        const HttpResult missing = http("GET", m_server.url() + QStringLiteral("/nope"));
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.contentType.startsWith("application/problem+json"));
    }

    void authorisationMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("rest");
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("expected");
        struct Endpoint
        {
            const char *method;
            const char *rest;
            int teacher;
            int coordinator;
        };
        const Endpoint endpoints[] = {
            { "GET", "/api/v1/me", 200, 200 },
            { "GET", "/sync/pull", 200, 200 },
            { "POST", "/sync/push", 200, 200 },
            { "GET", "/conflicts", 403, 200 },
            { "GET", "/devices", 403, 200 },
            { "POST", "/devices/SPARE/revoke", 403, 200 },
            { "POST", "/invites", 403, 200 },
        };
        for (const Endpoint &e : endpoints) {
            const QString rest = QLatin1String(e.rest);
            QTest::addRow("%s %s no token", e.method, e.rest) << QByteArray(e.method) << rest << QStringLiteral("none") << 401;
            QTest::addRow("%s %s revoked", e.method, e.rest) << QByteArray(e.method) << rest << QStringLiteral("revoked") << 401;
            QTest::addRow("%s %s teacher", e.method, e.rest) << QByteArray(e.method) << rest << QStringLiteral("teacher") << e.teacher;
            QTest::addRow("%s %s other school", e.method, e.rest)
                << QByteArray(e.method) << rest << QStringLiteral("other") << (rest.startsWith(QLatin1String("/api")) ? 200 : 403);
            QTest::addRow("%s %s coordinator", e.method, e.rest)
                << QByteArray(e.method) << rest << QStringLiteral("coordinator") << e.coordinator;
        }
    }

    void authorisationMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, rest);
        QFETCH(QString, who);
        QFETCH(int, expected);
        const Enrolled *device = who == QLatin1String("revoked") ? &m_revokedA
            : who == QLatin1String("teacher")                    ? &m_teacherA
            : who == QLatin1String("other")                      ? &m_coordB
            : who == QLatin1String("coordinator")                ? &m_coordA
                                                                 : nullptr;
        rest.replace(QStringLiteral("SPARE"), m_spareA.deviceId);
        const QString url = rest.startsWith(QLatin1String("/api")) ? m_server.url() + rest : api(m_schoolA, rest);
        QByteArray body;
        if (method == "POST") {
            body = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), device ? device->clientId : kl::newId() },
                                     { QStringLiteral("mutations"), QJsonArray() } })
                       .toJson();
        }
        const HttpResult r = http(method, url, device ? device->token : QByteArray(), body);
        QCOMPARE(r.status, expected);
        if (expected >= 400) {
            QVERIFY(r.contentType.startsWith("application/problem+json"));
            QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), expected);
        }
        if (who == QLatin1String("revoked")) {
            QCOMPARE(r.problemType(), QStringLiteral("device-revoked"));
        }
    }

    void inviteIsSingleUseAndExpires()
    {
        const QString link = m_server.invite(m_schoolA);
        const auto invite = kl::sync::parseInvite(link);
        QVERIFY(invite);
        QCOMPARE(invite->server.toString(), m_server.url());
        auto enroll = [&](const QString &token) {
            const QJsonObject body { { QStringLiteral("invite"), token }, { QStringLiteral("device_name"), QStringLiteral("x") },
                { QStringLiteral("client_id"), kl::newId() } };
            return http("POST", m_server.url() + QStringLiteral("/api/v1/enroll"), {}, QJsonDocument(body).toJson());
        };
        const HttpResult first = enroll(invite->token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("role")).toString(), QStringLiteral("teacher"));
        const HttpResult second = enroll(invite->token);
        QCOMPARE(second.status, 410);
        QCOMPARE(second.problemType(), QStringLiteral("invite-used"));
        QCOMPARE(enroll(QStringLiteral("x").repeated(43)).status, 404);

        const CliResult shortLived = m_server.cli({ QStringLiteral("invite"), QStringLiteral("--school"), m_schoolA,
            QStringLiteral("--server-url"), m_server.url(), QStringLiteral("--seconds"), QStringLiteral("1") });
        QCOMPARE(shortLived.exitCode, 0);
        QTest::qWait(1300);
        const HttpResult expired = enroll(kl::sync::parseInvite(shortLived.value(QStringLiteral("invite_link")))->token);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.problemType(), QStringLiteral("invite-expired"));
        // The token itself is never stored: the database holds only hashes.
        if (kltest::usePostgres()) {
            // Every stored invite and device as text: the token appears in none of them.
            {
                QSqlDatabase db = m_server.openDatabase(QStringLiteral("token-check"));
                QVERIFY(db.isOpen());
                QSqlQuery q(db);
                QVERIFY(q.prepare(QStringLiteral("SELECT count(*), sum(CASE WHEN strpos(t, ?) > 0 THEN 1 ELSE 0 END) FROM"
                                                 " (SELECT row_to_json(i)::text AS t FROM invites i"
                                                 " UNION ALL SELECT row_to_json(d)::text FROM devices d) x")));
                q.addBindValue(invite->token);
                QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
                QVERIFY(q.value(0).toLongLong() > 0);
                QCOMPARE(q.value(1).toLongLong(), 0);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("token-check"));
        } else {
            QFile db(m_server.dataDir() + QStringLiteral("/kortelijn-server.db"));
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY(!db.readAll().contains(invite->token.toLatin1()));
        }
        QVERIFY(!first.json().value(QStringLiteral("device_token")).toString().isEmpty());
    }

    void inviteQrDecodes()
    {
        const QString prefix = m_server.dataDir() + QStringLiteral("/invite-qr");
        const CliResult r = m_server.cli({ QStringLiteral("invite"), QStringLiteral("--school"), m_schoolA,
            QStringLiteral("--server-url"), QStringLiteral("https://partners.regenboog.nl"), QStringLiteral("--out"), prefix });
        QCOMPARE(r.exitCode, 0);
        const QString link = r.value(QStringLiteral("invite_link"));
        QVERIFY(kl::sync::parseInvite(link));
        QImage image(prefix + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        image = image.convertToFormat(QImage::Format_Grayscale8);
        const ZXing::ImageView view(image.constBits(), image.width(), image.height(), ZXing::ImageFormat::Lum,
            int(image.bytesPerLine()));
        const ZXing::Result decoded = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(decoded.isValid());
        QCOMPARE(QString::fromStdWString(decoded.text()), link);
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbar.isEmpty(), "zbarimg (zbar-tools, scripts/deps.sh) is needed as the second, independent decoder");
        QProcess p;
        p.start(zbar, { QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png") });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), link);
        QFile svg(prefix + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.count("<rect") > 50 || svgText.contains("<path"));
    }

    void cliErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no school name") << QStringList { QStringLiteral("create-school") };
        QTest::newRow("invite unknown school") << QStringList { QStringLiteral("invite"), QStringLiteral("--school"),
            QStringLiteral("nope"), QStringLiteral("--server-url"), QStringLiteral("https://x.nl") };
        QTest::newRow("invite without url") << QStringList { QStringLiteral("invite"), QStringLiteral("--school"), QStringLiteral("nope") };
        QTest::newRow("invite bad role") << QStringList { QStringLiteral("invite"), QStringLiteral("--school"), QStringLiteral("x"),
            QStringLiteral("--server-url"), QStringLiteral("https://x.nl"), QStringLiteral("--role"), QStringLiteral("admin") };
        QTest::newRow("revoke unknown device") << QStringList { QStringLiteral("revoke"), QStringLiteral("--device"), QStringLiteral("nope") };
        QTest::newRow("devices unknown school") << QStringList { QStringLiteral("devices"), QStringLiteral("--school"), QStringLiteral("nope") };
        QTest::newRow("status unknown school") << QStringList { QStringLiteral("status"), QStringLiteral("--school"), QStringLiteral("nope") };
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("coordinator without name") << QStringList { QStringLiteral("create-coordinator"), QStringLiteral("--school"),
            QStringLiteral("x"), QStringLiteral("--server-url"), QStringLiteral("https://x.nl") };
    }

    void cliErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = m_server.cli(args);
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void cliDevicesAndStatus()
    {
        const CliResult list = m_server.cli({ QStringLiteral("devices"), QStringLiteral("--school"), m_schoolA });
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(m_teacherA.deviceId));
        QVERIFY(list.out.contains(QStringLiteral("id=%1 role=teacher").arg(m_revokedA.deviceId)));
        for (const QString &line : list.out.split(QLatin1Char('\n'))) {
            if (line.contains(m_revokedA.deviceId)) {
                QVERIFY(!line.endsWith(QStringLiteral("revoked=-")));
            } else if (line.contains(m_teacherA.deviceId)) {
                QVERIFY(line.endsWith(QStringLiteral("revoked=-")));
            }
        }
        const CliResult status = m_server.cli({ QStringLiteral("status") });
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(m_schoolA));
        QVERIFY(status.out.contains(m_schoolB));
        QVERIFY(status.out.contains(QStringLiteral("rows=209 ")));
        const CliResult coordinator = m_server.cli({ QStringLiteral("create-coordinator"), QStringLiteral("--school"), m_schoolB,
            QStringLiteral("--name"), QStringLiteral("Fatima (IB)"), QStringLiteral("--server-url"), m_server.url() });
        QCOMPARE(coordinator.exitCode, 0);
        QCOMPARE(coordinator.value(QStringLiteral("role")), QStringLiteral("coordinator"));
        QVERIFY(kl::sync::parseInvite(coordinator.value(QStringLiteral("invite_link"))));
    }

    void pullPagesCoverEveryRowOnce()
    {
        QSet<QString> seen;
        QString cursor;
        qint64 lastVersion = 0;
        int pages = 0;
        for (;;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("40"));
            if (!cursor.isEmpty()) {
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            }
            const HttpResult r = http("GET", api(m_schoolA, QStringLiteral("/sync/pull?")) + q.toString(QUrl::FullyEncoded),
                m_teacherA.token, {}, {});
            QCOMPARE(r.status, 200);
            QVERIFY(r.contentType.startsWith("application/json"));
            const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
            QVERIFY(rows.size() <= 40);
            for (const QJsonValue &v : rows) {
                const qint64 version = v.toObject().value(QStringLiteral("version")).toInteger();
                QVERIFY(version >= lastVersion);
                lastVersion = version;
                seen.insert(v.toObject().value(QStringLiteral("table")).toString() + QLatin1Char('/')
                    + v.toObject().value(QStringLiteral("id")).toString());
            }
            cursor = r.json().value(QStringLiteral("cursor")).toString();
            ++pages;
            if (!r.json().value(QStringLiteral("has_more")).toBool()) {
                break;
            }
        }
        QVERIFY(pages >= 5);
        QVERIFY(seen.size() >= 180);
        QVERIFY(seen.contains(QStringLiteral("flags/") + kl::DemoData::idFor(QStringLiteral("flag:1"))));
    }

    void badCursors()
    {
        auto pull = [&](const QString &cursor) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("cursor"), cursor);
            return http("GET", api(m_schoolA, QStringLiteral("/sync/pull?")) + q.toString(QUrl::FullyEncoded), m_teacherA.token,
                {}, {});
        };
        const HttpResult first = http("GET", api(m_schoolA, QStringLiteral("/sync/pull")), m_teacherA.token, {}, {});
        const auto current = kl::sync::decodeCursor(first.json().value(QStringLiteral("cursor")).toString());
        QVERIFY(current);

        for (const QString &garbage : { QStringLiteral("not-a-cursor!"), QStringLiteral("e30"),
                 QString::fromLatin1(QByteArray("{\"e\":1}").toBase64(QByteArray::Base64UrlEncoding)) }) {
            const HttpResult r = pull(garbage);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.problemType(), QStringLiteral("bad-cursor"));
        }
        const HttpResult foreign = pull(kl::sync::encodeCursor({ QStringLiteral("deadbeef"), current->version, {} }));
        QCOMPARE(foreign.status, 410);
        QCOMPARE(foreign.problemType(), QStringLiteral("resync-required"));
        const HttpResult future = pull(kl::sync::encodeCursor({ current->epoch, current->version + 1000, {} }));
        QCOMPARE(future.status, 410);
        QCOMPARE(future.problemType(), QStringLiteral("resync-required"));

        // Expired: a tombstone below the cursor is purged; the old cursor may have missed it.
        const QString orgId = kl::newId();
        QCOMPARE(push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                                      orgFields(QStringLiteral("Tijdelijk"))) })
                     .status,
            200);
        const HttpResult before = pull(kl::sync::encodeCursor(*current));
        QCOMPARE(before.status, 200);
        const QString oldCursor = kl::sync::encodeCursor(*current);
        QCOMPARE(push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId, QStringLiteral("delete"), {}) })
                     .status,
            200);
        QCOMPARE(pull(oldCursor).status, 200);
        const CliResult purge = m_server.cli({ QStringLiteral("purge"), QStringLiteral("--school"), m_schoolA,
            QStringLiteral("--retention-days"), QStringLiteral("0") });
        QCOMPARE(purge.exitCode, 0);
        QCOMPARE(purge.value(QStringLiteral("purged")), QStringLiteral("1"));
        const HttpResult expired = pull(oldCursor);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.problemType(), QStringLiteral("resync-required"));
        // A fresh pull from the start always works.
        QCOMPARE(http("GET", api(m_schoolA, QStringLiteral("/sync/pull")), m_teacherA.token, {}, {}).status, 200);
    }

    void replaysAndGaps()
    {
        const QString orgId = kl::newId();
        const QJsonArray batch { mutation(m_coordMutation + 1, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                                     orgFields(QStringLiteral("Bibliotheek Noord"))),
            mutation(m_coordMutation + 2, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                QJsonObject { { QStringLiteral("city"), QStringLiteral("Utrecht") } }, 0),
            mutation(m_coordMutation + 3, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                QJsonObject { { QStringLiteral("website"), QStringLiteral("https://bieb.nl") } }, 0) };
        const HttpResult first = push(m_coordA, batch);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("last_mutation_id")).toInteger(), m_coordMutation + 3);
        const qint64 version = schoolVersion(m_schoolA);
        const HttpResult replay = push(m_coordA, batch);
        QCOMPARE(replay.status, 200);
        for (const QJsonValue &v : replay.json().value(QStringLiteral("results")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        }
        QCOMPARE(schoolVersion(m_schoolA), version); // nothing applied twice
        m_coordMutation += 3;

        const HttpResult gap = push(m_coordA, { mutation(m_coordMutation + 2, QStringLiteral("organisations"), orgId,
                                                   QStringLiteral("upsert"), QJsonObject { { QStringLiteral("city"), QStringLiteral("Zeist") } }) });
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.problemType(), QStringLiteral("mutation-gap"));
        QCOMPARE(schoolVersion(m_schoolA), version);

        // A permanent rejection is recorded and the client's id still advances.
        const HttpResult rejected = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId,
                                                        QStringLiteral("upsert"), QJsonObject { { QStringLiteral("no_such"), 1 } }) });
        QCOMPARE(rejected.status, 200);
        const QJsonObject result = rejected.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(rejected.json().value(QStringLiteral("last_mutation_id")).toInteger(), m_coordMutation);
        QCOMPARE(result.value(QStringLiteral("row")).toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("city")).toString(),
            QStringLiteral("Utrecht"));
        const HttpResult incomplete = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), kl::newId(),
                                                          QStringLiteral("upsert"), QJsonObject { { QStringLiteral("name"), QStringLiteral("Half") } }) });
        QCOMPARE(incomplete.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
        const HttpResult personal = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId,
                                                        QStringLiteral("upsert"), QJsonObject { { QStringLiteral("origin"), 1 } }) });
        QCOMPARE(personal.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
    }

    void teacherWritesOnlyFlags()
    {
        const QString orgId = kl::DemoData::idFor(QStringLiteral("org:cjg"));
        const HttpResult edit = push(m_teacherA, { mutation(1, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                                                      QJsonObject { { QStringLiteral("name"), QStringLiteral("Gehackt") } }) });
        QCOMPARE(edit.status, 200);
        const QJsonObject r = edit.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(r.value(QStringLiteral("row")).toObject().value(QStringLiteral("fields")).toObject().value(QStringLiteral("name")).toString()
            != QLatin1String("Gehackt"));
        const QString flagId = kl::newId();
        const QJsonObject flag { { QStringLiteral("target_kind"), QStringLiteral("organisation") }, { QStringLiteral("target_id"), orgId },
            { QStringLiteral("reason"), QStringLiteral("wrong_number") }, { QStringLiteral("comment"), QStringLiteral("Nummer klopt niet") },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:00:00.000Z") } };
        const HttpResult flagged = push(m_teacherA, { mutation(2, QStringLiteral("flags"), flagId, QStringLiteral("flag"), flag) });
        QCOMPARE(flagged.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        // Teachers cannot resolve flags; coordinators can.
        const HttpResult resolveT = push(m_teacherA, { mutation(3, QStringLiteral("flags"), flagId, QStringLiteral("upsert"),
                                                          QJsonObject { { QStringLiteral("resolved"), 1 } }) });
        QCOMPARE(resolveT.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("rejected"));
        const HttpResult resolveC = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("flags"), flagId,
                                                        QStringLiteral("upsert"), QJsonObject { { QStringLiteral("resolved"), 1 } }) });
        QCOMPARE(resolveC.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
    }

    void olderPhonesMissOnlyAddedColumns()
    {
        // A coordinator's phone from before presence.is_public (core schema 6) sends new
        // presence rows without it: they are stored as public, the default the web admin
        // states. A column every release knows stays required.
        const QString orgId = kl::DemoData::idFor(QStringLiteral("org:cjg"));
        QJsonObject fields { { QStringLiteral("origin"), 0 }, { QStringLiteral("organisation_id"), orgId },
            { QStringLiteral("function_id"), QString() }, { QStringLiteral("person_id"), QString() },
            { QStringLiteral("weekday"), 2 }, { QStringLiteral("start_min"), 510 }, { QStringLiteral("end_min"), 600 },
            { QStringLiteral("room"), QStringLiteral("kamer 2") }, { QStringLiteral("location_id"), QString() },
            { QStringLiteral("valid_from"), QJsonValue::Null }, { QStringLiteral("valid_until"), QJsonValue::Null } };
        const QString oldPhoneRow = kl::newId();
        const HttpResult old = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("presence"), oldPhoneRow, QStringLiteral("upsert"), fields) });
        QCOMPARE(old.status, 200);
        QCOMPARE(old.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("applied"));
        const QMap<QString, QString> rows = serverRows(m_server.url(), m_schoolA, m_coordA.token);
        const QJsonObject stored = QJsonDocument::fromJson(rows.value(QStringLiteral("presence/") + oldPhoneRow).toUtf8()).object();
        QCOMPARE(stored.value(QStringLiteral("is_public")).toInt(-1), 1);
        fields.remove(QStringLiteral("room"));
        const HttpResult incomplete = push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("presence"), kl::newId(), QStringLiteral("upsert"), fields) });
        const QJsonObject r = incomplete.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(r.value(QStringLiteral("code")).toString(), QStringLiteral("row.incomplete"));
    }

    void fieldMergeAndConflicts()
    {
        const Enrolled other = enrollRaw(m_server.url(), m_server.invite(m_schoolA, QStringLiteral("coordinator")));
        const QString orgId = kl::newId();
        QCOMPARE(push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                                      orgFields(QStringLiteral("Logopedie Praat"))) })
                     .status,
            200);
        const qint64 base = schoolVersion(m_schoolA);
        // Different fields: both apply.
        push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                           QJsonObject { { QStringLiteral("city"), QStringLiteral("Houten") } }, base) });
        push(other, { mutation(1, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                        QJsonObject { { QStringLiteral("website"), QStringLiteral("https://praat.nl") } }, base) });
        // Same field, neither saw the other: the later arrival wins, the loser is kept.
        push(m_coordA, { mutation(++m_coordMutation, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                           QJsonObject { { QStringLiteral("name"), QStringLiteral("Logopedie Praat BV") } }, base) });
        push(other, { mutation(2, QStringLiteral("organisations"), orgId, QStringLiteral("upsert"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Praat Logopedie") } }, base) });
        const QMap<QString, QString> rows = serverRows(m_server.url(), m_schoolA, m_coordA.token);
        const QJsonObject org = QJsonDocument::fromJson(rows.value(QStringLiteral("organisations/") + orgId).toUtf8()).object();
        QCOMPARE(org.value(QStringLiteral("city")).toString(), QStringLiteral("Houten"));
        QCOMPARE(org.value(QStringLiteral("website")).toString(), QStringLiteral("https://praat.nl"));
        QCOMPARE(org.value(QStringLiteral("name")).toString(), QStringLiteral("Praat Logopedie"));
        const HttpResult conflicts = http("GET", api(m_schoolA, QStringLiteral("/conflicts")), m_coordA.token, {}, {});
        QCOMPARE(conflicts.status, 200);
        bool found = false;
        for (const QJsonValue &v : conflicts.json().value(QStringLiteral("conflicts")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("row")).toString() == orgId) {
                QCOMPARE(c.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
                QCOMPARE(c.value(QStringLiteral("losing_value")).toString(), QStringLiteral("Logopedie Praat BV"));
                QCOMPARE(c.value(QStringLiteral("winning_value")).toString(), QStringLiteral("Praat Logopedie"));
                QVERIFY(!found);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void malformedAndOversizeBodiesStoreNothing()
    {
        const qint64 version = schoolVersion(m_schoolA);
        const QString url = api(m_schoolA, QStringLiteral("/sync/push"));
        QCOMPARE(http("POST", url, m_coordA.token, "{\"client_id\": ").status, 400);
        QCOMPARE(http("POST", url, m_coordA.token, "[1,2,3]").status, 400);
        QCOMPARE(http("POST", url, m_coordA.token, "client_id=x", "application/x-www-form-urlencoded").status, 415);
        const QByteArray noArray = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), m_coordA.clientId },
                                                     { QStringLiteral("mutations"), 5 } })
                                       .toJson();
        QCOMPARE(http("POST", url, m_coordA.token, noArray).status, 422);
        // One bad mutation refuses the whole push: nothing of it is stored.
        const QJsonArray mixed { mutation(m_coordMutation + 1, QStringLiteral("organisations"), kl::newId(), QStringLiteral("upsert"),
                                     orgFields(QStringLiteral("Valt weg"))),
            QJsonObject { { QStringLiteral("id"), m_coordMutation + 2 }, { QStringLiteral("op"), QStringLiteral("explode") } } };
        QCOMPARE(push(m_coordA, mixed).status, 422);
        // Oversize: this server allows 64 KiB.
        QJsonArray big;
        for (int i = 0; i < 40; ++i) {
            QJsonObject f = orgFields(QStringLiteral("Groot %1").arg(i));
            f.insert(QStringLiteral("topics"), QString(3000, QLatin1Char('x')));
            big.append(mutation(m_coordMutation + 1 + i, QStringLiteral("organisations"), kl::newId(), QStringLiteral("upsert"), f));
        }
        const HttpResult oversize = push(m_coordA, big);
        QCOMPARE(oversize.status, 413);
        QCOMPARE(oversize.problemType(), QStringLiteral("body-too-large"));
        QCOMPARE(schoolVersion(m_schoolA), version);
        // The last confirmed mutation did not move either.
        const HttpResult probe = push(m_coordA, {});
        QCOMPARE(probe.json().value(QStringLiteral("last_mutation_id")).toInteger(), m_coordMutation);
    }

    void headerTooLarge()
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(20000, 'a') + "\r\n\r\n");
        QByteArray answer;
        while (s.waitForReadyRead(5000)) {
            answer += s.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(100).constData());
    }

    void slowAndIdleConnectionsAreClosed()
    {
        ServerProcess limited { { QStringLiteral("--request-timeout"), QStringLiteral("400"), QStringLiteral("--idle-timeout"),
            QStringLiteral("600") } };
        QVERIFY(limited.start());
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, limited.port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("GET /healthz HTTP/1.1\r\nHo");
        QByteArray answer;
        while (slow.waitForReadyRead(3000)) {
            answer += slow.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());

        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, limited.port());
        QVERIFY(idle.waitForConnected(5000));
        QElapsedTimer t;
        t.start();
        QVERIFY(idle.state() == QAbstractSocket::ConnectedState);
        QVERIFY(idle.waitForDisconnected(5000));
        QVERIFY(t.elapsed() >= 400);
    }

    void demoServerIsReadyToJoin()
    {
        ServerProcess demo { { QStringLiteral("--demo") } };
        QVERIFY(demo.start());
        QString teacherLink;
        for (const QString &line : demo.startupOutput().split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("demo_teacher_invite="))) {
                teacherLink = line.mid(20).trimmed();
            }
        }
        const Enrolled teacher = enrollRaw(demo.url(), teacherLink);
        QVERIFY(!teacher.token.isEmpty());
        QCOMPARE(serverRows(demo.url(), teacher.schoolId, teacher.token).size(), 209); // with the ten induction steps
        // A second start keeps the one demo school.
        QVERIFY(demo.restart());
        QCOMPARE(demo.cli({ QStringLiteral("status") }).out.count(QStringLiteral("school id=")), 1);
    }

    void rateLimit()
    {
        ServerProcess limited { { QStringLiteral("--rate"), QStringLiteral("1"), QStringLiteral("--burst"), QStringLiteral("3") } };
        QVERIFY(limited.start());
        const QString school = limited.createSchool(QStringLiteral("Limiet"));
        const Enrolled e = enrollRaw(limited.url(), limited.invite(school));
        QVERIFY(!e.token.isEmpty());
        int ok = 0, limitedCount = 0;
        for (int i = 0; i < 8; ++i) {
            const HttpResult r = http("GET", limited.url() + QStringLiteral("/api/v1/me"), e.token, {}, {});
            if (r.status == 200) {
                ++ok;
            } else {
                QCOMPARE(r.status, 429);
                QCOMPARE(r.problemType(), QStringLiteral("rate-limited"));
                ++limitedCount;
            }
        }
        QVERIFY(ok >= 3 && ok <= 5);
        QVERIFY(limitedCount >= 3);
    }

    void trustedProxyNamesTheClient()
    {
        // Behind nginx every request comes from the proxy: per-address limits (enrolment,
        // failed sign-ins) use X-Real-IP, but only from a proxy named on the command line.
        ServerProcess proxied { { QStringLiteral("--rate"), QStringLiteral("1"), QStringLiteral("--trusted-proxy"),
            QStringLiteral("127.0.0.1") } };
        QVERIFY(proxied.start());
        const QByteArray bogus = QJsonDocument(QJsonObject { { QStringLiteral("invite"), QStringLiteral("x").repeated(43) },
                                                   { QStringLiteral("client_id"), kl::newId() } })
                                     .toJson();
        auto enrollFrom = [&](const QByteArray &address) {
            return http("POST", proxied.url() + QStringLiteral("/api/v1/enroll"), {}, bogus, "application/json",
                { { "X-Real-IP", address } });
        };
        int limitedA = 0;
        for (int i = 0; i < 30; ++i) {
            limitedA += enrollFrom("192.0.2.10").status == 429 ? 1 : 0;
        }
        QVERIFY(limitedA >= 5);
        QCOMPARE(enrollFrom("192.0.2.11").status, 404); // another client, its own bucket
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
