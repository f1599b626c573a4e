// Test support shared by the server and sync suites: a real kortelijn-server process on
// 127.0.0.1 (random port, temporary data directory), its admin CLI, a blocking HTTP
// client for raw API calls, and a phone: a local store with a sync engine.
#pragma once

#include "database.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace kltest {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QString value(const QString &key) const; // from a key=value line
};

// The storage backend the server suites run against: KL_TEST_BACKEND=sqlite (default) or
// postgresql (KL_TEST_PG_URL, exported by scripts/test-services.sh, names a database whose
// role may create databases; every ServerProcess gets a fresh database of its own).
[[nodiscard]] bool usePostgres();
[[nodiscard]] QString postgresAdminUrl();
// Creates an empty database and returns its URL; dropPostgresDatabase() removes it.
[[nodiscard]] QString createPostgresDatabase();
void dropPostgresDatabase(const QString &url);
// Opens a QSqlDatabase connection (QPSQL) to a postgresql:// URL.
[[nodiscard]] QSqlDatabase openPostgres(const QString &url, const QString &connectionName);

class ServerProcess
{
public:
    // sharedDbUrl: another instance on the same PostgreSQL database (it stays the owner).
    explicit ServerProcess(QStringList extraArgs = {}, QByteArray crashAt = {}, QString sharedDbUrl = {});
    ~ServerProcess();

    bool start(); // spawns `serve --port 0` and reads the bound port
    void kill9();
    bool restart();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }
    [[nodiscard]] QProcess &process() { return *m_process; }
    [[nodiscard]] QString startupOutput() const { return QString::fromUtf8(m_startup); } // stdout up to "listening"

    // --data DIR or --db URL: where this server keeps its data.
    [[nodiscard]] QStringList storageArgs() const;
    [[nodiscard]] QString dbUrl() const { return m_dbUrl; } // empty on SQLite
    // A connection to the server's own database, for checks behind the API's back.
    [[nodiscard]] QSqlDatabase openDatabase(const QString &connectionName) const;

    // An admin command on the same storage; `input` is written to its stdin (a password).
    CliResult cli(const QStringList &args, const QByteArray &input = {}) const;
    // A coordinator of `schoolId` who can sign in to the web admin; their id, or empty.
    QString addCoordinator(const QString &schoolId, const QString &name, const QString &email, const QString &password) const;
    QString createSchool(const QString &name, bool demo = false) const;
    QString invite(const QString &schoolId, const QString &role = QStringLiteral("teacher")) const;

private:
    QTemporaryDir m_dir;
    QString m_dbUrl;
    bool m_ownsDb = false;
    QStringList m_extra;
    QByteArray m_crashAt;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_startup;
};

struct HttpResult
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QString problemType() const;
};

HttpResult http(const QByteArray &method, const QString &url, const QByteArray &token = {}, const QByteArray &body = {},
    const QByteArray &contentType = "application/json", const QList<QPair<QByteArray, QByteArray>> &headers = {});

// POST /api/v1/enroll with an invite link; returns {device token, school id, device id}.
struct Enrolled
{
    QByteArray token;
    QString schoolId;
    QString deviceId;
    QString clientId;
};
Enrolled enrollRaw(const QString &serverUrl, const QString &inviteLink);

class Phone
{
public:
    explicit Phone(const QString &path = {});
    bool enroll(const QString &inviteLink);
    bool sync(int timeoutMs = 30000); // runs one sync to its end; true on success
    [[nodiscard]] kl::Database &db() { return *m_db; }
    [[nodiscard]] kl::SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] kl::MemoryTokenStore &tokens() { return m_tokens; }
    void reopen(); // closes and opens the store again (a restarted app)
    [[nodiscard]] QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    kl::MemoryTokenStore m_tokens;
    std::unique_ptr<kl::Database> m_db;
    std::unique_ptr<kl::SyncEngine> m_engine;
};

// School rows of a local store, as comparable text: "table/id" -> "col=value;..." (live rows).
QMap<QString, QString> localSchoolRows(kl::Database &db);
// Live rows on the server, same shape, read through a fresh pull by a coordinator token.
QMap<QString, QString> serverRows(const QString &serverUrl, const QString &schoolId, const QByteArray &token);
QString canonical(const QString &table, const QJsonObject &fields);
// Every synced field of a new organisation, as a raw push must send them: empty texts,
// no coordinates, category "overig".
QJsonObject orgFields(const QString &name);

} // namespace kltest
