// kl-sync-client: a phone in a process of its own, so crash tests can kill it with
// KL_CRASH_AT=<point> in the middle of a sync and start it again on the same store.
//   kl-sync-client --db FILE --creds FILE enroll <invite link>
//   kl-sync-client --db FILE --creds FILE add-orgs <count> <name prefix>
//   kl-sync-client --db FILE --creds FILE sync [--page-limit N]
// Prints key=value lines; exit 0 on success.
#include "database.h"
#include "domain.h"
#include "organisationrepository.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

// The test stand-in for the platform's secure storage: a JSON file.
class FileTokenStore final : public kl::TokenStore
{
public:
    explicit FileTokenStore(QString path) : m_path(std::move(path)) { }
    kl::Result<kl::DeviceCredentials> load() override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            return kl::DeviceCredentials {};
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        return kl::DeviceCredentials { o.value(QStringLiteral("server")).toString(), o.value(QStringLiteral("school")).toString(),
            o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString(),
            o.value(QStringLiteral("token")).toString() };
    }
    kl::Status save(const kl::DeviceCredentials &c) override
    {
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return kl::Error { QStringLiteral("tokens"), QStringLiteral("cannot write ") + m_path };
        }
        f.write(QJsonDocument(QJsonObject { { QStringLiteral("server"), c.serverUrl }, { QStringLiteral("school"), c.schoolId },
                                  { QStringLiteral("name"), c.schoolName }, { QStringLiteral("role"), c.role },
                                  { QStringLiteral("token"), c.token } })
                    .toJson());
        return {};
    }
    kl::Status clear() override
    {
        QFile::remove(m_path);
        return {};
    }

private:
    QString m_path;
};

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath, credsPath;
    int pageLimit = 1000;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args.at(++i);
        } else if (args.at(i) == QLatin1String("--creds") && i + 1 < args.size()) {
            credsPath = args.at(++i);
        } else if (args.at(i) == QLatin1String("--page-limit") && i + 1 < args.size()) {
            pageLimit = args.at(++i).toInt();
        } else {
            positional << args.at(i);
        }
    }
    if (dbPath.isEmpty() || credsPath.isEmpty() || positional.isEmpty()) {
        std::fputs("usage: kl-sync-client --db FILE --creds FILE (enroll LINK | add-orgs N PREFIX | sync)\n", stderr);
        return 2;
    }
    auto db = kl::Database::open(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    FileTokenStore tokens(credsPath);
    kl::SyncEngine engine(*db.value(), tokens);
    engine.setPageLimit(pageLimit);
    const QString cmd = positional.first();
    if (cmd == QLatin1String("enroll") && positional.size() == 2) {
        int rc = 1;
        QObject::connect(&engine, &kl::SyncEngine::enrollFinished, &app, [&](bool ok, const QString &message) {
            out(QStringLiteral("enrolled=%1 message=%2").arg(ok ? 1 : 0).arg(message));
            rc = ok ? 0 : 1;
            app.quit();
        });
        engine.enroll(positional.at(1), QStringLiteral("crash test phone"));
        app.exec();
        out(QStringLiteral("client_id=") + engine.clientId());
        return rc;
    }
    if (cmd == QLatin1String("add-orgs") && positional.size() == 3) {
        kl::OrganisationRepository orgs(*db.value());
        for (int i = 0; i < positional.at(1).toInt(); ++i) {
            kl::Organisation o;
            o.name = positional.at(2) + QStringLiteral(" %1").arg(i);
            o.category = kl::Category::Zorg;
            o.city = QStringLiteral("Utrecht");
            auto r = orgs.save(o);
            if (!r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
        }
        out(QStringLiteral("pending=%1").arg(engine.pendingChanges()));
        return 0;
    }
    if (cmd == QLatin1String("sync")) {
        int rc = 1;
        QObject::connect(&engine, &kl::SyncEngine::syncFinished, &app, [&](bool ok) {
            rc = ok ? 0 : 1;
            app.quit();
        });
        engine.syncNow();
        app.exec();
        out(QStringLiteral("ok=%1 pending=%2 error=%3").arg(rc == 0 ? 1 : 0).arg(engine.pendingChanges()).arg(engine.lastErrorCode()));
        return rc;
    }
    std::fputs("unknown command\n", stderr);
    return 2;
}
