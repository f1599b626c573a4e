// kl-bench scale: the sync server on both storage backends (SQLite, PostgreSQL), with 1 up
// to --instances (default 4) kortelijn-server instances on one database, for schools of 1k
// and 100k rows. Per setup:
//  - snapshot: a first sync's pull of every row in pages of 2000 (time, pages/s)
//  - no-change pulls: requests/s and p99 with concurrent keep-alive clients
//  - pushes: one mutation per push from concurrent clients: requests/s and p99
// The baseline is the same run's smallest school on SQLite with one instance: every
// figure is also printed as a ratio to it, so growth with data size and backend shows.
#include "bench.h"
#include "loadclient.h"
#include "rows.h"
#include "syncprotocol.h"

#ifdef KL_HAVE_SERVER
#include "backend.h"
#include "storage.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

#ifdef KL_HAVE_SERVER

using bench::Load;
using bench::Server;
using bench::measure;
using bench::orgFields;
using bench::spawn;

bool adminExec(const QString &adminUrl, const QString &sql)
{
    const QUrl u(adminUrl);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        if (db.open()) {
            QSqlQuery q(db);
            // VACUUM as a non-superuser warns about every shared catalogue it skips.
            (void)q.exec(QStringLiteral("SET client_min_messages TO error"));
            ok = q.exec(sql);
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
            }
        } else {
            std::fprintf(stderr, "cannot connect to %s: %s\n", qPrintable(u.host()), qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

struct Figures
{
    double snapshotMs = 0;
    Load pulls;
    Load pushes;
};

// One backend and size: load the school, then measure with one and with two instances.
bool runSetup(const QString &backend, const QString &dbUrl, int rowCount, int clients, int seconds, int maxInstances,
    QList<QPair<QString, Figures>> *out)
{
    QString schoolId;
    const QString deviceToken = kl::server::randomToken();
    {
        auto storage = kl::server::openStorage(dbUrl);
        if (!storage) {
            std::fprintf(stderr, "%s\n", qPrintable(storage.error().message));
            return false;
        }
        auto school = storage.value()->createSchool(QStringLiteral("Schaalschool"), {});
        if (!school) {
            return false;
        }
        schoolId = school.value().id;
        // Imported in batches of 5000 rows, one version each, as a board's import would.
        QList<kl::server::ServerRow> batch;
        for (int i = 0; i < rowCount; ++i) {
            batch << kl::server::ServerRow { QStringLiteral("organisations"), QUuid::createUuid().toString(QUuid::WithoutBraces), 0, false,
                orgFields(i), {} };
            if (batch.size() == 5000 || i == rowCount - 1) {
                if (auto r = storage.value()->importRows(schoolId, batch); !r) {
                    std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
                    return false;
                }
                batch.clear();
            }
        }
        if (backend == QLatin1String("postgresql")) {
            // What autovacuum would do shortly after a big import, done now: the figures
            // below are the steady state, not PostgreSQL analysing 100k fresh rows meanwhile.
            (void)adminExec(dbUrl, QStringLiteral("VACUUM ANALYZE"));
        }
        const QString invite = kl::server::randomToken();
        if (!storage.value()->createInvite(schoolId, kl::server::hashToken(invite), QStringLiteral("coordinator"),
                QDateTime::currentDateTimeUtc().addDays(1), {})
            || !storage.value()->redeemInvite(kl::server::hashToken(invite), kl::server::hashToken(deviceToken), QStringLiteral("bench"),
                QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc())) {
            std::fputs("cannot enrol the benchmark device\n", stderr);
            return false;
        }
    }
    const QByteArray token = deviceToken.toLatin1();
    const QString pullPath = QStringLiteral("/api/v1/schools/%1/sync/pull").arg(schoolId);
    const QString pushPath = QStringLiteral("/api/v1/schools/%1/sync/push").arg(schoolId);
    std::vector<Server> servers;
    for (int i = 0; i < std::max(1, maxInstances); ++i) {
        servers.push_back(spawn(dbUrl));
    }
    for (const Server &s : servers) {
        if (!s.port) {
            std::fputs("cannot start kortelijn-server\n", stderr);
            return false;
        }
    }
    // The no-change cursor: pull everything once (also the snapshot figure).
    // The snapshot figure, and the cursor of an up-to-date device (again before each
    // round: the pushes of the round before moved the school's head).
    auto pullToHead = [&](const QString &from) -> QString {
        QString cursor = from;
        for (int guard = 0; guard < 100000; ++guard) {
            const QString path = pullPath + QStringLiteral("?limit=2000") + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor);
            const QJsonObject page = QJsonDocument::fromJson(bench::exchange(servers[0].port, bench::httpGet(path, token))).object();
            cursor = page.value(QStringLiteral("cursor")).toString();
            if (cursor.isEmpty() || !page.value(QStringLiteral("has_more")).toBool()) {
                break;
            }
        }
        return cursor;
    };
    QElapsedTimer t;
    t.start();
    QString cursor = pullToHead({});
    if (cursor.isEmpty()) {
        std::fputs("snapshot pull failed\n", stderr);
        return false;
    }
    const double snapshotMs = double(t.nsecsElapsed()) / 1e6;
    qint64 mutationBase = 0;
    for (int instances = 1; instances <= int(servers.size()); ++instances) {
        QList<quint16> ports;
        for (int i = 0; i < instances; ++i) {
            ports << servers[size_t(i)].port;
        }
        Figures f;
        f.snapshotMs = snapshotMs;
        cursor = pullToHead(cursor);
        const QByteArray noChange = bench::httpGet(pullPath + QStringLiteral("?cursor=") + cursor, token);
        f.pulls = measure(ports, clients, seconds, [&](int) { return [noChange] { return noChange; }; });
        // Pushes: each client its own client id, one new partner per push.
        const qint64 base = mutationBase;
        f.pushes = measure(ports, clients, seconds, [&, base](int i) {
            const QString clientId = QStringLiteral("bench-%1-%2").arg(instances).arg(i);
            auto counter = std::make_shared<qint64>(0);
            return [=]() {
                ++*counter;
                return bench::pushOneOrganisation(pushPath, token, clientId, *counter, int(base + *counter));
            };
        });
        mutationBase += 1000000;
        out->append({ QStringLiteral("%1 %2 rows, %3 instance%4").arg(backend).arg(rowCount).arg(instances).arg(instances > 1 ? QStringLiteral("s") : QString()), f });
    }
    for (Server &s : servers) {
        s.process->kill();
        s.process->waitForFinished(5000);
    }
    return true;
}

#endif

} // namespace

int runScaleBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench scale needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 2;
#else
    QList<int> sizes;
    for (const QString &s : bench::optionValue(args, QStringLiteral("--rows"), QStringLiteral("1000,100000")).split(QLatin1Char(','))) {
        sizes << s.toInt();
    }
    const QStringList backends = bench::optionValue(args, QStringLiteral("--backends"), QStringLiteral("sqlite,postgresql")).split(QLatin1Char(','));
    const int clients = bench::optionValue(args, QStringLiteral("--clients"), QStringLiteral("8")).toInt();
    const int seconds = bench::optionValue(args, QStringLiteral("--seconds"), QStringLiteral("3")).toInt();
    // Figures with 1, 2, ... up to this many instances on the same database.
    const int instances = bench::optionValue(args, QStringLiteral("--instances"), QStringLiteral("4")).toInt();
    const QString adminUrl = bench::optionValue(args, QStringLiteral("--pg-url"),
        qEnvironmentVariable("KL_TEST_PG_URL", QStringLiteral("postgresql://kl_test:kl_test@127.0.0.1:5432/kl_test")));
    bench::say(QStringLiteral("kl-bench scale: %1 concurrent clients, %2 s per figure; no-change pulls and one-mutation pushes")
            .arg(clients)
            .arg(seconds));
    QList<QPair<QString, Figures>> results;
    bool ok = true;
    for (const QString &backend : backends) {
        for (int rows : std::as_const(sizes)) {
            QTemporaryDir dir;
            QString url;
            QString dbName;
            if (backend == QLatin1String("sqlite")) {
                url = kl::server::sqliteUrl(dir.path());
            } else if (backend == QLatin1String("postgresql")) {
                dbName = QStringLiteral("kl_bench_%1").arg(QCoreApplication::applicationPid());
                if (!adminExec(adminUrl, QStringLiteral("CREATE DATABASE %1").arg(dbName))) {
                    return 1;
                }
                QUrl u(adminUrl);
                u.setPath(QLatin1Char('/') + dbName);
                url = u.toString();
            } else {
                std::fprintf(stderr, "unknown backend %s\n", qPrintable(backend));
                return 2;
            }
            ok = runSetup(backend, url, rows, clients, seconds, instances, &results) && ok;
            if (!dbName.isEmpty()) {
                (void)adminExec(adminUrl, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(dbName));
            }
            if (!ok) {
                return 1;
            }
        }
    }
    if (results.isEmpty()) {
        return 1;
    }
    const Figures &base = results.first().second;
    bench::say(QStringLiteral("%1 | %2 | %3 | %4").arg(QStringLiteral("setup"), -40).arg(QStringLiteral("snapshot pull")).arg(QStringLiteral("no-change pulls")).arg(QStringLiteral("pushes")));
    for (const auto &[name, f] : std::as_const(results)) {
        bench::say(QStringLiteral("%1 | %2 ms | %3 req/s p99 %4 ms (x%5) | %6 req/s p99 %7 ms (x%8)%9")
                .arg(name, -40)
                .arg(f.snapshotMs, 0, 'f', 0)
                .arg(f.pulls.perSecond, 0, 'f', 0)
                .arg(f.pulls.p99Ms, 0, 'f', 1)
                .arg(f.pulls.perSecond / base.pulls.perSecond, 0, 'f', 2)
                .arg(f.pushes.perSecond, 0, 'f', 0)
                .arg(f.pushes.p99Ms, 0, 'f', 1)
                .arg(f.pushes.perSecond / base.pushes.perSecond, 0, 'f', 2)
                .arg(f.pulls.failures + f.pushes.failures ? QStringLiteral("  FAILED REQUESTS: %1").arg(f.pulls.failures + f.pushes.failures) : QString()));
        if (f.pulls.failures + f.pushes.failures) {
            ok = false;
        }
    }
    bench::say(QStringLiteral("(xN: requests/s relative to the first setup, the baseline measured in this run)"));
    return ok ? 0 : 1;
#endif
}
