// The HTTP front of a real kortelijn-server process, over raw sockets: ambiguous framing
// (request smuggling) is answered with 400 and the connection closed before the hidden
// request can run; pipelined requests are answered in order even when the first waits for
// the group commit; slow, byte-by-byte senders are served; the real method (PROPFIND)
// reaches the routes; Expect: 100-continue and Connection: close are honoured.
#include "domain.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace kltest;

namespace {

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':')) {
                return line.mid(name.size() + 1).trimmed();
            }
        }
        return {};
    }
};

// Reads answers off the socket until `count` complete ones arrived, or the server closed.
struct Conversation
{
    QTcpSocket socket;
    QByteArray buffer;
    bool closed = false;

    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    // `headOnly`: the indexes of answers to HEAD, which carry a Content-Length but no body.
    QList<Response> read(int count, const QSet<int> &headOnly = {})
    {
        QList<Response> out;
        for (int guard = 0; guard < 300 && out.size() < count; ++guard) {
            while (true) {
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    break;
                }
                Response r;
                r.head = buffer.left(end);
                r.status = r.head.mid(9, 3).toInt();
                if (r.status == 100) { // an interim answer has no body and is not counted
                    buffer.remove(0, end + 4);
                    out << r;
                    --count;
                    continue;
                }
                const qsizetype length = headOnly.contains(int(out.size())) ? 0 : r.header("Content-Length").toLongLong();
                if (buffer.size() < end + 4 + length) {
                    break;
                }
                r.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                out << r;
            }
            if (out.size() >= count) {
                break;
            }
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
                closed = true;
                break;
            }
            if (socket.waitForReadyRead(100)) {
                buffer += socket.readAll();
            }
        }
        return out;
    }
    // True when the server has closed its side (EOF) within a few seconds.
    bool serverClosed()
    {
        for (int i = 0; i < 50; ++i) {
            if (closed || socket.state() == QAbstractSocket::UnconnectedState) {
                return true;
            }
            if (socket.waitForReadyRead(100)) {
                buffer += socket.readAll();
            } else if (socket.state() != QAbstractSocket::ConnectedState) {
                return true;
            }
        }
        return socket.state() != QAbstractSocket::ConnectedState;
    }
};

} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT
private:
    ServerProcess m_server { { QStringLiteral("--rate"), QStringLiteral("0") } };
    QString m_school;
    Enrolled m_coordinator;

    QByteArray get(const QByteArray &path, const QByteArray &extra = {}) const
    {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_coordinator.token + "\r\n" + extra
            + "\r\n";
    }

    qint64 schoolVersion() const
    {
        const HttpResult r = http("GET", m_server.url() + QStringLiteral("/api/v1/schools/%1/sync/pull").arg(m_school),
            m_coordinator.token);
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("rows")).toArray().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_school = m_server.createSchool(QStringLiteral("Obs De Brug"));
        m_coordinator = enrollRaw(m_server.url(), m_server.invite(m_school, QStringLiteral("coordinator")));
        QVERIFY(!m_coordinator.token.isEmpty());
    }

    void ambiguousFramingIsRefusedAndTheConnectionClosed_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::newRow("two different Content-Length") << QByteArray("Content-Length: 0\r\nContent-Length: %1\r\n") << 400;
        QTest::newRow("Content-Length and chunked") << QByteArray("Content-Length: %1\r\nTransfer-Encoding: chunked\r\n") << 400;
        QTest::newRow("chunked and Content-Length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: %1\r\n") << 400;
        QTest::newRow("obsolete folding") << QByteArray("Content-Length: %1\r\nX-Note: a\r\n b\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("Content-Length: %1\r\nX-Note: a\rb\r\n") << 400;
    }

    void ambiguousFramingIsRefusedAndTheConnectionClosed()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        // The body is a whole second request: a server that read the first length (0), or
        // ignored the framing, would run it.
        const QJsonArray mutations { QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("table"), QStringLiteral("organisations") },
            { QStringLiteral("row"), kl::newId() }, { QStringLiteral("op"), QStringLiteral("delete") } } };
        const QByteArray hidden = get("/api/v1/me");
        const QByteArray request = "POST /api/v1/schools/" + m_school.toLatin1() + "/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + head.replace("%1", QByteArray::number(hidden.size())) + "\r\n" + hidden;
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send(request);
        const QList<Response> answers = c.read(2);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, status);
        QCOMPARE(answers.first().header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(answers.first().header("Connection").toLower(), QByteArray("close"));
        QVERIFY(c.serverClosed());
        QVERIFY(!c.buffer.contains("HTTP/1.1 200"));
    }

    void bareLineFeedsAreRefused()
    {
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send("GET /healthz HTTP/1.1\nHost: 127.0.0.1\n\n");
        const QList<Response> answers = c.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 400);
        QVERIFY(c.serverClosed());
    }

    void chunkedBodiesNeedALength()
    {
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send("POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        const QList<Response> answers = c.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 411);
        QVERIFY(c.serverClosed());
    }

    void pipelinedAnswersComeInOrder()
    {
        // A push (answered once the group commit is durable) and then requests the network
        // thread or a free worker could answer sooner: the answers keep the requests' order.
        const QJsonArray mutations { QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("table"), QStringLiteral("flags") },
            { QStringLiteral("row"), kl::newId() }, { QStringLiteral("op"), QStringLiteral("flag") },
            { QStringLiteral("fields"),
                QJsonObject { { QStringLiteral("target_kind"), QStringLiteral("person") }, { QStringLiteral("target_id"), kl::newId() },
                    { QStringLiteral("reason"), QStringLiteral("wrong_number") }, { QStringLiteral("comment"), QString() } } } } };
        const Enrolled teacher = enrollRaw(m_server.url(), m_server.invite(m_school));
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), teacher.clientId },
                                                  { QStringLiteral("mutations"), mutations } })
                                    .toJson(QJsonDocument::Compact);
        const QByteArray push = "POST /api/v1/schools/" + m_school.toLatin1() + "/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer " + teacher.token + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send(push + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + get("/api/v1/me") + "HEAD /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            + "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QList<Response> answers = c.read(5, { 3 });
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers.at(0).status, 200);
        QVERIFY(answers.at(0).body.contains("\"last_mutation_id\":1"));
        QVERIFY(answers.at(1).body.contains("\"status\":\"ok\""));
        QVERIFY(answers.at(2).body.contains(m_coordinator.deviceId.toLatin1()));
        QVERIFY(answers.at(3).body.isEmpty()); // HEAD: the same headers, no body
        QCOMPARE(answers.at(3).header("Content-Length"), answers.at(4).header("Content-Length"));
        QVERIFY(answers.at(4).body.contains("\"status\":\"ok\""));
        QVERIFY(c.buffer.isEmpty());
    }

    void aSlowSenderByteByByte()
    {
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        for (const char b : get("/api/v1/me")) {
            c.send(QByteArray(1, b));
            QCoreApplication::processEvents();
        }
        const QList<Response> answers = c.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
    }

    void theRealMethodReachesTheRoutes()
    {
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send("PROPFIND /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_coordinator.token
            + "\r\nDepth: 0\r\n\r\n");
        const QList<Response> answers = c.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 405);
        QCOMPARE(answers.first().header("Allow"), QByteArray("GET"));
    }

    void expectContinueAndClose()
    {
        const QByteArray body = "{\"invite\":\"x\"}";
        Conversation c;
        QVERIFY(c.open(m_server.port()));
        c.send("POST /api/v1/enroll HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nConnection: close\r\n"
               "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n");
        const QList<Response> interim = c.read(1);
        QCOMPARE(interim.size(), 1);
        QCOMPARE(interim.first().status, 100);
        c.send(body);
        const QList<Response> answers = c.read(1);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 422);
        QCOMPARE(answers.first().header("Connection").toLower(), QByteArray("close"));
        QVERIFY(c.serverClosed());
    }

    void everyAnswerSaysNosniff()
    {
        for (const QString &path : { QStringLiteral("/healthz"), QStringLiteral("/admin/"), QStringLiteral("/admin/api/session"),
                 QStringLiteral("/nope"), QStringLiteral("/api/v1/me") }) {
            Conversation c;
            QVERIFY(c.open(m_server.port()));
            c.send("GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            const QList<Response> answers = c.read(1);
            QCOMPARE(answers.size(), 1);
            QCOMPARE(answers.first().header("X-Content-Type-Options"), QByteArray("nosniff"));
            if (path.startsWith(QLatin1String("/admin"))) {
                QVERIFY(answers.first().header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
