#include "cli.h"

#include "database.h"
#include "demodata.h"
#include "qrcodes.h"
#include "rows.h"

#include <QTemporaryDir>

#include <cstdio>

namespace kl::server::cli {

namespace {
const QSet<QString> kFlagOptions { QStringLiteral("demo"), QStringLiteral("help") };
} // namespace

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

void usage(FILE *to)
{
    std::fputs(
        "usage: kortelijn-server <command> (--data DIR | --db URL) [options]\n"
        "  --data DIR       SQLite in DIR (the default backend); same as --db sqlite:///DIR\n"
        "  --db URL         sqlite:///path/to/dir or postgresql://user:password@host:5432/dbname[?sslmode=require]\n"
        "  serve            --port N (0 = any) [--host ADDR] [--public-url URL] [--demo] [--max-body BYTES] [--rate PER_SECOND] [--burst N]\n"
        "                   [--request-timeout MS] [--idle-timeout MS] [--max-connections N] [--retention-days D]\n"
        "                   [--workers N] [--listen-backlog N] [--group-commit on|off]\n"
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
        "  poster           --school ID --person ID --public-url URL --out FILE.pdf|FILE.html [--lang nl|en]\n"
        "  organogram       --school ID --out FILE.pdf|FILE.svg [--paper a4|a3] [--lang nl|en]   (wie doet wat, to print)\n"
        "  carddav-credential --school ID --label NAME [--server-url URL]   (a read-only CardDAV login: url=, username=, password=)\n"
        "  carddav-revoke   --username NAME\n"
        "  field-rules      (no storage) the rules every value must pass, as a Markdown table (docs/api.md)\n"
        "  --help           this text\n",
        to);
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

QString isoOrDash(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

bool requireSchool(const Args &a)
{
    return a.has("school") && !a.value("school").isEmpty();
}

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

} // namespace kl::server::cli
