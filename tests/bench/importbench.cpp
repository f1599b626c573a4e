// kl-bench import: no-change pulls of --pullers clients alone, then while a coordinator's
// import of --import-rows CSV rows runs on the same server (its background job applies
// them in one transaction on a thread and connection of its own): pull req/s with and
// without the import, and how long the import took. Target: pulls keep >= 80 % and no
// pull fails while the import runs.
#include "bench.h"
#include "loadclient.h"

#ifdef KL_HAVE_SERVER
#include "backend.h"
#include "passwords.h"
#include "storage.h"
#endif

#include <QElapsedTimer>
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
    QByteArray csv = "organisatie;functie;voornaam;achternaam;mobiel;e-mail\r\n";
    for (int i = 1; i <= importRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Partner " + QByteArray::number(i % 500) + ";Functie " + n + ";Voor" + n + ";Achter" + n + ";06"
            + QByteArray::number(30000000 + i) + ";p" + n + "@bench.example\r\n";
    }
    QElapsedTimer previewTime;
    previewTime.start();
    const QJsonObject preview = bodyOf(request(server.port, "POST", QStringLiteral("/admin/api/import"), csv,
        { cookie, csrf, "Content-Type: text/csv" }));
    const qint64 previewMs = previewTime.elapsed();
    const QString id = preview.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        std::fputs("the upload was refused\n", stderr);
        return 1;
    }
    const QByteArray noChange = bench::httpGet(QStringLiteral("/api/v1/schools/%1/sync/pull?limit=1").arg(schoolId), token);
    auto pulls = [noChange](int) { return [noChange] { return noChange; }; };
    const bench::Load alone = bench::measure({ server.port }, pullerCount, seconds, pulls);
    QElapsedTimer importTime;
    importTime.start();
    request(server.port, "POST", QStringLiteral("/admin/api/import/%1/confirm").arg(id), "{}", { cookie, csrf, "Content-Type: application/json" });
    const bench::Load during = bench::measure({ server.port }, pullerCount, seconds, pulls);
    QJsonObject status;
    for (int guard = 0; guard < 6000; ++guard) {
        status = bodyOf(request(server.port, "GET", QStringLiteral("/admin/api/import/") + id, {}, { cookie }));
        const QString state = status.value(QStringLiteral("state")).toString();
        if (state != QLatin1String("queued") && state != QLatin1String("running")) {
            break;
        }
        bench::wait(20);
    }
    const qint64 importMs = importTime.elapsed();
    auto figure = [](const bench::Load &l) {
        return QStringLiteral("%1 req/s, p99 %2 ms%3")
            .arg(l.perSecond, 0, 'f', 0)
            .arg(l.p99Ms, 0, 'f', 1)
            .arg(l.failures ? QStringLiteral(", %1 FAILED").arg(l.failures) : QString());
    };
    bench::say(QStringLiteral("kl-bench import: SQLite, %1 organisations, %2 pullers, %3 s per figure").arg(rows).arg(pullerCount).arg(seconds));
    bench::say(QStringLiteral("preview of %1 CSV rows: %2 ms (%3 changes planned)")
            .arg(importRows)
            .arg(previewMs)
            .arg(preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("changes")).toInt()));
    bench::say(QStringLiteral("pulls alone: %1").arg(figure(alone)));
    bench::say(QStringLiteral("pulls while the import runs: %1 (%2 % of alone); the import: %3 in %4 ms (confirm to done)")
            .arg(figure(during))
            .arg(100.0 * during.perSecond / std::max(1.0, alone.perSecond), 0, 'f', 0)
            .arg(status.value(QStringLiteral("state")).toString())
            .arg(importMs));
    server.process->kill();
    server.process->waitForFinished(5000);
    return status.value(QStringLiteral("state")).toString() == QLatin1String("done") && !alone.failures && !during.failures ? 0 : 1;
#endif
}
