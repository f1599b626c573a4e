// The admin commands on schools, coordinators and devices: create-school,
// create-coordinator, set-password, invite, devices, revoke, status, rotate-epoch, purge.
#include "cli.h"
#include "passwords.h"

#include <QTextStream>

namespace kl::server::cli {

int schoolCommand(Storage &storage, const Args &a)
{
    const QString &cmd = a.command;
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
        if (!requireSchool(a)) {
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
        } else if (requireSchool(a) && a.has("email")) {
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
        if (!requireSchool(a)) {
            return fail(QStringLiteral("--school ID is required"));
        }
        const QString role = a.value("role", QString(sync::kRoleTeacher));
        if (role != sync::kRoleTeacher && role != sync::kRoleCoordinator) {
            return fail(QStringLiteral("--role must be teacher or coordinator"));
        }
        return makeInvite(storage, a, role, {});
    }
    if (cmd == QLatin1String("devices")) {
        if (!requireSchool(a)) {
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
                    .arg(d.id, d.role, d.name, isoOrDash(d.createdAt), isoOrDash(d.lastSeenAt), isoOrDash(d.revokedAt)));
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
        if (requireSchool(a)) {
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
                        .arg(isoOrDash(c.lastSeenAt)));
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
        if (!requireSchool(a) || !intOption(a, "retention-days", 180, &days)) {
            return fail(QStringLiteral("--school ID is required; --retention-days must be a number"));
        }
        auto n = storage.purge(a.value("school"), QDateTime::currentDateTimeUtc().addDays(-days));
        if (!n) {
            return fail(n.error().message);
        }
        out(QStringLiteral("purged=%1").arg(n.value()));
        return 0;
    }
    return -1;
}

} // namespace kl::server::cli
