// kl-bench server: the figures of the server's shape (storage off the network thread,
// group commit, connection storms), each beside a baseline measured in the same run.
//  - pulls while others push: no-change pulls of --pullers clients alone, then with
//    --pushers devices of another school on the same server pushing at the same time
//    (ratio: target >= 80 %); before, each pull waited behind each push's commit. Each
//    pusher pushes every --push-interval ms (40: 25 pushes/s a device, far above a phone);
//  - durable pushes: --devices devices pushing one mutation at a time, with group commit
//    (the default) and with it off (--group-commit off), on synchronous=FULL SQLite;
//  - storm: --storm connections opened at once, each asking for a no-change pull: how
//    many got an answer (200, or the documented 503) and how long the last one took.
#include "bench.h"
#include "loadclient.h"

#ifdef KL_HAVE_SERVER
#include "backend.h"
#include "storage.h"
#endif

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <sys/resource.h>

namespace {

#ifdef KL_HAVE_SERVER

struct School
{
    QString dbUrl;
    QString schoolId;
    QByteArray token;
};

std::optional<School> makeSchool(const QString &dbUrl, int rows)
{
    auto storage = kl::server::openStorage(dbUrl);
    if (!storage) {
        std::fprintf(stderr, "%s\n", qPrintable(storage.error().message));
        return std::nullopt;
    }
    auto school = storage.value()->createSchool(QStringLiteral("Meetschool"), {});
    if (!school) {
        return std::nullopt;
    }
    QList<kl::server::ServerRow> batch;
    for (int i = 0; i < rows; ++i) {
        batch << kl::server::ServerRow { QStringLiteral("organisations"), QUuid::createUuid().toString(QUuid::WithoutBraces), 0, false,
            bench::orgFields(i), {} };
    }
    if (auto r = storage.value()->importRows(school.value().id, batch); !r) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
        return std::nullopt;
    }
    const QString invite = kl::server::randomToken();
    const QString token = kl::server::randomToken();
    if (!storage.value()->createInvite(school.value().id, kl::server::hashToken(invite), QStringLiteral("coordinator"),
            QDateTime::currentDateTimeUtc().addDays(1), {})
        || !storage.value()->redeemInvite(kl::server::hashToken(invite), kl::server::hashToken(token), QStringLiteral("bench"),
            QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc())) {
        return std::nullopt;
    }
    return School { dbUrl, school.value().id, token.toLatin1() };
}

// The cursor of a device that is up to date.
QString headCursor(quint16 port, const School &s)
{
    QString cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        const QString path = QStringLiteral("/api/v1/schools/%1/sync/pull?limit=2000").arg(s.schoolId)
            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
        const QJsonObject page = QJsonDocument::fromJson(bench::exchange(port, bench::httpGet(path, s.token))).object();
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (cursor.isEmpty() || !page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    return cursor;
}

std::function<std::function<QByteArray()>(int)> pushers(const School &s, const QString &tag)
{
    const QString pushPath = QStringLiteral("/api/v1/schools/%1/sync/push").arg(s.schoolId);
    return [=](int i) {
        const QString clientId = QStringLiteral("bench-%1-%2").arg(tag).arg(i);
        auto counter = std::make_shared<qint64>(0);
        return [=]() {
            ++*counter;
            return bench::pushOneOrganisation(pushPath, s.token, clientId, *counter, int(*counter));
        };
    };
}

QString figure(const bench::Load &l)
{
    return QStringLiteral("%1 req/s, p99 %2 ms%3")
        .arg(l.perSecond, 0, 'f', 0)
        .arg(l.p99Ms, 0, 'f', 1)
        .arg(l.failures ? QStringLiteral(", %1 FAILED").arg(l.failures) : QString());
}

// Opens `count` connections at once, each sending `request`; every answer's status and
// the time until the last answer (or until `limitMs`).
bool storm(quint16 port, int count, const QByteArray &request, int limitMs)
{
    // One socket per connection here and one in the server: lift the soft file limit.
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
    }
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> answers { size_t(count), QByteArray() };
    std::vector<qint64> answeredAt(size_t(count), -1);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = s.get();
        QObject::connect(raw, &QTcpSocket::connected, raw, [raw, request] { raw->write(request); });
        QObject::connect(raw, &QTcpSocket::readyRead, raw, [raw, i, &answers, &answeredAt, &t] {
            answers[size_t(i)] += raw->readAll();
            if (answeredAt[size_t(i)] < 0 && answers[size_t(i)].contains("\r\n\r\n")) {
                answeredAt[size_t(i)] = t.elapsed();
            }
        });
        raw->connectToHost(QHostAddress::LocalHost, port);
        sockets.push_back(std::move(s));
    }
    while (t.elapsed() < limitMs) {
        bench::wait(50);
        if (std::count(answeredAt.begin(), answeredAt.end(), -1) == 0) {
            break;
        }
    }
    int ok = 0, busy = 0, other = 0, none = 0;
    qint64 last = 0;
    for (int i = 0; i < count; ++i) {
        if (answeredAt[size_t(i)] < 0) {
            ++none;
            continue;
        }
        last = std::max(last, answeredAt[size_t(i)]);
        const QByteArray status = answers[size_t(i)].mid(9, 3);
        (status == "200" ? ok : status == "503" ? busy : other) += 1;
    }
    bench::say(QStringLiteral("storm: %1 connections at once: %2 x 200, %3 x 503 (busy, Retry-After), %4 other, %5 unanswered "
                              "within %6 s; last answer after %7 ms")
            .arg(count)
            .arg(ok)
            .arg(busy)
            .arg(other)
            .arg(none)
            .arg(limitMs / 1000)
            .arg(last));
    return none == 0 && other == 0;
}

