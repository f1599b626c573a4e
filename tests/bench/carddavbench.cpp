// kl-bench carddav: the school's address book over CardDAV beside Radicale (Debian's
// `radicale`, started here on the same cards in the same run).
//   first sync   one client the way DAVx5 and iOS do it: sync-collection from nothing,
//                then addressbook-multiget in batches, until every card has arrived
//   no change    --clients connections (16) each repeating a no-change sync: PROPFIND of
//                the book's getctag/sync-token and sync-collection with the current token
#include "bench.h"
#include "loadclient.h"

#ifdef KL_HAVE_SERVER
#include "backend.h"
#include "credentials.h"
#include "storage.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

namespace {

#ifdef KL_HAVE_SERVER

struct Target
{
    QString name;
    quint16 port = 0;
    QString book; // the address book's path
    QByteArray auth; // "Basic ..."
};

QByteArray request(const Target &t, const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &depth)
{
    return method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + t.auth + "\r\nDepth: " + depth
        + "\r\nContent-Type: application/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray syncBody(const QString &token)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + token.toUtf8()
        + "</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>";
}

const QByteArray kCtagBody = "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\" xmlns:cs=\"http://calendarserver.org/ns/\">"
                             "<d:prop><cs:getctag/><d:sync-token/></d:prop></d:propfind>";

QString unescape(QString s)
{
    return s.replace(QLatin1String("&#13;"), QLatin1String("\r")).replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&amp;"), QLatin1String("&"));
}

struct FirstSync
{
    double seconds = 0;
    QStringList cards; // the vCards that arrived
    QString token;
};

// sync-collection from nothing, then multiget of `batch` cards at a time.
FirstSync firstSync(const Target &t, int batch)
{
    static const QRegularExpression href(QStringLiteral("<(?:\\w+:)?href>([^<]+\\.vcf)</(?:\\w+:)?href>"));
    static const QRegularExpression token(QStringLiteral("<(?:\\w+:)?sync-token>([^<]+)</(?:\\w+:)?sync-token>"));
    static const QRegularExpression data(QStringLiteral("<(?:\\w+:)?address-data[^>]*>([^<]*)</(?:\\w+:)?address-data>"));
    FirstSync out;
    QElapsedTimer timer;
    timer.start();
    const QString listing = QString::fromUtf8(bench::exchange(t.port, request(t, "REPORT", t.book, syncBody({}), "1"), 600000));
    QStringList hrefs;
    for (auto it = href.globalMatch(listing); it.hasNext();) {
        hrefs << it.next().captured(1);
    }
    out.token = token.match(listing).captured(1);
    for (qsizetype i = 0; i < hrefs.size(); i += batch) {
        QByteArray body = "<?xml version=\"1.0\"?><card:addressbook-multiget xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\">"
                          "<d:prop><d:getetag/><card:address-data/></d:prop>";
        for (qsizetype j = i; j < std::min(hrefs.size(), i + batch); ++j) {
            body += "<d:href>" + hrefs.at(j).toUtf8() + "</d:href>";
        }
        body += "</card:addressbook-multiget>";
        const QString answer = QString::fromUtf8(bench::exchange(t.port, request(t, "REPORT", t.book, body, "1"), 600000));
        for (auto it = data.globalMatch(answer); it.hasNext();) {
            out.cards << unescape(it.next().captured(1));
        }
    }
    out.seconds = timer.nsecsElapsed() / 1e9;
    return out;
}

bench::Load noChange(const Target &t, const QString &token, int clients, int seconds)
{
    const QByteArray ctag = request(t, "PROPFIND", t.book, kCtagBody, "0");
    const QByteArray sync = request(t, "REPORT", t.book, syncBody(token), "1");
    return bench::measure({ t.port }, clients, seconds, [&](int) {
        auto flip = std::make_shared<bool>(false);
        return [ctag, sync, flip]() {
            *flip = !*flip;
            return *flip ? ctag : sync;
        };
    });
}

QJsonObject personFields(int i, const QString &orgId)
{
    QJsonObject f;
    for (const QString &c : kl::sync::syncedColumns(QStringLiteral("persons"))) {
        f.insert(c, QString());
    }
    f.insert(QStringLiteral("origin"), 0);
    f.insert(QStringLiteral("organisation_id"), orgId);
    f.insert(QStringLiteral("photo"), QJsonValue::Null);
    f.insert(QStringLiteral("given_name"), QStringLiteral("Voornaam%1").arg(i));
    f.insert(QStringLiteral("family_name"), QStringLiteral("Achternaam %1").arg(i));
    f.insert(QStringLiteral("mobile"), QStringLiteral("+3161%1").arg(i, 7, 10, QLatin1Char('0')));
    f.insert(QStringLiteral("landline"), QStringLiteral("+3130%1").arg(i, 7, 10, QLatin1Char('0')));
    f.insert(QStringLiteral("email"), QStringLiteral("persoon%1@voorbeeld.nl").arg(i));
    return f;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

#endif

} // namespace

int runCardDavBench(const QStringList &args)
{
#ifndef KL_HAVE_SERVER
    Q_UNUSED(args);
    std::fputs("kl-bench carddav needs the server (configure with KL_BUILD_SERVER=ON)\n", stderr);
    return 1;
#else
    const int count = bench::optionValue(args, QStringLiteral("--cards"), QStringLiteral("10000")).toInt();
    const int clients = bench::optionValue(args, QStringLiteral("--clients"), QStringLiteral("16")).toInt();
    const int seconds = bench::optionValue(args, QStringLiteral("--seconds"), QStringLiteral("5")).toInt();
    const int batch = bench::optionValue(args, QStringLiteral("--batch"), QStringLiteral("100")).toInt();
    const QString radicaleBin = bench::optionValue(args, QStringLiteral("--radicale"), QStringLiteral("radicale"));
    QTemporaryDir dir;
    const QString dbUrl = kl::server::sqliteUrl(dir.filePath(QStringLiteral("kl")));
    QString schoolId;
    kl::server::carddav::Issued login;
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
        QList<kl::server::ServerRow> rows;
        QStringList orgs;
        for (int i = 0; i < std::max(1, count / 10); ++i) {
            orgs << QUuid::createUuid().toString(QUuid::WithoutBraces);
            rows << kl::server::ServerRow { QStringLiteral("organisations"), orgs.last(), 0, false, bench::orgFields(i), {} };
        }
        for (int i = 0; i < count; ++i) {
            rows << kl::server::ServerRow { QStringLiteral("persons"), QUuid::createUuid().toString(QUuid::WithoutBraces), 0, false,
                personFields(i, orgs.at(i % orgs.size())), {} };
        }
        if (auto r = storage.value()->importRows(schoolId, rows); !r) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        auto issued = kl::server::carddav::issue(*storage.value(), schoolId, {}, QStringLiteral("bench"));
        if (!issued) {
            return 1;
        }
        login = issued.value();
    }
    bench::Server kl = bench::spawn(dbUrl);
    if (!kl.port) {
        std::fputs("cannot start kortelijn-server\n", stderr);
        return 1;
    }
    const Target ours { QStringLiteral("KorteLijn"), kl.port, QStringLiteral("/carddav/schools/%1/contacts/").arg(schoolId),
        "Basic " + (login.credential.username + QLatin1Char(':') + login.password).toUtf8().toBase64() };
    bench::say(QStringLiteral("kl-bench carddav: %1 cards, multiget batches of %2, no-change syncs at %3 connections for %4 s")
                   .arg(count).arg(batch).arg(clients).arg(seconds));
    const FirstSync klFirst = firstSync(ours, batch);
    if (klFirst.cards.size() != count) {
        std::fprintf(stderr, "KorteLijn first sync brought %lld of %d cards\n", qlonglong(klFirst.cards.size()), count);
        return 1;
    }
    bench::say(QStringLiteral("KorteLijn first sync: %1 s").arg(klFirst.seconds, 0, 'f', 3));
    const bench::Load klIdle = noChange(ours, klFirst.token, clients, seconds);
    bench::say(QStringLiteral("KorteLijn no-change: %1 req/s, p99 %2 ms, %3 failures").arg(klIdle.perSecond, 0, 'f', 0).arg(klIdle.p99Ms, 0, 'f', 2).arg(klIdle.failures));
    kl.process->kill();
    kl.process->waitForFinished();

