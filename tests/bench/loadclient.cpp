#include "loadclient.h"

#include "bench.h"
#include "syncprotocol.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace bench {

namespace {

// Keep-alive HTTP/1.1 client: sends the next request as soon as an answer is complete
// and records each request's latency.
class TimedClient : public QObject
{
public:
    TimedClient(quint16 port, std::function<QByteArray()> next, std::vector<qint64> *latencies, int *failures, int intervalMs = 0)
        : m_next(std::move(next))
        , m_latencies(latencies)
        , m_failures(failures)
        , m_intervalMs(intervalMs)
    {
        m_pace.start();
        connect(&m_socket, &QTcpSocket::connected, this, &TimedClient::send);
        connect(&m_socket, &QTcpSocket::readyRead, this, &TimedClient::onRead);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool recording = false;
    bool stopped = false;

private:
    void send()
    {
        m_pace.start();
        m_timer.start();
        m_socket.write(m_next());
    }
    void onRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QByteArray head = m_buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qint64 length = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            if (m_buffer.size() < end + 4 + length) {
                return;
            }
            if (recording) {
                m_latencies->push_back(m_timer.nsecsElapsed());
                if (!head.startsWith("http/1.1 2")) { // 200, or 207 for WebDAV
                    ++*m_failures;
                }
            }
            m_buffer.remove(0, end + 4 + length);
            if (!stopped) {
                // A paced client (a phone that pushes now and then) waits out its interval.
                const qint64 wait = m_intervalMs - m_pace.elapsed();
                if (wait > 0) {
                    QTimer::singleShot(int(wait), this, [this] {
                        if (!stopped) {
                            send();
                        }
                    });
                } else {
                    send();
                }
            }
        }
    }

    QTcpSocket m_socket;
    std::function<QByteArray()> m_next;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    std::vector<qint64> *m_latencies;
    int *m_failures;
    int m_intervalMs = 0;
    QElapsedTimer m_pace;
};

} // namespace

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QList<Load> measureTogether(const QList<LoadSpec> &loads, int seconds)
{
    QList<Load> out(loads.size());
    std::vector<std::vector<qint64>> latencies(size_t(loads.size()));
    std::vector<std::unique_ptr<TimedClient>> loops;
    std::vector<size_t> owner;
    for (qsizetype k = 0; k < loads.size(); ++k) {
        const LoadSpec &spec = loads.at(k);
        for (int i = 0; i < spec.clients; ++i) {
            loops.push_back(std::make_unique<TimedClient>(spec.ports.at(i % spec.ports.size()), spec.makeNext(i), &latencies[size_t(k)],
                &out[k].failures, spec.intervalMs));
        }
    }
    wait(200); // connections up, caches warm
    for (auto &l : loops) {
        l->recording = true;
    }
    QElapsedTimer t;
    t.start();
    wait(seconds * 1000);
    const qint64 elapsed = t.elapsed();
    for (auto &l : loops) {
        l->recording = false;
        l->stopped = true;
    }
    for (qsizetype k = 0; k < loads.size(); ++k) {
        out[k].perSecond = double(latencies[size_t(k)].size()) * 1000.0 / double(elapsed);
        out[k].p99Ms = percentileMs(latencies[size_t(k)], 99);
    }
    wait(100);
    return out;
}

Load measure(const QList<quint16> &ports, int clients, int seconds, const std::function<std::function<QByteArray()>(int)> &makeNext)
{
    return measureTogether({ LoadSpec { ports, clients, makeNext, 0 } }, seconds).first();
}

Server spawn(const QString &dbUrl, const QStringList &extraArgs)
{
    Server s { std::make_unique<QProcess>(), 0 };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kl.*.info=false"));
    s.process->setProcessEnvironment(env);
    // KL_BENCH_SERVER_BIN: measure another build (an older commit) with the same load.
    const QString bin = qEnvironmentVariable("KL_BENCH_SERVER_BIN", QStringLiteral(KL_SERVER_BIN));
    s.process->start(bin, QStringList { QStringLiteral("serve"), QStringLiteral("--db"), dbUrl, QStringLiteral("--port"),
                                                        QStringLiteral("0"), QStringLiteral("--rate"), QStringLiteral("0") } + extraArgs);
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000 && s.process->waitForReadyRead(30000)) {
        seen += s.process->readAllStandardOutput();
        const qsizetype at = seen.indexOf("port=");
        if (at >= 0 && seen.indexOf('\n', at) > at) {
            s.port = quint16(seen.mid(at + 5, seen.indexOf('\n', at) - at - 5).trimmed().toUInt());
            break;
        }
    }
    return s;
}

QJsonObject orgFields(int i)
{
    QJsonObject f;
    for (const QString &c : kl::sync::syncedColumns(QStringLiteral("organisations"))) {
        f.insert(c, QString());
    }
    f.insert(QStringLiteral("origin"), 0);
    f.insert(QStringLiteral("name"), QStringLiteral("Partner %1").arg(i));
    f.insert(QStringLiteral("city"), QStringLiteral("Utrecht"));
    f.insert(QStringLiteral("category"), QStringLiteral("zorg"));
    f.insert(QStringLiteral("latitude"), QJsonValue::Null);
    f.insert(QStringLiteral("longitude"), QJsonValue::Null);
    f.insert(QStringLiteral("visibility"), QStringLiteral("{}"));
    return f;
}

QByteArray pushOneOrganisation(const QString &pushPath, const QByteArray &token, const QString &clientId, qint64 id, int i)
{
    const QJsonObject m { { QStringLiteral("id"), id }, { QStringLiteral("table"), QStringLiteral("organisations") },
        { QStringLiteral("row"), QUuid::createUuid().toString(QUuid::WithoutBraces) }, { QStringLiteral("op"), QStringLiteral("upsert") },
        { QStringLiteral("base"), 0 }, { QStringLiteral("fields"), orgFields(i) } };
    return httpPost(pushPath, token,
        QJsonDocument(QJsonObject { { QStringLiteral("client_id"), clientId }, { QStringLiteral("mutations"), QJsonArray { m } } })
            .toJson(QJsonDocument::Compact));
}

} // namespace bench
