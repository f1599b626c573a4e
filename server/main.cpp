// kortelijn-server: the school server (serve) and its admin commands on one binary.
// Every command prints key=value lines on stdout (easy for scripts and tests) and exits
// non-zero with a plain message on stderr when something is wrong.
#include "api.h"
#include "backend.h"
#include "database.h"
#include "demodata.h"
#include "httpfront.h"
#include "posterpdf.h"
#include "publicpages.h"
#include "qrcodes.h"
#include "rows.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QFile>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace kl;
using namespace kl::server;

namespace {

struct Args
{
    QString command;
    QHash<QString, QString> options;
    QSet<QString> flags;

    [[nodiscard]] QString value(const char *name, const QString &fallback = {}) const
    {
        return options.value(QLatin1String(name), fallback);
    }
    [[nodiscard]] bool has(const char *name) const { return flags.contains(QLatin1String(name)) || options.contains(QLatin1String(name)); }
};

const QSet<QString> kFlagOptions { QStringLiteral("demo") };

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("kortelijn-server: ") + message + QLatin1Char('\n')), stderr);
    return 1;
}

void usage()
{
    std::fputs(
        "usage: kortelijn-server <command> (--data DIR | --db URL) [options]\n"
        "  --data DIR       SQLite in DIR (the default backend); same as --db sqlite:///DIR\n"
        "  --db URL         sqlite:///path/to/dir or postgresql://user:password@host:5432/dbname[?sslmode=require]\n"
        "  serve            --port N (0 = any) [--host ADDR] [--public-url URL] [--demo] [--max-body BYTES] [--rate PER_SECOND] [--burst N]\n"
        "                   [--request-timeout MS] [--idle-timeout MS] [--max-connections N] [--retention-days D]\n"
        "                   [--trusted-proxy ADDR[,ADDR]]  (a reverse proxy whose X-Real-IP header names the client)\n"
        "  create-school    --name NAME [--id ID] [--demo] [--count N] [--server-url URL (also prints a coordinator invite)]\n"
        "  create-coordinator --school ID --name NAME [--email E] --server-url URL [--out PREFIX] [--hours H]\n"
        "  set-password     --coordinator ID | --school ID --email E   (web admin password, one line on stdin)\n"
        "  invite           --school ID --server-url URL [--role teacher|coordinator] [--hours H | --seconds S] [--out PREFIX]\n"
        "  devices          --school ID\n"
        "  revoke           --device ID\n"
        "  status           [--school ID]\n"
        "  rotate-epoch     --school ID      (after restoring a backup: every device refetches)\n"
        "  purge            --school ID [--retention-days D]   (drop tombstones older than D days, default 180)\n"
        "  public-pages     --school ID --public-url URL   (the published partners' public pages)\n"
        "  poster           --school ID --person ID --public-url URL --out FILE.pdf|FILE.html [--lang nl|en]\n",
        stderr);
}

std::optional<Args> parse(const QStringList &argv)
{
    Args a;
    if (argv.size() < 2) {
        return std::nullopt;
    }
    a.command = argv.at(1);
    for (qsizetype i = 2; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            return std::nullopt;
        }
        const QString name = arg.mid(2);
        if (kFlagOptions.contains(name)) {
            a.flags.insert(name);
        } else if (i + 1 < argv.size()) {
            a.options.insert(name, argv.at(++i));
        } else {
            return std::nullopt;
        }
    }
    return a;
}

bool intOption(const Args &a, const char *name, qint64 fallback, qint64 *value)
{
    if (!a.options.contains(QLatin1String(name))) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = a.value(name).toLongLong(&ok);
    return ok && *value >= 0;
}

