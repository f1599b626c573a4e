#include "testsupport.h"

#include "rows.h"
#include "syncprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace kltest {

QString CliResult::value(const QString &key) const
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char('='))) {
            return line.mid(key.size() + 1).trimmed();
        }
    }
    return {};
}

bool usePostgres()
{
    return qEnvironmentVariable("KL_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresAdminUrl()
{
    return qEnvironmentVariable("KL_TEST_PG_URL", QStringLiteral("postgresql://kl_test:kl_test@127.0.0.1:5432/kl_test"));
}

QSqlDatabase openPostgres(const QString &url, const QString &connectionName)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setDatabaseName(u.path().mid(1));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    if (!db.open()) {
        qWarning() << "cannot connect to" << u.host() << u.path() << db.lastError().text()
                   << "(is PostgreSQL running? source scripts/test-services.sh)";
    }
    return db;
}

namespace {
Q_GLOBAL_STATIC(QMutex, adminLock)

bool adminExec(const QString &sql)
{
    QMutexLocker lock(adminLock());
    static QAtomicInt counter;
    const QString name = QStringLiteral("kltest-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = openPostgres(postgresAdminUrl(), name);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok) {
                qWarning() << sql << q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

QString createPostgresDatabase()
{
    // Unique per process and call: parallel ctest runs never share a database.
    const QString name = QStringLiteral("kl_t_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        qFatal("cannot create a PostgreSQL test database (source scripts/test-services.sh first)");
    }
    QUrl u(postgresAdminUrl());
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

void dropPostgresDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    if (!name.startsWith(QLatin1String("kl_t_"))) {
        return;
    }
    (void)adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

ServerProcess::ServerProcess(QStringList extraArgs, QByteArray crashAt, QString sharedDbUrl)
    : m_dbUrl(std::move(sharedDbUrl))
    , m_extra(std::move(extraArgs))
    , m_crashAt(std::move(crashAt))
{
    if (m_dbUrl.isEmpty() && usePostgres()) {
        m_dbUrl = createPostgresDatabase();
        m_ownsDb = true;
    }
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    if (m_ownsDb) {
        dropPostgresDatabase(m_dbUrl);
    }
}

QStringList ServerProcess::storageArgs() const
{
    if (!m_dbUrl.isEmpty()) {
        return { QStringLiteral("--db"), m_dbUrl };
    }
    return { QStringLiteral("--data"), m_dir.path() };
}

QSqlDatabase ServerProcess::openDatabase(const QString &connectionName) const
{
    if (!m_dbUrl.isEmpty()) {
        return openPostgres(m_dbUrl, connectionName);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_dir.path() + QStringLiteral("/kortelijn-server.db"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qWarning() << "cannot open the server's database" << db.lastError().text();
    }
    return db;
}

bool ServerProcess::start()
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kl.*.info=false"));
    if (!m_crashAt.isEmpty()) {
        env.insert(QStringLiteral("KL_CRASH_AT"), QString::fromLatin1(m_crashAt));
    } else {
        env.remove(QStringLiteral("KL_CRASH_AT"));
    }
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args { QStringLiteral("serve") };
    args << storageArgs() << QStringLiteral("--port") << (m_port ? QString::number(m_port) : QStringLiteral("0"));
    args << m_extra;
    m_process->start(QStringLiteral(KL_SERVER_BIN), args);
    if (!m_process->waitForStarted(10000)) {
        return false;
    }
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < 20000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning) {
            qWarning() << "server exited:" << m_process->readAllStandardError();
            return false;
        }
        seen += m_process->readAllStandardOutput();
        const qsizetype at = seen.indexOf("listening ");
        const qsizetype eol = seen.indexOf('\n', at);
        if (at >= 0 && eol > at) {
            const QByteArray line = seen.mid(at, eol - at);
            m_port = quint16(line.mid(line.indexOf("port=") + 5).trimmed().toUInt());
            m_startup = seen;
            return m_port != 0;
        }
    }
    return false;
}

void ServerProcess::kill9()
{
    if (m_process) {
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(5000);
    }
}

bool ServerProcess::restart()
{
    kill9();
    m_crashAt.clear();
    return start(); // same data directory, same port
}

QString ServerProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

CliResult ServerProcess::cli(const QStringList &args, const QByteArray &input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kl.*.info=false"));
    env.remove(QStringLiteral("KL_CRASH_AT"));
    env.remove(QStringLiteral("KL_PAUSE_AT"));
    p.setProcessEnvironment(env);
    QStringList full { args.value(0) };
    full << storageArgs() << args.mid(1);
    p.start(QStringLiteral(KL_SERVER_BIN), full);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return CliResult { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

QString ServerProcess::addCoordinator(const QString &schoolId, const QString &name, const QString &email, const QString &password) const
{
    const QString id = cli({ QStringLiteral("create-coordinator"), QStringLiteral("--school"), schoolId, QStringLiteral("--name"), name,
                               QStringLiteral("--email"), email, QStringLiteral("--server-url"), url() })
                           .value(QStringLiteral("coordinator_id"));
    if (id.isEmpty()) {
        return {};
    }
    // The password on stdin, as an operator types it.
    const CliResult set = cli({ QStringLiteral("set-password"), QStringLiteral("--coordinator"), id }, password.toUtf8() + '\n');
    return set.exitCode == 0 ? id : QString();
}

QString ServerProcess::createSchool(const QString &name, bool demo) const
{
    QStringList args { QStringLiteral("create-school"), QStringLiteral("--name"), name };
    if (demo) {
        args << QStringLiteral("--demo");
    }
    return cli(args).value(QStringLiteral("school_id"));
}

QString ServerProcess::invite(const QString &schoolId, const QString &role) const
{
    return cli({ QStringLiteral("invite"), QStringLiteral("--school"), schoolId, QStringLiteral("--server-url"), url(),
                   QStringLiteral("--role"), role })
        .value(QStringLiteral("invite_link"));
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResult::problemType() const
{
    return json().value(QStringLiteral("type")).toString().section(QLatin1Char('/'), -1);
}

HttpResult http(const QByteArray &method, const QString &url, const QByteArray &token, const QByteArray &body,
    const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager(QCoreApplication::instance());
    QNetworkRequest req { QUrl(url) };
    req.setTransferTimeout(30000);
    if (!contentType.isEmpty()) {
        req.setRawHeader("Content-Type", contentType);
    }
    if (!token.isEmpty()) {
        req.setRawHeader("Authorization", "Bearer " + token);
    }
    for (const auto &[name, value] : headers) {
        req.setRawHeader(name, value);
    }
    QNetworkReply *reply = nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll() };
    reply->deleteLater();
    return r;
}

Enrolled enrollRaw(const QString &serverUrl, const QString &inviteLink)
{
    const auto invite = kl::sync::parseInvite(inviteLink);
    if (!invite) {
        return {};
    }
    const QString clientId = kl::newId();
    const QJsonObject body { { QStringLiteral("invite"), invite->token }, { QStringLiteral("device_name"), QStringLiteral("test") },
        { QStringLiteral("client_id"), clientId } };
    const HttpResult r = http("POST", serverUrl + QStringLiteral("/api/v1/enroll"), {}, QJsonDocument(body).toJson());
    const QJsonObject o = r.json();
    return Enrolled { o.value(QStringLiteral("device_token")).toString().toLatin1(),
        o.value(QStringLiteral("school")).toObject().value(QStringLiteral("id")).toString(),
        o.value(QStringLiteral("device_id")).toString(), clientId };
}

Phone::Phone(const QString &path)
    : m_path(path.isEmpty() ? m_dir.filePath(QStringLiteral("phone.db")) : path)
{
    reopen();
}

void Phone::reopen()
{
    m_engine.reset();
    m_db.reset();
    auto db = kl::Database::open(m_path);
    if (!db) {
        qFatal("cannot open the phone's store: %s", qPrintable(db.error().message));
    }
    m_db = std::move(db).value();
    m_engine = std::make_unique<kl::SyncEngine>(*m_db, m_tokens);
    m_engine->setRetryPolicy(60000, 60000); // tests drive syncs themselves
}

bool Phone::enroll(const QString &inviteLink)
{
    QSignalSpy spy(m_engine.get(), &kl::SyncEngine::enrollFinished);
    m_engine->enroll(inviteLink, QStringLiteral("test phone"));
    if (spy.isEmpty() && !spy.wait(30000)) {
        return false;
    }
    return spy.first().at(0).toBool();
}

bool Phone::sync(int timeoutMs)
{
    QSignalSpy spy(m_engine.get(), &kl::SyncEngine::syncFinished);
    m_engine->syncNow();
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        return false;
    }
    return spy.first().at(0).toBool();
}

QString canonical(const QString &table, const QJsonObject &fields)
{
    QJsonObject kept;
    for (const QString &c : kl::sync::syncedColumns(table)) {
        kept.insert(c, fields.value(c).isUndefined() ? QJsonValue(QJsonValue::Null) : fields.value(c));
    }
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> localSchoolRows(kl::Database &db)
{
    QMap<QString, QString> out;
    for (const QString &table : kl::rows::syncedTables()) {
        QString where = QStringLiteral("deleted = 0");
        if (kl::sync::hasOriginColumn(table)) {
            where += QStringLiteral(" AND origin = 0");
        } else if (table == QLatin1String("holdings")) {
            where += QStringLiteral(" AND function_id NOT IN (SELECT id FROM functions WHERE origin <> 0)");
        }
        auto found = kl::rows::loadWhere(db, table, where, {});
        if (!found) {
            qWarning() << found.error().message;
            continue;
        }
        for (const QVariantMap &row : found.value()) {
            QJsonObject fields;
            for (const QString &c : kl::sync::syncedColumns(table)) {
                fields.insert(c, kl::sync::encodeValue(table, c, row.value(c)));
            }
            out.insert(kl::sync::rowKey(table, row.value(QStringLiteral("id")).toString()), canonical(table, fields));
        }
    }
    auto flags = db.run(QStringLiteral("SELECT id, target_kind, target_id, reason, comment, created_at, resolved FROM flags"));
    while (flags && flags.value().next()) {
        const QSqlQuery &q = flags.value();
        const QJsonObject fields { { QStringLiteral("target_kind"), q.value(1).toString() },
            { QStringLiteral("target_id"), q.value(2).toString() }, { QStringLiteral("reason"), q.value(3).toString() },
            { QStringLiteral("comment"), q.value(4).toString() }, { QStringLiteral("created_at"), q.value(5).toString() },
            { QStringLiteral("resolved"), q.value(6).toInt() } };
        out.insert(kl::sync::rowKey(QStringLiteral("flags"), q.value(0).toString()), canonical(QStringLiteral("flags"), fields));
    }
    return out;
}

QMap<QString, QString> serverRows(const QString &serverUrl, const QString &schoolId, const QByteArray &token)
{
    QMap<QString, QString> out;
    QString cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        QUrlQuery q;
        if (!cursor.isEmpty()) {
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        }
        const HttpResult r = http("GET", serverUrl + QStringLiteral("/api/v1/schools/%1/sync/pull?").arg(schoolId)
                + q.toString(QUrl::FullyEncoded), token, {}, {});
        if (r.status != 200) {
            qWarning() << "pull failed" << r.status << r.body;
            return {};
        }
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString table = row.value(QStringLiteral("table")).toString();
            const QString key = kl::sync::rowKey(table, row.value(QStringLiteral("id")).toString());
            if (row.value(QStringLiteral("deleted")).toBool()) {
                out.remove(key);
            } else {
                out.insert(key, canonical(table, row.value(QStringLiteral("fields")).toObject()));
            }
        }
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool()) {
            break;
        }
    }
    return out;
}

QJsonObject orgFields(const QString &name)
{
    QJsonObject f;
    for (const QString &c : kl::sync::syncedColumns(QStringLiteral("organisations"))) {
        f.insert(c, QString());
    }
    f.insert(QStringLiteral("origin"), 0);
    f.insert(QStringLiteral("name"), name);
    f.insert(QStringLiteral("category"), QStringLiteral("overig"));
    f.insert(QStringLiteral("latitude"), QJsonValue::Null);
    f.insert(QStringLiteral("longitude"), QJsonValue::Null);
    f.insert(QStringLiteral("visibility"), QStringLiteral("{}"));
    return f;
}

} // namespace kltest
