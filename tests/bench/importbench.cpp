// kl-bench import: /healthz and no-change pulls of --pullers clients alone, then while a
// coordinator's import of --import-rows CSV rows runs on the same server: first while its
// preview is planned, then while the import is applied (both background jobs on a thread
// and connection of their own, the file read, planned and applied in batches, one
// transaction). Prints rate and p99 of each load in each phase with the ratio to alone,
// how long each phase took, and the server's peak RSS (VmHWM) before and after the
// import. The baseline is the mean of alone before and after. Targets: >= 80 % of the rate, p99 < 50 ms, peak RSS < 200 MB, no failures.
// 190,000 rows fit the 4 MiB body limit as name-only rows (organisation, given, family).
#include "bench.h"
#include "loadclient.h"

#ifdef KL_HAVE_SERVER
#include "backend.h"
#include "passwords.h"
#include "storage.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

namespace {

#ifdef KL_HAVE_SERVER

// The whole answer (head and body), for the session cookie of the sign-in.
QByteArray request(quint16 port, const QByteArray &method, const QString &path, const QByteArray &body,
    const QList<QByteArray> &headers)
{
    QByteArray raw = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &h : headers) {
        raw += h + "\r\n";
    }
    raw += "\r\n" + body;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    s.waitForConnected(5000);
    s.write(raw);
    QByteArray answer;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(60000)) {
        answer += s.readAll();
    }
    answer += s.readAll();
    return answer;
}

QJsonObject bodyOf(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// The peak resident size of a process so far, in MB (Linux /proc).
double peakRssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

// The file: with function, phone and e-mail while that fits the body limit, else as
// name-only rows (about 22 bytes each, as a school's plain name list).
QByteArray importCsv(int rows)
{
    const bool rich = qint64(rows) * 90 < 4 * 1024 * 1024;
    QByteArray csv = rich ? "organisatie;functie;voornaam;achternaam;mobiel;e-mail\r\n" : "organisatie;voornaam;achternaam\r\n";
    csv.reserve(rows * (rich ? 90 : 24));
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (rich) {
            csv += "Partner " + QByteArray::number(i % 500) + ";Functie " + n + ";Voor" + n + ";Achter" + n + ";06"
                + QByteArray::number(30000000 + i) + ";p" + n + "@bench.example\r\n";
        } else {
            csv += "O" + QByteArray::number(i % 500) + ";V" + n + ";A" + n + "\r\n";
        }
    }
    return csv;
}

#endif

} // namespace

int runImportBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench import needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 2;
#else
    const int rows = bench::optionValue(args, QStringLiteral("--rows"), QStringLiteral("2000")).toInt();
    const int importRows = bench::optionValue(args, QStringLiteral("--import-rows"), QStringLiteral("5000")).toInt();
    const int seconds = bench::optionValue(args, QStringLiteral("--seconds"), QStringLiteral("3")).toInt();
    const int pullerCount = bench::optionValue(args, QStringLiteral("--pullers"), QStringLiteral("16")).toInt();
    QTemporaryDir dir;
    const QString dbUrl = kl::server::sqliteUrl(dir.path());
    QString schoolId, coordinatorEmail = QStringLiteral("bench@school.example"), password = QStringLiteral("bench-import-wachtwoord");
    QByteArray token;
    {
        auto storage = kl::server::openStorage(dbUrl);
        if (!storage) {
            std::fprintf(stderr, "%s\n", qPrintable(storage.error().message));
            return 1;
        }
        auto school = storage.value()->createSchool(QStringLiteral("Meetschool"), {});
        if (!school) {
            return 1;
        }
        schoolId = school.value().id;
        QList<kl::server::ServerRow> batch;
        for (int i = 0; i < rows; ++i) {
            batch << kl::server::ServerRow { QStringLiteral("organisations"), QUuid::createUuid().toString(QUuid::WithoutBraces), 0,
                false, bench::orgFields(i), {} };
        }
        const QString invite = kl::server::randomToken();
        const QString device = kl::server::randomToken();
        auto coordinator = storage.value()->createCoordinator(schoolId, QStringLiteral("Meet"), coordinatorEmail);
        auto hash = kl::server::hashPassword(password);
        if (!storage.value()->importRows(schoolId, batch) || !coordinator || !hash
            || !storage.value()->setCoordinatorPassword(coordinator.value().id, hash.value())
            || !storage.value()->createInvite(schoolId, kl::server::hashToken(invite), QStringLiteral("teacher"),
                QDateTime::currentDateTimeUtc().addDays(1), {})
            || !storage.value()->redeemInvite(kl::server::hashToken(invite), kl::server::hashToken(device), QStringLiteral("bench"),
                QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc())) {
            std::fputs("cannot set up the school\n", stderr);
            return 1;
        }
        token = device.toLatin1();
    }
    bench::Server server = bench::spawn(dbUrl);
    if (!server.port) {
        std::fputs("cannot start kortelijn-server\n", stderr);
        return 1;
    }
    const QByteArray login = request(server.port, "POST", QStringLiteral("/admin/api/login"),
        QJsonDocument(QJsonObject { { QStringLiteral("email"), coordinatorEmail }, { QStringLiteral("password"), password } }).toJson(),
        { "Content-Type: application/json" });
    const qsizetype at = login.indexOf("kl_admin=");
    const QByteArray cookie = "Cookie: " + login.mid(at, login.indexOf(';', at) - at);
    const QByteArray csrf = "X-CSRF-Token: " + bodyOf(login).value(QStringLiteral("csrf")).toString().toLatin1();
    const QByteArray csv = importCsv(importRows);
    auto state = [&](const QString &id) {
        return bodyOf(request(server.port, "GET", QStringLiteral("/admin/api/import/") + id, {}, { cookie }));
    };
    // Polls the job until it leaves `phases`; the last status.
    auto waitWhile = [&](const QString &id, const QStringList &phases) {
        QJsonObject s;
        for (int guard = 0; guard < 60000; ++guard) { // ten minutes at most
            s = state(id);
            if (!phases.contains(s.value(QStringLiteral("state")).toString())) {
                break;
            }
            bench::wait(10);
        }
        return s;
    };
    const QByteArray noChange = bench::httpGet(QStringLiteral("/api/v1/schools/%1/sync/pull?limit=1").arg(schoolId), token);
    const QByteArray health = bench::httpGet(QStringLiteral("/healthz"), token);
    const int healthClients = std::max(1, pullerCount / 4);
    auto loads = [&] {
        return bench::measureTogether({ bench::LoadSpec { { server.port }, healthClients, [health](int) { return [health] { return health; }; }, 0 },
                                          bench::LoadSpec { { server.port }, pullerCount, [noChange](int) { return [noChange] { return noChange; }; }, 0 } },
            seconds);
    };
    const qint64 pid = server.process->processId();
    const QList<bench::Load> alone = loads();
    const double rssBefore = peakRssMb(pid);

    // Phase 1: the upload's preview, planned by the job thread while the load runs.
    QElapsedTimer previewTime;
    previewTime.start();
    const QJsonObject started = bodyOf(request(server.port, "POST", QStringLiteral("/admin/api/import?async=1"), csv,
        { cookie, csrf, "Content-Type: text/csv" }));
    const QString id = started.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        std::fputs("the upload was refused\n", stderr);
        return 1;
    }
    const QList<bench::Load> planning = loads();
    const bool planningCovered = state(id).value(QStringLiteral("state")).toString() == QLatin1String("planning");
    const QJsonObject preview = waitWhile(id, { QStringLiteral("planning") });
    const qint64 previewMs = previewTime.elapsed();
    if (preview.value(QStringLiteral("state")).toString() != QLatin1String("preview")) {
        std::fprintf(stderr, "the preview ended as %s\n", QJsonDocument(preview).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    // Phase 2: the import applied in one transaction.
    QElapsedTimer importTime;
    importTime.start();
    request(server.port, "POST", QStringLiteral("/admin/api/import/%1/confirm").arg(id), "{}", { cookie, csrf, "Content-Type: application/json" });
    const QList<bench::Load> applying = loads();
    const QString stateAfter = state(id).value(QStringLiteral("state")).toString();
    const bool applyingCovered = stateAfter == QLatin1String("running") || stateAfter == QLatin1String("queued");
    const QJsonObject status = waitWhile(id, { QStringLiteral("queued"), QStringLiteral("running") });
    const qint64 importMs = importTime.elapsed();
    const double rssAfter = peakRssMb(pid);
    // Alone again: the baseline is the mean of before and after, so a neighbour's build that
    // starts or stops during the run moves both sides of the ratio alike.
    const QList<bench::Load> after = loads();
    QList<bench::Load> base = alone;
    for (int i = 0; i < base.size(); ++i) {
        base[i].perSecond = (alone.at(i).perSecond + after.at(i).perSecond) / 2;
        base[i].p99Ms = std::max(alone.at(i).p99Ms, after.at(i).p99Ms);
    }

    auto figure = [](const bench::Load &l, const bench::Load &base) {
        return QStringLiteral("%1 req/s (%2 %), p99 %3 ms%4")
            .arg(l.perSecond, 0, 'f', 0)
            .arg(100.0 * l.perSecond / std::max(1.0, base.perSecond), 0, 'f', 0)
            .arg(l.p99Ms, 0, 'f', 1)
            .arg(l.failures ? QStringLiteral(", %1 FAILED").arg(l.failures) : QString());
    };
    auto phase = [&](const QString &name, const QList<bench::Load> &l, bool covered) {
        bench::say(QStringLiteral("%1%2: /healthz %3; no-change pulls %4")
                .arg(name, covered ? QString() : QStringLiteral(" (the phase ended inside the window)"), figure(l.at(0), base.at(0)),
                    figure(l.at(1), base.at(1))));
    };
    const QJsonObject counts = preview.value(QStringLiteral("preview")).toObject().value(QStringLiteral("counts")).toObject();
    bench::say(QStringLiteral("kl-bench import: SQLite, %1 organisations, %2 CSV rows (%3 bytes), %4 pullers + %5 /healthz clients, %6 s per figure")
            .arg(rows)
            .arg(importRows)
            .arg(csv.size())
            .arg(pullerCount)
            .arg(healthClients)
            .arg(seconds));
    phase(QStringLiteral("alone, before"), alone, true);
    phase(QStringLiteral("alone, after"), after, true);
    phase(QStringLiteral("while the preview is planned"), planning, planningCovered);
    phase(QStringLiteral("while the import is applied"), applying, applyingCovered);
    bench::say(QStringLiteral("preview: %1 ms (%2 changes planned); import: %3 in %4 ms (confirm to done)")
            .arg(previewMs)
            .arg(counts.value(QStringLiteral("changes")).toInt())
            .arg(status.value(QStringLiteral("state")).toString())
            .arg(importMs));
    bench::say(QStringLiteral("server peak RSS (VmHWM): %1 MB before the upload, %2 MB after the import")
            .arg(rssBefore, 0, 'f', 1)
            .arg(rssAfter, 0, 'f', 1));
    server.process->kill();
    server.process->waitForFinished(5000);
    bool clean = true;
    for (const QList<bench::Load> *l : { &alone, &planning, &applying, &after }) {
        clean = clean && !l->at(0).failures && !l->at(1).failures;
    }
    return status.value(QStringLiteral("state")).toString() == QLatin1String("done") && clean ? 0 : 1;
#endif
}
