// serve: the school server. The network thread runs Qt HttpServer (httpfront.h); requests
// run on a pool of worker threads, each with its own database connection (workerpool.h);
// pushes share durable commits (pushcommitter.h); tombstones past the retention are
// purged at start and daily, on a worker.
#include "cli.h"

#include "endpoints.h"
#include "httpfront.h"
#include "importjobs.h"
#include "jobrunner.h"
#include "pushcommitter.h"

#include <QCoreApplication>
#include <QTimer>

#include <sys/resource.h>

namespace kl::server::cli {

namespace {

std::optional<QString> readLimits(const Args &a, Limits &limits, qint64 *port, qint64 *retention)
{
    qint64 maxBody = 0, idle = 0, request = 0, conns = 0, workers = 0, backlog = 0;
    if (!intOption(a, "port", 8080, port) || *port > 65535) {
        return QStringLiteral("--port must be 0 to 65535");
    }
    if (!intOption(a, "max-body", limits.maxBodyBytes, &maxBody) || !intOption(a, "idle-timeout", limits.idleTimeoutMs, &idle)
        || !intOption(a, "request-timeout", limits.requestTimeoutMs, &request)
        || !intOption(a, "max-connections", limits.maxConnections, &conns) || !intOption(a, "retention-days", 180, retention)
        || !intOption(a, "workers", limits.workerThreads, &workers) || !intOption(a, "listen-backlog", limits.listenBacklog, &backlog)) {
        return QStringLiteral("limits must be non-negative integers");
    }
    if (workers < 1 || workers > 64 || backlog < 1) {
        return QStringLiteral("--workers must be 1 to 64 and --listen-backlog at least 1");
    }
    limits.maxBodyBytes = maxBody;
    limits.idleTimeoutMs = int(idle);
    limits.requestTimeoutMs = int(request);
    limits.maxConnections = int(conns);
    limits.workerThreads = int(workers);
    limits.listenBacklog = int(backlog);
    bool ok = true;
    if (a.has("rate")) {
        limits.ratePerSecond = a.value("rate").toDouble(&ok);
    }
    if (ok && a.has("burst")) {
        limits.burst = a.value("burst").toDouble(&ok);
    }
    if (!ok || limits.ratePerSecond < 0 || limits.burst < 1) {
        return QStringLiteral("--rate must be >= 0 (0 = off) and --burst >= 1");
    }
    for (const QString &proxy : a.value("trusted-proxy").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QHostAddress address(proxy.trimmed());
        if (address.isNull()) {
            return QStringLiteral("--trusted-proxy must list IP addresses, e.g. 127.0.0.1");
        }
        limits.trustedProxies << address;
    }
    return std::nullopt;
}

// A socket per connection: the soft limit of open files (often 1024) must not be what
// caps a storm of connections below --max-connections.
void raiseOpenFileLimit()
{
    rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        (void)setrlimit(RLIMIT_NOFILE, &files);
    }
}

// --demo: a server to try things with. On first start it creates the demo school.
Status createDemoSchool(Storage &storage)
{
    auto existing = storage.schools();
    if (!existing) {
        return existing.error();
    }
    if (!existing.value().isEmpty()) {
        return {};
    }
    auto s = storage.createSchool(QStringLiteral("Basisschool De Regenboog"), {});
    if (!s) {
        return s.error();
    }
    return loadDemo(storage, s.value().id);
}

} // namespace