// Loads the deterministic demo school's shared rows (never its personal partners).
Status loadDemo(Storage &storage, const QString &schoolId)
{
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        return Error { QStringLiteral("demo"), QStringLiteral("no temporary directory") };
    }
    auto db = Database::open(tmp.filePath(QStringLiteral("demo.db")));
    if (!db) {
        return db.error();
    }
    if (auto r = DemoData::populateSchool(*db.value()); !r) {
        return r.error();
    }
    QList<ServerRow> out;
    for (const QString &table : rows::syncedTables()) {
        QString where = QStringLiteral("deleted = 0");
        if (sync::hasOriginColumn(table)) {
            where += QStringLiteral(" AND origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where += QStringLiteral(" AND function_id IN (SELECT id FROM functions WHERE origin = 0)");
        }
        auto found = rows::loadWhere(*db.value(), table, where, {});
        if (!found) {
            return found.error();
        }
        for (const QVariantMap &row : found.value()) {
            ServerRow r { table, row.value(QStringLiteral("id")).toString(), 0, false, {}, {} };
            for (const QString &c : sync::syncedColumns(table)) {
                r.fields.insert(c, sync::encodeValue(table, c, row.value(c)));
            }
            out << r;
        }
    }
    auto flags = db.value()->run(QStringLiteral("SELECT id, target_kind, target_id, reason, comment, created_at, resolved FROM flags"));
    if (!flags) {
        return flags.error();
    }
    while (flags.value().next()) {
        const QSqlQuery &q = flags.value();
        ServerRow r { QStringLiteral("flags"), q.value(0).toString(), 0, false, {}, {} };
        r.fields = QJsonObject { { QStringLiteral("target_kind"), q.value(1).toString() },
            { QStringLiteral("target_id"), q.value(2).toString() }, { QStringLiteral("reason"), q.value(3).toString() },
            { QStringLiteral("comment"), q.value(4).toString() }, { QStringLiteral("created_at"), q.value(5).toString() },
            { QStringLiteral("resolved"), q.value(6).toInt() } };
        out << r;
    }
    return storage.importRows(schoolId, out);
}

int makeInvite(Storage &storage, const Args &a, const QString &role, const QString &coordinatorId)
{
    const QUrl server(a.value("server-url"), QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))
        || server.host().isEmpty()) {
        return fail(QStringLiteral("--server-url must be the server's http(s) address, e.g. https://partners.school.nl"));
    }
    qint64 hours = 0;
    qint64 seconds = 0;
    if (!intOption(a, "hours", 72, &hours) || hours < 1 || hours > 24 * 31) {
        return fail(QStringLiteral("--hours must be between 1 and 744"));
    }
    // --seconds: a short-lived invite handed over in person (and the expiry tests).
    if (!intOption(a, "seconds", hours * 3600, &seconds) || seconds < 1 || seconds > 24 * 31 * 3600) {
        return fail(QStringLiteral("--seconds must be between 1 and 2678400"));
    }
    const QString token = randomToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
    if (auto r = storage.createInvite(a.value("school"), hashToken(token), role, expires, coordinatorId); !r) {
        return fail(r.error().message);
    }
    const QString link = sync::inviteLink(server, token);
    out(QStringLiteral("invite_link=") + link);
    out(QStringLiteral("role=") + role);
    out(QStringLiteral("expires_at=") + expires.toString(Qt::ISODate));
    if (a.has("out")) {
        const QString prefix = a.value("out");
        if (auto r = writeQrFiles(link, prefix); !r) {
            return fail(r.error().message);
        }
        out(QStringLiteral("png=") + prefix + QStringLiteral(".png"));
        out(QStringLiteral("svg=") + prefix + QStringLiteral(".svg"));
    }
    return 0;
}

