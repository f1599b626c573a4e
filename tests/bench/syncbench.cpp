// kl-bench sync: the sync figures of issue 4, each beside a baseline from the same run.
//  - first sync of a school with N partner contacts (DemoData::populateScale): time, bytes
//  - incremental sync of one change: bytes on the wire (push and pull)
//  - no-change pulls/s with concurrent keep-alive clients, beside a bare Qt HttpServer
//    route (`kl-bench bare-server`, a process like the real server) -> ratio
//  - pushes/s with durable commits (synchronous=FULL, one mutation per push)
// The servers run as separate processes so client and server do not share an event loop.
#include "bench.h"
#include "database.h"
#include "demodata.h"
#include "organisationrepository.h"
#include "rows.h"
#include "searchindex.h"
#include "syncengine.h"
#include "syncprotocol.h"
#include "tokenstore.h"

#ifdef KL_HAVE_SERVER
#include "sqlitestorage.h"

#include <QHttpServer>
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

#include <unistd.h>

namespace {

#ifdef KL_HAVE_SERVER

// Forwards a connection to the server and counts the bytes both ways.
class CountingProxy : public QTcpServer
{
public:
    explicit CountingProxy(quint16 target) : m_target(target) { listen(QHostAddress::LocalHost, 0); }
    qint64 up = 0;
    qint64 down = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *in = new QTcpSocket(this);
        in->setSocketDescriptor(handle);
        auto *out = new QTcpSocket(this);
        out->connectToHost(QHostAddress::LocalHost, m_target);
        connect(in, &QTcpSocket::readyRead, this, [this, in, out] {
            const QByteArray b = in->readAll();
            up += b.size();
            out->write(b);
        });
        connect(out, &QTcpSocket::readyRead, this, [this, in, out] {
            const QByteArray b = out->readAll();
            down += b.size();
            in->write(b);
        });
        connect(in, &QTcpSocket::disconnected, out, &QTcpSocket::disconnectFromHost);
        connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
    }

private:
    quint16 m_target;
};

// A keep-alive HTTP/1.1 client that sends the same request again as soon as the answer
// is complete: the load generator for requests/s.
class LoopClient : public QObject
{
public:
    LoopClient(quint16 port, QByteArray request, qint64 *counter, int *failures)
        : m_request(std::move(request))
        , m_counter(counter)
        , m_failures(failures)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoopClient::onRead);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void stop() { m_stopped = true; }

private:
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
            if (!head.startsWith("http/1.1 200")) {
                ++*m_failures;
            }
            m_buffer.remove(0, end + 4 + length);
            ++*m_counter;
            if (!m_stopped) {
                m_socket.write(m_request);
            }
        }
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    qint64 *m_counter;
    int *m_failures;
    bool m_stopped = false;
};

double requestsPerSecond(quint16 port, const QByteArray &request, int clients, int seconds, int *failures)
{
    qint64 count = 0;
    std::vector<std::unique_ptr<LoopClient>> loops;
    for (int i = 0; i < clients; ++i) {
        loops.push_back(std::make_unique<LoopClient>(port, request, &count, failures));
    }
    QEventLoop warm;
    QTimer::singleShot(100, &warm, &QEventLoop::quit);
    warm.exec();
    const qint64 start = count;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double rate = double(count - start) * 1000.0 / double(t.elapsed());
    for (auto &l : loops) {
        l->stop();
    }
    return rate;
}

// CPU time of a process in ms (utime + stime from /proc): a figure the other load on a
// shared machine does not inflate the way it inflates wall time.
qint64 processCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = f.readAll();
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return -1;
    }
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

struct Spawned
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
};