#endif

} // namespace

int runServerBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench server needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 2;
#else
    const int rows = bench::optionValue(args, QStringLiteral("--rows"), QStringLiteral("2000")).toInt();
    const int seconds = bench::optionValue(args, QStringLiteral("--seconds"), QStringLiteral("3")).toInt();
    const int pullerCount = bench::optionValue(args, QStringLiteral("--pullers"), QStringLiteral("16")).toInt();
    const int pusherCount = bench::optionValue(args, QStringLiteral("--pushers"), QStringLiteral("4")).toInt();
    // Phones push an edit now and then; 0: as fast as the server answers (a CPU contest on 2 cores).
    const int pushIntervalMs = bench::optionValue(args, QStringLiteral("--push-interval"), QStringLiteral("40")).toInt();
    const int deviceCount = bench::optionValue(args, QStringLiteral("--devices"), QStringLiteral("8")).toInt();
    const int stormCount = bench::optionValue(args, QStringLiteral("--storm"), QStringLiteral("2000")).toInt();
    QTemporaryDir dir;
    const auto school = makeSchool(kl::server::sqliteUrl(dir.path()), rows);
    const auto neighbour = makeSchool(kl::server::sqliteUrl(dir.path()), rows); // pushes while the first school pulls
    if (!school || !neighbour) {
        return 1;
    }
    bench::say(QStringLiteral("kl-bench server: SQLite (WAL, synchronous=FULL), %1 rows, %2 s per figure").arg(rows).arg(seconds));
    bool ok = true;
    {
        bench::Server server = bench::spawn(school->dbUrl);
        if (!server.port) {
            std::fputs("cannot start kortelijn-server\n", stderr);
            return 1;
        }
        const QByteArray noChange = bench::httpGet(
            QStringLiteral("/api/v1/schools/%1/sync/pull?cursor=%2").arg(school->schoolId, headCursor(server.port, *school)), school->token);
        auto pulls = [noChange](int) { return [noChange] { return noChange; }; };
        const bench::Load alone = bench::measure({ server.port }, pullerCount, seconds, pulls);
        const QList<bench::Load> mixed = bench::measureTogether({ bench::LoadSpec { { server.port }, pullerCount, pulls, 0 },
                                                                     bench::LoadSpec { { server.port }, pusherCount,
                                                                         pushers(*neighbour, QStringLiteral("mix")), pushIntervalMs } },
            seconds);
        bench::say(QStringLiteral("no-change pulls, %1 clients alone: %2").arg(pullerCount).arg(figure(alone)));
        bench::say(QStringLiteral("no-change pulls, %1 clients while %2 devices of another school push (every %3 ms): %4 (%5 % of alone); "
                                  "the pushes: %6")
                .arg(pullerCount)
                .arg(pusherCount)
                .arg(pushIntervalMs)
                .arg(figure(mixed.at(0)))
                .arg(100.0 * mixed.at(0).perSecond / alone.perSecond, 0, 'f', 0)
                .arg(figure(mixed.at(1))));
        ok = ok && !alone.failures && !mixed.at(0).failures && !mixed.at(1).failures;
        if (stormCount > 0) {
            // Fresh connections: the limit of open connections (512) answers the rest with 503.
            ok = storm(server.port, stormCount, noChange, 5000) && ok;
        }
        server.process->kill();
        server.process->waitForFinished(5000);
    }
    QList<bench::Load> pushes;
    for (const QString &mode : { QStringLiteral("on"), QStringLiteral("off") }) {
        bench::Server server = bench::spawn(school->dbUrl, { QStringLiteral("--group-commit"), mode });
        if (!server.port) {
            return 1;
        }
        pushes << bench::measure({ server.port }, deviceCount, seconds, pushers(*school, QStringLiteral("gc-") + mode));
        server.process->kill();
        server.process->waitForFinished(5000);
    }
    bench::say(QStringLiteral("durable pushes, %1 devices: group commit on %2; off %3 (on/off x%4)")
            .arg(deviceCount)
            .arg(figure(pushes.at(0)), figure(pushes.at(1)))
            .arg(pushes.at(0).perSecond / std::max(1.0, pushes.at(1).perSecond), 0, 'f', 2));
    ok = ok && !pushes.at(0).failures && !pushes.at(1).failures;
    return ok ? 0 : 1;
#endif
}