int serve(Storage &storage, const Args &a)
{
    Limits limits;
    qint64 port = 0, maxBody = 0, idle = 0, request = 0, conns = 0, retention = 0;
    if (!intOption(a, "port", 8080, &port) || port > 65535) {
        return fail(QStringLiteral("--port must be 0 to 65535"));
    }
    if (!intOption(a, "max-body", limits.maxBodyBytes, &maxBody) || !intOption(a, "idle-timeout", limits.idleTimeoutMs, &idle)
        || !intOption(a, "request-timeout", limits.requestTimeoutMs, &request)
        || !intOption(a, "max-connections", limits.maxConnections, &conns)
        || !intOption(a, "retention-days", 180, &retention)) {
        return fail(QStringLiteral("limits must be non-negative integers"));
    }
    limits.maxBodyBytes = maxBody;
    limits.idleTimeoutMs = int(idle);
    limits.requestTimeoutMs = int(request);
    limits.maxConnections = int(conns);
    bool ok = true;
    if (a.has("rate")) {
        limits.ratePerSecond = a.value("rate").toDouble(&ok);
    }
    if (ok && a.has("burst")) {
        limits.burst = a.value("burst").toDouble(&ok);
    }
    if (!ok || limits.ratePerSecond < 0 || limits.burst < 1) {
        return fail(QStringLiteral("--rate must be >= 0 (0 = off) and --burst >= 1"));
    }
    for (const QString &proxy : a.value("trusted-proxy").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QHostAddress address(proxy.trimmed());
        if (address.isNull()) {
            return fail(QStringLiteral("--trusted-proxy must list IP addresses, e.g. 127.0.0.1"));
        }
        limits.trustedProxies << address;
    }
    const QHostAddress host(a.value("host", QStringLiteral("127.0.0.1")));
    if (host.isNull()) {
        return fail(QStringLiteral("--host must be an IP address"));
    }
    // --demo: a server to try things with. On first start it creates the demo school and
    // prints a coordinator and a teacher invite (the app's "connect to a server" flow).
    if (a.has("demo")) {
        auto existing = storage.schools();
        if (!existing) {
            return fail(existing.error().message);
        }
        if (existing.value().isEmpty()) {
            auto s = storage.createSchool(QStringLiteral("Basisschool De Regenboog"), {});
            if (!s) {
                return fail(s.error().message);
            }
            if (auto r = loadDemo(storage, s.value().id); !r) {
                return fail(QStringLiteral("demo data: ") + r.error().message);
            }
        }
    }
    static Api api(storage, limits);
    static HttpFront front(api);
    const quint16 bound = front.start(host, quint16(port));
    if (bound == 0) {
        return fail(QStringLiteral("cannot listen on %1:%2").arg(host.toString()).arg(port));
    }
    // Tombstones older than the retention go once a day (and at start).
    static QTimer gc;
    auto collect = [&storage, retention] {
        auto list = storage.schools();
        if (!list) {
            return;
        }
        for (const SchoolInfo &s : list.value()) {
            (void)storage.purge(s.id, QDateTime::currentDateTimeUtc().addDays(-retention));
        }
    };
    QObject::connect(&gc, &QTimer::timeout, collect);
    collect();
    gc.start(24 * 3600 * 1000);
    const QUrl publicUrl(a.value("public-url", QStringLiteral("http://%1:%2").arg(host.toString()).arg(bound)), QUrl::StrictMode);
    if (!publicUrl.isValid() || publicUrl.host().isEmpty()) {
        return fail(QStringLiteral("--public-url must be the address devices use, e.g. https://partners.school.nl"));
    }
    api.setPublicUrl(publicUrl);
    if (a.has("demo")) {
        const QString schoolId = storage.schools().value().first().id;
        for (const QString &role : { QString(sync::kRoleCoordinator), QString(sync::kRoleTeacher) }) {
            const QString token = randomToken();
            if (auto r = storage.createInvite(schoolId, hashToken(token), role, QDateTime::currentDateTimeUtc().addDays(7), {}); !r) {
                return fail(r.error().message);
            }
            out(QStringLiteral("demo_%1_invite=%2").arg(role, sync::inviteLink(publicUrl, token)));
        }
    }
    out(QStringLiteral("listening host=%1 port=%2").arg(host.toString()).arg(bound));
    return QCoreApplication::exec();
}

// public-pages: what parents can reach, one line per published partner. poster: one
// partner's A4 poster as print-ready HTML or as a PDF (posterpdf.h).
int publicPages(Storage &storage, const Args &a)
{
    if (!a.has("school") || a.value("school").isEmpty()) {
        return fail(QStringLiteral("--school ID is required"));
    }
    const QUrl server(a.value("public-url"), QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))
        || server.host().isEmpty()) {
        return fail(QStringLiteral("--public-url must be the server's public http(s) address, e.g. https://partners.school.nl"));
    }
    auto school = storage.school(a.value("school"));
    if (!school || !school.value()) {
        return fail(QStringLiteral("no school %1").arg(a.value("school")));
    }
    PublicPages pages(storage);
    pages.setPublicUrl(server);
    auto cards = pages.cards(a.value("school"));
    if (!cards) {
        return fail(cards.error().message);
    }
    if (a.command == QLatin1String("public-pages")) {
        for (const PublicCard &c : cards.value()) {
            out(QStringLiteral("page person=%1 slug=%2 url=%3 name=\"%4\"").arg(c.personId, c.slug, pages.pageUrl(c), c.displayName()));
        }
        out(QStringLiteral("count=%1").arg(cards.value().size()));
        return 0;
    }
    const QString lang = a.value("lang", QStringLiteral("nl"));
    const QString file = a.value("out");
    if (file.isEmpty() || (lang != QLatin1String("nl") && lang != QLatin1String("en"))) {
        return fail(QStringLiteral("--out FILE (.pdf or .html) is required; --lang is nl or en"));
    }
    const auto card = std::find_if(cards.value().cbegin(), cards.value().cend(),
        [&](const PublicCard &c) { return c.personId == a.value("person"); });
    if (card == cards.value().cend()) {
        return fail(QStringLiteral("no published partner %1 in this school: a poster needs a person whose name is public")
                        .arg(a.value("person")));
    }
    const PublicLanguage language = lang == QLatin1String("en") ? PublicLanguage::English : PublicLanguage::Dutch;
    Status written;
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        written = writePosterPdf(*card, pages.pageUrl(*card), language, file);
    } else if (file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        QFile f(file);
        const QByteArray html = pages.posterHtml(*card, language, true);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html) != html.size()) {
            written = Error { QStringLiteral("poster.write"), QStringLiteral("cannot write %1").arg(file) };
        }
    } else {
        return fail(QStringLiteral("--out must end in .pdf or .html"));
    }
    if (!written) {
        return fail(written.error().message);
    }
    out(QStringLiteral("poster=") + file);
    out(QStringLiteral("url=") + pages.pageUrl(*card));
    return 0;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