Spawned spawn(const QString &program, const QStringList &args)
{
    Spawned s { std::make_unique<QProcess>(), 0 };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kl.*.info=false"));
    s.process->setProcessEnvironment(env);
    s.process->start(program, args);
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000 && s.process->waitForReadyRead(20000)) {
        seen += s.process->readAllStandardOutput();
        const qsizetype at = seen.indexOf("port=");
        if (at >= 0 && seen.indexOf('\n', at) > at) {
            s.port = quint16(seen.mid(at + 5, seen.indexOf('\n', at) - at - 5).trimmed().toUInt());
            break;
        }
    }
    return s;
}

bool runSync(kl::SyncEngine &engine)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &kl::SyncEngine::syncFinished, &loop, [&](bool r) {
        ok = r;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    return ok;
}

bool enroll(kl::SyncEngine &engine, const QString &link)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &kl::SyncEngine::enrollFinished, &loop, [&](bool r, const QString &) {
        ok = r;
        loop.quit();
    });
    engine.enroll(link, QStringLiteral("bench"));
    loop.exec();
    return ok;
}

int bareServer()
{
    // The baseline: Qt HttpServer with one route and nothing else (no auth, no storage).
    static QHttpServer server;
    server.route(QStringLiteral("/bare"), [] {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("rows"), QJsonArray() }, { QStringLiteral("has_more"), false } });
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    bench::say(QStringLiteral("listening port=%1").arg(port));
    return QCoreApplication::exec();
}

#endif

} // namespace

// kl-bench public: the parents' public page, its vCard and the 404 answered per second
// beside the bare route; found and not-found should cost about the same (the 404 must
// not tell an unpublished slug from an unknown one by its timing).
int runPublicBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench public needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 2;
#else
    int clients = 8, seconds = 3;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const int v = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--clients")) {
            clients = v;
        } else if (args.at(i) == QLatin1String("--seconds")) {
            seconds = v;
        }
    }
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("server"));
    Spawned server = spawn(QStringLiteral(KL_SERVER_BIN), { QStringLiteral("serve"), QStringLiteral("--data"), data,
                                                             QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--rate"),
                                                             QStringLiteral("0"), QStringLiteral("--demo") });
    Spawned bare = spawn(QCoreApplication::applicationFilePath(), { QStringLiteral("bare-server") });
    if (!server.port || !bare.port) {
        std::fputs("cannot start the servers\n", stderr);
        return 1;
    }
    auto cli = [&](const QStringList &a) {
        QProcess p;
        p.start(QStringLiteral(KL_SERVER_BIN), a + QStringList { QStringLiteral("--data"), data });
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString school = cli({ QStringLiteral("status") }).section(QStringLiteral("school id="), 1).section(QLatin1Char(' '), 0, 0);
    const QString pages = cli({ QStringLiteral("public-pages"), QStringLiteral("--school"), school, QStringLiteral("--public-url"),
        QStringLiteral("http://127.0.0.1:%1").arg(server.port) });
    const QString slug = pages.section(QStringLiteral("slug="), 1).section(QLatin1Char(' '), 0, 0);
    if (slug.size() != 16) {
        std::fputs("no published partner in the demo school\n", stderr);
        return 1;
    }
    auto plain = [](const QString &path) {
        return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: nl-NL\r\n\r\n";
    };
    const QByteArray bareRequest = "GET /bare HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    int failures = 0;
    int notFound = 0; // the 404 loop counts every answer as "not 200", as it should be
    double bareSum = 0, pageSum = 0, vcardSum = 0, missingSum = 0;
    const int slices = std::max(2, seconds * 2);
    for (int i = 0; i < slices; ++i) {
        bareSum += requestsPerSecond(bare.port, bareRequest, clients, 1, &failures);
        pageSum += requestsPerSecond(server.port, plain(QStringLiteral("/p/") + slug), clients, 1, &failures);
        vcardSum += requestsPerSecond(server.port, plain(QStringLiteral("/p/%1.vcf").arg(slug)), clients, 1, &failures);
        missingSum += requestsPerSecond(server.port, plain(QStringLiteral("/p/aaaaaaaaaaaaaaaa")), clients, 1, &notFound);
    }
    const double bareRate = bareSum / slices, pageRate = pageSum / slices, vcardRate = vcardSum / slices,
                 missingRate = missingSum / slices;
    bench::say(QStringLiteral("kl-bench public: demo school, %1 concurrent keep-alive clients, %2 failed").arg(clients).arg(failures));
    bench::say(QStringLiteral("public page: %1 req/s vs bare Qt HttpServer route %2 req/s = %3%")
            .arg(pageRate, 0, 'f', 0)
            .arg(bareRate, 0, 'f', 0)
            .arg(100.0 * pageRate / bareRate, 0, 'f', 0));
    bench::say(QStringLiteral("vCard download: %1 req/s = %2% of the bare route").arg(vcardRate, 0, 'f', 0).arg(100.0 * vcardRate / bareRate, 0, 'f', 0));
    bench::say(QStringLiteral("unknown slug (404): %1 req/s; 404 vs page cost ratio %2 (1.0 = same work per answer)")
            .arg(missingRate, 0, 'f', 0)
            .arg(pageRate / missingRate, 0, 'f', 2));
    server.process->kill();
    bare.process->kill();
    server.process->waitForFinished(5000);
    bare.process->waitForFinished(5000);
    return failures == 0 ? 0 : 1;
#endif
}

int runSyncBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench sync needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 2;
#else
    if (args.value(0) == QLatin1String("bare-server")) {
        return bareServer();
    }
    int contacts = 10000, clients = 8, seconds = 3;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int v = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--contacts")) {
            contacts = v;
        } else if (args.at(i) == QLatin1String("--clients")) {
            clients = v;
        } else if (args.at(i) == QLatin1String("--seconds")) {
            seconds = v;
        }
    }
    QTemporaryDir dir;
    // The school: populateScale's partners loaded into server storage as one version.
    QString schoolId;
    QString coordinatorToken;
    int rowCount = 0;
    {
        auto local = kl::Database::open(dir.filePath(QStringLiteral("source.db")));
        if (!local || !kl::DemoData::populateScale(*local.value(), contacts)) {
            std::fputs("cannot build the benchmark school\n", stderr);
            return 1;
        }
        auto storage = kl::server::SqliteStorage::open(dir.filePath(QStringLiteral("server")));
        if (!storage) {
            std::fputs("cannot open server storage\n", stderr);
            return 1;
        }
        auto school = storage.value()->createSchool(QStringLiteral("Benchmarkschool"), {});
        schoolId = school.value().id;
        QList<kl::server::ServerRow> rows;
        for (const QString &table : kl::rows::syncedTables()) {
            auto found = kl::rows::loadWhere(*local.value(), table, QStringLiteral("deleted = 0"), {});
            for (const QVariantMap &row : found.value()) {
                kl::server::ServerRow r { table, row.value(QStringLiteral("id")).toString(), 0, false, {}, {} };
                for (const QString &c : kl::sync::syncedColumns(table)) {
                    r.fields.insert(c, kl::sync::encodeValue(table, c, row.value(c)));
                }
                rows << r;
            }
        }
        rowCount = int(rows.size());
        if (!storage.value()->importRows(schoolId, rows)) {
            std::fputs("import failed\n", stderr);
            return 1;
        }
    }
    Spawned server = spawn(QStringLiteral(KL_SERVER_BIN),
        { QStringLiteral("serve"), QStringLiteral("--data"), dir.filePath(QStringLiteral("server")), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--rate"), QStringLiteral("0") });
    Spawned bare = spawn(QCoreApplication::applicationFilePath(), { QStringLiteral("bare-server") });
    if (!server.port || !bare.port) {
        std::fputs("cannot start the servers\n", stderr);
        return 1;
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port);
    auto invite = [&](const QString &role) {
        QProcess p;
        p.start(QStringLiteral(KL_SERVER_BIN), { QStringLiteral("invite"), QStringLiteral("--data"), dir.filePath(QStringLiteral("server")),
                                                   QStringLiteral("--school"), schoolId, QStringLiteral("--server-url"), url,
                                                   QStringLiteral("--role"), role });
        p.waitForFinished(30000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        return out.section(QStringLiteral("invite_link="), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    };
    bench::say(QStringLiteral("kl-bench sync: %1 contacts -> %2 synced rows").arg(contacts).arg(rowCount));

    // 1. First sync, timed on a direct connection.
    kl::MemoryTokenStore tokensA;
    auto dbA = kl::Database::open(dir.filePath(QStringLiteral("phoneA.db")));
    kl::SyncEngine phoneA(*dbA.value(), tokensA);
    phoneA.setPageLimit(2000);
    if (!enroll(phoneA, invite(QStringLiteral("coordinator")))) {
        std::fputs("enroll failed\n", stderr);
        return 1;
    }
    const qint64 clientCpu0 = processCpuMs(QCoreApplication::applicationPid());
    const qint64 serverCpu0 = processCpuMs(server.process->processId());
    QElapsedTimer t;
    t.start();
    const bool firstOk = runSync(phoneA);
    const qint64 firstMs = t.elapsed();
    const qint64 clientCpuMs = processCpuMs(QCoreApplication::applicationPid()) - clientCpu0;
    const qint64 serverCpuMs = processCpuMs(server.process->processId()) - serverCpu0;
    // Same sync through the counting proxy for the bytes.
    CountingProxy proxy(server.port);
    kl::MemoryTokenStore tokensB;
    auto dbB = kl::Database::open(dir.filePath(QStringLiteral("phoneB.db")));
    kl::SyncEngine phoneB(*dbB.value(), tokensB);
    phoneB.setPageLimit(2000);
    const auto parsed = kl::sync::parseInvite(invite(QStringLiteral("teacher")));
    enroll(phoneB, kl::sync::inviteLink(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort())), parsed->token));
    proxy.up = proxy.down = 0;
    const bool firstBOk = runSync(phoneB);
    // The search index is rebuilt inside the last page's transaction; time it on its own
    // so the figure shows what is sync and what is search.
    for (const char *sql : { "DELETE FROM search_terms", "DELETE FROM search_docs",
             "INSERT INTO search_fts(search_fts) VALUES ('delete-all')" }) {
        (void)dbA.value()->run(QLatin1String(sql));
    }
    QElapsedTimer rebuild;
    const qint64 rebuildCpu0 = processCpuMs(QCoreApplication::applicationPid());
    rebuild.start();
    (void)kl::SearchIndex(*dbA.value()).rebuild(); // into an empty index, as in a first sync
    const qint64 rebuildMs = rebuild.elapsed();
    const qint64 rebuildCpuMs = processCpuMs(QCoreApplication::applicationPid()) - rebuildCpu0;
    bench::say(QStringLiteral("first sync: %1 ms for %2 rows (%3; of which ~%6 ms search index rebuild; CPU: app %7 ms of which rebuild %9 ms, server %8 ms), %4 bytes received, %5 bytes sent  [target <= 1000 ms]")
            .arg(firstMs)
            .arg(rowCount)
            .arg(firstOk && firstBOk ? QStringLiteral("ok") : QStringLiteral("FAILED"))
            .arg(proxy.down)
            .arg(proxy.up)
            .arg(rebuildMs)
            .arg(clientCpuMs)
            .arg(serverCpuMs)
            .arg(rebuildCpuMs));

    // 2. One change: A edits one field and pushes; B pulls it.
    kl::OrganisationRepository orgs(*dbA.value());
    auto list = orgs.list(kl::Origin::School);
    kl::Organisation o = list.value().first();
    o.city = QStringLiteral("Amersfoort");
    (void)orgs.save(o);
    CountingProxy pushProxy(server.port);
    kl::DeviceCredentials credsA = tokensA.load().value();
    coordinatorToken = credsA.token;
    credsA.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(pushProxy.serverPort());
    (void)tokensA.save(credsA);
    runSync(phoneA);
    proxy.up = proxy.down = 0;
    runSync(phoneB);
    bench::say(QStringLiteral("one change: pull %1 bytes on the wire (%2 up + %3 down) [target <= 1024]; the push %4 bytes (%5 up + %6 down)")
            .arg(proxy.up + proxy.down)
            .arg(proxy.up)
            .arg(proxy.down)
            .arg(pushProxy.up + pushProxy.down)
            .arg(pushProxy.up)
            .arg(pushProxy.down));

    // 3. No-change pulls/s beside the bare route.
    const QString cursor = dbB.value()->meta(QStringLiteral("sync.cursor"));
    const QByteArray teacherToken = tokensB.load().value().token.toLatin1();
    const QByteArray pull = bench::httpGet(QStringLiteral("/api/v1/schools/%1/sync/pull?cursor=%2").arg(schoolId, cursor), teacherToken);
    const QByteArray bareRequest = "GET /bare HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    int failures = 0;
    // Interleaved slices, so a neighbour's load on the machine hits both sides alike.
    double bareSum = 0, pullSum = 0;
    const int slices = std::max(2, seconds * 2);
    for (int i = 0; i < slices; ++i) {
        bareSum += requestsPerSecond(bare.port, bareRequest, clients, 1, &failures);
        pullSum += requestsPerSecond(server.port, pull, clients, 1, &failures);
    }
    const double bareRate = bareSum / slices;
    const double pullRate = pullSum / slices;
    bench::say(QStringLiteral("no-change sync: %1 req/s vs bare Qt HttpServer route %2 req/s = %3% (%4 concurrent clients, %5 failed) [target >= 40%]")
            .arg(pullRate, 0, 'f', 0)
            .arg(bareRate, 0, 'f', 0)
            .arg(100.0 * pullRate / bareRate, 0, 'f', 0)
            .arg(clients)
            .arg(failures));

    // 4. Durable pushes: one mutation per push, each a committed, fsynced transaction.
    const QString clientId = kl::newId();
    const QByteArray pushPath = QStringLiteral("/api/v1/schools/%1/sync/push").arg(schoolId).toUtf8();
    qint64 pushes = 0;
    t.restart();
    while (t.elapsed() < seconds * 1000) {
        const QJsonObject m { { QStringLiteral("id"), pushes + 1 }, { QStringLiteral("table"), QStringLiteral("organisations") },
            { QStringLiteral("row"), o.id }, { QStringLiteral("op"), QStringLiteral("upsert") }, { QStringLiteral("base"), 0 },
            { QStringLiteral("fields"), QJsonObject { { QStringLiteral("website"), QStringLiteral("https://p%1.example").arg(pushes) } } } };
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("client_id"), clientId },
                                                  { QStringLiteral("mutations"), QJsonArray { m } } })
                                    .toJson(QJsonDocument::Compact);
        const QByteArray answer = bench::exchange(server.port, bench::httpPost(QString::fromUtf8(pushPath), coordinatorToken.toLatin1(), body), 5000);
        if (!answer.contains("\"applied\"")) {
            std::fprintf(stderr, "push failed: %s\n", answer.left(300).constData());
            break;
        }
        ++pushes;
    }
    bench::say(QStringLiteral("durable pushes: %1 pushes/s (one mutation each, synchronous=FULL, sequential)")
            .arg(double(pushes) * 1000.0 / double(t.elapsed()), 0, 'f', 0));
    server.process->kill();
    bare.process->kill();
    server.process->waitForFinished(5000);
    bare.process->waitForFinished(5000);
    return firstOk && firstBOk ? 0 : 1;
#endif
}