int serve(const StorageOpener &opener, const Args &a)
{
    static ServerContext context;
    raiseOpenFileLimit();
    qint64 port = 0, retention = 0;
    if (const auto problem = readLimits(a, context.limits, &port, &retention)) {
        return fail(*problem);
    }
    const QHostAddress host(a.value("host", QStringLiteral("127.0.0.1")));
    if (host.isNull()) {
        return fail(QStringLiteral("--host must be an IP address"));
    }
    auto setup = opener.open(); // this thread's connection: start-up work only
    if (!setup) {
        return fail(setup.error().message);
    }
    if (a.has("demo")) {
        if (auto r = createDemoSchool(*setup.value()); !r) {
            return fail(QStringLiteral("demo data: ") + r.error().message);
        }
    }
    static PublicCardCache publicCards;
    static WebClients webClients;
    context.publicCards = &publicCards;
    context.webClients = &webClients;
    // --group-commit off: every push commits on its worker's connection (for comparison).
    const QString groupCommit = a.value("group-commit", QStringLiteral("on"));
    if (groupCommit != QLatin1String("on") && groupCommit != QLatin1String("off")) {
        return fail(QStringLiteral("--group-commit is on or off"));
    }
    static std::unique_ptr<PushCommitter> committerOwner;
    if (groupCommit == QLatin1String("on")) {
        auto committer = PushCommitter::start([&opener] { return opener.open(); });
        if (!committer) {
            return fail(committer.error().message);
        }
        committerOwner = std::move(committer).value();
        context.committer = committerOwner.get();
    }

    // Imports run on a thread and connection of their own, never holding a request worker.
    static ImportJobs imports;
    static std::unique_ptr<JobRunner> jobsOwner;
    {
        auto jobs = JobRunner::start([&opener]() -> Result<std::unique_ptr<Storage>> { return opener.open(); });
        if (!jobs) {
            return fail(jobs.error().message);
        }
        jobsOwner = std::move(jobs).value();
        context.jobs = jobsOwner.get();
        context.imports = &imports;
    }

    static std::unique_ptr<WorkerPool> pool;
    // Listen first (the public URL may name the bound port), start the workers after.
    static HttpFront front(context.limits, [](ApiRequest r) {
        if (Endpoints::isHealthCheck(r)) {
            r.respond(Endpoints::healthz(r)); // no database: the network thread answers at once
            return;
        }
        pool->submit(std::move(r));
    });
    const quint16 bound = front.start(host, quint16(port));
    if (bound == 0) {
        return fail(QStringLiteral("cannot listen on %1:%2").arg(host.toString()).arg(port));
    }
    context.publicUrl = QUrl(a.value("public-url", QStringLiteral("http://%1:%2").arg(host.toString()).arg(bound)), QUrl::StrictMode);
    if (!context.publicUrl.isValid() || context.publicUrl.host().isEmpty()) {
        return fail(QStringLiteral("--public-url must be the address devices use, e.g. https://partners.school.nl"));
    }
    auto started = WorkerPool::start(context.limits.workerThreads, [&opener]() -> Result<std::unique_ptr<RequestHandler>> {
        auto storage = opener.open();
        if (!storage) {
            return storage.error();
        }
        return std::unique_ptr<RequestHandler>(std::make_unique<Endpoints>(std::move(storage).value(), context));
    });
    if (!started) {
        return fail(started.error().message);
    }
    pool = std::move(started).value();

    // Tombstones older than the retention go once a day (and at start), on a worker.
    static QTimer gc;
    auto collect = [retention] {
        pool->run([retention](RequestHandler &handler) {
            Storage &storage = static_cast<Endpoints &>(handler).storage();
            if (auto list = storage.schools()) {
                for (const SchoolInfo &s : list.value()) {
                    (void)storage.purge(s.id, QDateTime::currentDateTimeUtc().addDays(-retention));
                }
            }
            storage.endOfRequest();
        });
    };
    QObject::connect(&gc, &QTimer::timeout, collect);
    collect();
    gc.start(24 * 3600 * 1000);

    if (a.has("demo")) {
        // A coordinator and a teacher invite to try the app's "connect to a server" flow.
        const QString schoolId = setup.value()->schools().value().first().id;
        for (const QString &role : { QString(sync::kRoleCoordinator), QString(sync::kRoleTeacher) }) {
            const QString token = randomToken();
            if (auto r = setup.value()->createInvite(schoolId, hashToken(token), role, QDateTime::currentDateTimeUtc().addDays(7), {}); !r) {
                return fail(r.error().message);
            }
            out(QStringLiteral("demo_%1_invite=%2").arg(role, sync::inviteLink(context.publicUrl, token)));
        }
    }
    setup.value().reset();
    out(QStringLiteral("listening host=%1 port=%2").arg(host.toString()).arg(bound));
    const int rc = QCoreApplication::exec();
    pool.reset(); // finish what the workers have, before the statics go
    jobsOwner.reset();
    committerOwner.reset();
    return rc;
}

} // namespace kl::server::cli
