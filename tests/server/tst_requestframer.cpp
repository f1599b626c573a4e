// The strict request framing of the HTTP front, in-process: every ambiguous or malformed
// head is refused with its status, well-formed ones give their real method and length,
// and where requests end does not depend on how the bytes were split.
#include "requestframer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kl::server;

namespace {

using Kind = RequestFramer::Event::Kind;

// The outcome of a whole stream: the heads framed, and the error status if any.
struct Outcome
{
    QList<QByteArray> methods;
    QList<qint64> lengths;
    int completed = 0;
    int error = 0;
    bool operator==(const Outcome &) const = default;
};

Outcome frame(const QByteArray &stream, const QList<int> &cuts = {})
{
    RequestFramer framer(16 * 1024, 1024 * 1024);
    Outcome o;
    qsizetype at = 0;
    QList<int> points = cuts;
    points << int(stream.size());
    for (int cut : points) {
        for (const auto &e : framer.feed(QByteArrayView(stream).sliced(at, cut - at))) {
            if (e.kind == Kind::HeadComplete) {
                o.methods << e.head.method;
                o.lengths << e.head.contentLength;
            } else if (e.kind == Kind::RequestComplete) {
                ++o.completed;
            } else if (e.kind == Kind::Error) {
                o.error = e.error.status;
            }
        }
        at = cut;
    }
    return o;
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heads_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status"); // 0: accepted
        const QByteArray host = "Host: school.example\r\n";
        QTest::newRow("plain GET") << QByteArray("GET /healthz HTTP/1.1\r\n" + host + "\r\n") << 0;
        QTest::newRow("PROPFIND keeps its name") << QByteArray("PROPFIND /dav/ HTTP/1.1\r\n" + host + "Depth: 0\r\n\r\n") << 0;
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0;
        QTest::newRow("two different lengths")
            << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 40\r\n\r\nhello") << 400;
        QTest::newRow("two equal lengths") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 5\r\n\r\nhello")
                                           << 400;
        QTest::newRow("a length list") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: 5, 5\r\n\r\nhello") << 400;
        QTest::newRow("length and chunked")
            << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("chunked alone") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n") << 411;
        QTest::newRow("obsolete folding") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: one\r\n two\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\n" + host + "\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\n" + host + "Content-Length : 0\r\n\r\n") << 400;
        QTest::newRow("NUL in a header") << QByteArray("GET / HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 13)) << 400;
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505;
        QTest::newRow("a length too big") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: 99999999999\r\n\r\n") << 413;
        QTest::newRow("a negative length") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("websocket upgrade")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n") << 400;
        QTest::newRow("unknown expectation") << QByteArray("POST /x HTTP/1.1\r\n" + host + "Expect: 200-ok\r\nContent-Length: 0\r\n\r\n") << 417;
        QTest::newRow("authority form") << QByteArray("CONNECT school.example:443 HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: " + QByteArray(20000, 'a') + "\r\n\r\n") << 431;
    }

    void heads()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const Outcome o = frame(request);
        QCOMPARE(o.error, status);
        if (status == 0) {
            QCOMPARE(o.methods.size(), 1);
            QCOMPARE(o.methods.first(), request.left(request.indexOf(' ')));
            QCOMPARE(o.completed, 1);
        } else {
            QVERIFY(o.completed == 0 || status == 413 || o.methods.isEmpty());
        }
    }

    // A smuggled second request inside the first one's body is never framed as a request.
    void aSmuggledRequestIsNeverFramed()
    {
        const QByteArray stream = "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nContent-Length: 44\r\n\r\n"
                                  "GET /api/v1/me HTTP/1.1\r\nHost: a\r\n\r\n";
        const Outcome o = frame(stream);
        QCOMPARE(o.error, 400);
        QVERIFY(o.methods.isEmpty());
    }

    void pipelinedRequestsWhateverTheSplit()
    {
        const QByteArray stream = "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"
                                  "\r\n" // an empty line between requests is allowed
                                  "POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello\r\n\r\nyo"
                                  "REPORT /c HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n<a>"
                                  "HEAD /d HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
        const Outcome whole = frame(stream);
        QCOMPARE(whole.error, 0);
        QCOMPARE(whole.methods, (QList<QByteArray> { "GET", "POST", "REPORT", "HEAD" }));
        QCOMPARE(whole.lengths, (QList<qint64> { 0, 11, 3, 0 }));
        QCOMPARE(whole.completed, 4);
        // Byte by byte, and in 200 random splits: the same requests, the same boundaries.
        QList<int> everyByte;
        for (int i = 1; i < stream.size(); ++i) {
            everyByte << i;
        }
        QCOMPARE(frame(stream, everyByte), whole);
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            QList<int> cuts;
            for (int i = 1; i < stream.size(); ++i) {
                if (rng.bounded(8) == 0) {
                    cuts << i;
                }
            }
            QCOMPARE(frame(stream, cuts), whole);
        }
    }

    void aHeadSplitRightAfterCarriageReturn()
    {
        const QByteArray bad = "GET / HTTP/1.1\r\nHost: a\rX";
        QCOMPARE(frame(bad, { int(bad.size()) - 1 }).error, 400);
        const QByteArray good = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
        QCOMPARE(frame(good, { int(good.indexOf('\r')) + 1 }).error, 0);
    }

    void closeAndContinue()
    {
        RequestHead head;
        FramingError error;
        QVERIFY(RequestFramer::parseHead("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, close", &head, &error));
        QVERIFY(head.closeAfter);
        QVERIFY(RequestFramer::parseHead("GET / HTTP/1.0", &head, &error));
        QVERIFY(head.closeAfter);
        QVERIFY(RequestFramer::parseHead("GET / HTTP/1.0\r\nConnection: keep-alive", &head, &error));
        QVERIFY(!head.closeAfter);
        QVERIFY(RequestFramer::parseHead("POST /x HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 9", &head, &error));
        QVERIFY(head.expectContinue);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