int run(const Args &a)
{
    if (a.has("data") == a.has("db")) {
        return fail(QStringLiteral("give either --data DIR (SQLite) or --db URL (sqlite:///DIR or postgresql://...)"));
    }
    // The URL may carry a password: it is never printed.
    auto opened = openStorage(a.has("db") ? a.value("db") : sqliteUrl(a.value("data")));
    if (!opened) {
        return fail(opened.error().message);
    }
    Storage &storage = *opened.value();
    const QString &cmd = a.command;
    auto requireSchool = [&]() -> bool { return a.has("school") && !a.value("school").isEmpty(); };

    if (cmd == QLatin1String("serve")) {
        return serve(storage, a);
    }
    if (cmd == QLatin1String("create-school")) {
        // --count N: a board onboarding many schools at once ("NAME 1" .. "NAME N").
        qint64 count = 1;
        if (!intOption(a, "count", 1, &count) || count < 1 || count > 10000 || (count > 1 && a.has("id"))) {
            return fail(QStringLiteral("--count must be 1 to 10000 (and cannot be combined with --id)"));
        }
        for (qint64 i = 1; i <= count; ++i) {
            const QString name = count == 1 ? a.value("name") : QStringLiteral("%1 %2").arg(a.value("name")).arg(i);
            auto s = storage.createSchool(name, a.value("id"));
            if (!s) {
                return fail(s.error().message);
            }
            if (a.has("demo")) {
                if (auto r = loadDemo(storage, s.value().id); !r) {
                    return fail(QStringLiteral("demo data: ") + r.error().message);
                }
            }
            out(QStringLiteral("school_id=") + s.value().id);
            out(QStringLiteral("epoch=") + s.value().epoch);
            if (a.has("server-url")) {
                // The school's first coordinator invite, so a new school is usable in one step.
                Args inviteArgs = a;
                inviteArgs.options.insert(QStringLiteral("school"), s.value().id);
                inviteArgs.options.remove(QStringLiteral("out"));
                if (const int rc = makeInvite(storage, inviteArgs, QString(sync::kRoleCoordinator), {}); rc != 0) {
                    return rc;
                }
            }
        }
        return 0;
    }
    if (cmd == QLatin1String("create-coordinator")) {
        if (!requireSchool()) {
            return fail(QStringLiteral("--school ID is required"));
        }
        auto c = storage.createCoordinator(a.value("school"), a.value("name"), a.value("email"));
        if (!c) {
            return fail(c.error().message);
        }
        out(QStringLiteral("coordinator_id=") + c.value().id);
        return makeInvite(storage, a, QString(sync::kRoleCoordinator), c.value().id);
    }
    if (cmd == QLatin1String("set-password")) {
        // The coordinator's web admin password, read from stdin (never from the command line,
        // where other users of the machine could see it in the process list).
        std::optional<CoordinatorAccount> account;
        if (a.has("coordinator")) {
            auto found = storage.coordinatorAccount(a.value("coordinator"));
            if (!found) {
                return fail(found.error().message);
            }
            account = found.value();
        } else if (requireSchool() && a.has("email")) {
            auto found = storage.coordinatorAccountsByEmail(a.value("email"));
            if (!found) {
                return fail(found.error().message);
            }
            for (const CoordinatorAccount &c : found.value()) {
                if (c.info.schoolId == a.value("school")) {
                    account = c;
                }
            }
        } else {
            return fail(QStringLiteral("--coordinator ID, or --school ID with --email E, is required"));
        }
        if (!account) {
            return fail(QStringLiteral("no such coordinator"));
        }
        if (account->info.email.isEmpty()) {
            return fail(QStringLiteral("this coordinator has no e-mail address to sign in with"));
        }
        QTextStream in(stdin);
        const QString password = in.readLine();
        if (password.size() < 10 || password.size() > 1024) {
            return fail(QStringLiteral("the password must be 10 to 1024 characters (one line on stdin)"));
        }
        auto hash = hashPassword(password);
        if (!hash) {
            return fail(hash.error().message);
        }
        if (auto r = storage.setCoordinatorPassword(account->info.id, hash.value()); !r) {
            return fail(r.error().message);
        }
        out(QStringLiteral("coordinator_id=") + account->info.id);
        out(QStringLiteral("email=") + account->info.email);
        return 0;
    }
    if (cmd == QLatin1String("invite")) {
        if (!requireSchool()) {
            return fail(QStringLiteral("--school ID is required"));
        }
        const QString role = a.value("role", QString(sync::kRoleTeacher));
        if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
            return fail(QStringLiteral("--role must be teacher or coordinator"));
        }
        return makeInvite(storage, a, role, {});
    }
    if (cmd == QLatin1String("devices")) {
        if (!requireSchool()) {
            return fail(QStringLiteral("--school ID is required"));
        }
        auto s = storage.school(a.value("school"));
        if (!s || !s.value()) {
            return fail(QStringLiteral("no school %1").arg(a.value("school")));
        }
        auto list = storage.devices(a.value("school"));
        if (!list) {
            return fail(list.error().message);
        }
        for (const DeviceInfo &d : list.value()) {
            out(QStringLiteral("device id=%1 role=%2 name=\"%3\" created=%4 last_seen=%5 revoked=%6")
                    .arg(d.id, d.role, d.name, iso(d.createdAt), iso(d.lastSeenAt), iso(d.revokedAt)));
        }
        out(QStringLiteral("count=%1").arg(list.value().size()));
        return 0;
    }
    if (cmd == QLatin1String("revoke")) {
        if (auto r = storage.revokeDevice(a.value("device"), {}); !r) {
            return fail(r.error().message);
        }
        out(QStringLiteral("revoked=") + a.value("device"));
        return 0;
    }
    if (cmd == QLatin1String("status")) {
        QList<SchoolInfo> targets;
        if (requireSchool()) {
            auto s = storage.school(a.value("school"));
            if (!s || !s.value()) {
                return fail(QStringLiteral("no school %1").arg(a.value("school")));
            }
            targets << *s.value();
        } else {
            auto all = storage.schools();
            if (!all) {
                return fail(all.error().message);
            }
            targets = all.value();
        }
        for (const SchoolInfo &s : targets) {
            auto st = storage.status(s.id);
            if (!st) {
                return fail(st.error().message);
            }
            const SchoolStatus &v = st.value();
            out(QStringLiteral("school id=%1 name=\"%2\" epoch=%3 version=%4 tombstone_floor=%5 rows=%6 tombstones=%7 "
                               "open_flags=%8 conflicts=%9 devices=%10 revoked=%11")
                    .arg(s.id, s.name, s.epoch)
                    .arg(s.version)
                    .arg(s.tombstoneFloor)
                    .arg(v.liveRows)
                    .arg(v.tombstones)
                    .arg(v.openFlags)
                    .arg(v.conflicts)
                    .arg(v.activeDevices)
                    .arg(v.revokedDevices));
            for (const ClientStatus &c : v.clients) {
                out(QStringLiteral("  client id=%1 device=%2 last_mutation=%3 last_seen=%4")
                        .arg(c.clientId, c.deviceId)
                        .arg(c.lastMutationId)
                        .arg(iso(c.lastSeenAt)));
            }
        }
        return 0;
    }
    if (cmd == QLatin1String("rotate-epoch")) {
        auto e = storage.rotateEpoch(a.value("school"));
        if (!e) {
            return fail(e.error().message);
        }
        out(QStringLiteral("epoch=") + e.value());
        return 0;
    }
    if (cmd == QLatin1String("purge")) {
        qint64 days = 0;
        if (!requireSchool() || !intOption(a, "retention-days", 180, &days)) {
            return fail(QStringLiteral("--school ID is required; --retention-days must be a number"));
        }
        auto n = storage.purge(a.value("school"), QDateTime::currentDateTimeUtc().addDays(-days));
        if (!n) {
            return fail(n.error().message);
        }
        out(QStringLiteral("purged=%1").arg(n.value()));
        return 0;
    }
    if (cmd == QLatin1String("public-pages") || cmd == QLatin1String("poster")) {
        return publicPages(storage, a);
    }
    usage();
    return fail(QStringLiteral("unknown command %1").arg(cmd));
}

} // namespace

int main(int argc, char **argv)
{
    // A QCoreApplication: no platform plugin, no display. QImage only fills pixels and
    // writes a PNG, which needs none of that. `poster` draws text into a PDF, which needs
    // Qt's font database: a QGuiApplication on the offscreen platform, still without a
    // display. Every other command stays headless.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "poster") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kortelijn-server"));
    const auto args = parse(QCoreApplication::arguments());
    if (!args) {
        usage();
        return 2;
    }
    return run(*args);
}