    // Radicale on the same cards, in its own filesystem storage.
    const QString root = dir.filePath(QStringLiteral("radicale/collection-root/bench/book"));
    QDir().mkpath(root);
    QFile props(root + QStringLiteral("/.Radicale.props"));
    props.open(QIODevice::WriteOnly);
    props.write(R"({"D:displayname": "book", "tag": "VADDRESSBOOK"})");
    props.close();
    for (qsizetype i = 0; i < klFirst.cards.size(); ++i) {
        QFile card(root + QStringLiteral("/card%1.vcf").arg(i));
        card.open(QIODevice::WriteOnly);
        card.write(klFirst.cards.at(i).toUtf8());
    }
    const quint16 port = freePort();
    QFile config(dir.filePath(QStringLiteral("radicale.conf")));
    config.open(QIODevice::WriteOnly);
    config.write(QStringLiteral("[server]\nhosts = 127.0.0.1:%1\n[auth]\ntype = none\n[rights]\ntype = owner_only\n"
                                "[storage]\nfilesystem_folder = %2\n[logging]\nlevel = warning\n")
                     .arg(port)
                     .arg(dir.filePath(QStringLiteral("radicale")))
                     .toUtf8());
    config.close();
    QProcess radicale;
    radicale.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    radicale.start(radicaleBin, { QStringLiteral("--config"), config.fileName() });
    bool up = false;
    for (int i = 0; i < 300 && !up; ++i) {
        bench::wait(100);
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        up = probe.waitForConnected(200);
    }
    if (!up) {
        std::fputs("cannot start radicale (Debian package radicale)\n", stderr);
        return 1;
    }
    const Target theirs { QStringLiteral("Radicale"), port, QStringLiteral("/bench/book/"), "Basic " + QByteArray("bench:bench").toBase64() };
    const FirstSync radFirst = firstSync(theirs, batch);
    bench::say(QStringLiteral("Radicale first sync: %1 s (%2 cards)").arg(radFirst.seconds, 0, 'f', 3).arg(radFirst.cards.size()));
    const bench::Load radIdle = noChange(theirs, radFirst.token, clients, seconds);
    bench::say(QStringLiteral("Radicale no-change: %1 req/s, p99 %2 ms, %3 failures").arg(radIdle.perSecond, 0, 'f', 1).arg(radIdle.p99Ms, 0, 'f', 2).arg(radIdle.failures));
    radicale.kill();
    radicale.waitForFinished();
    const double firstRatio = radFirst.seconds / std::max(klFirst.seconds, 1e-9);
    // Radicale may complete no request in the window: the ratio is then against one request.
    const double idleRatio = klIdle.perSecond / std::max(radIdle.perSecond, 1.0 / seconds);
    bench::say(QStringLiteral("first sync: KorteLijn %1x faster than Radicale (target >= 40x)%2")
                   .arg(firstRatio, 0, 'f', 1)
                   .arg(radFirst.cards.size() == count ? QString() : QStringLiteral(" - Radicale brought %1 cards").arg(radFirst.cards.size())));
    bench::say(QStringLiteral("no-change sync: KorteLijn %1x Radicale's requests/s (target >= 1000x)%2")
                   .arg(idleRatio, 0, 'f', 0)
                   .arg(radIdle.perSecond == 0 ? QStringLiteral(" - Radicale completed no request; counted as one") : QString()));
    return 0;
#endif
}
