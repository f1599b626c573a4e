#include "database.h"

#include "migrations.h"

#include <sqlite3.h>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "kl.store")

namespace kl {

namespace {

// A null QString is an empty text here (the schema's NOT NULL DEFAULT '' columns); SQL
// NULL is asked for explicitly with a typed null QVariant.
QVariant bindable(const QVariant &v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull()) {
        return QStringLiteral("");
    }
    return v;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kl-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error storeError(const QString &what, const QString &detail)
{
    qCWarning(lcStore) << what << detail;
    return Error { QStringLiteral("store.failed"),
        QCoreApplication::translate("kl::Database", "The local data could not be saved or read (%1).").arg(what) };
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openAtVersion(path, latestVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = {};
            QSqlDatabase::removeDatabase(name);
            return Error { QStringLiteral("store.open"),
                QCoreApplication::translate("kl::Database", "The data file %1 could not be opened.")
                    .arg(QFileInfo(path).fileName()) + QLatin1Char(' ') + detail };
        }
    }
    std::unique_ptr<Database> database(new Database(path, name));
    // Check the version before anything writes to the file: a newer file stays untouched.
    const int current = database->userVersion();
    if (current < 0) {
        return Error { QStringLiteral("store.open"),
            QCoreApplication::translate("kl::Database", "The data file %1 is damaged or is not a KorteLijn file.")
                .arg(QFileInfo(path).fileName()) };
    }
    if (current > latestVersion()) {
        return Error { QStringLiteral("store.too_new"),
            QCoreApplication::translate("kl::Database",
                "This data was saved by a newer version of KorteLijn (schema %1, this version knows %2). "
                "Update the app; your data has not been changed.")
                .arg(current)
                .arg(latestVersion()) };
    }
    // mmap and a larger page cache keep search-as-you-type off the read() syscall path:
    // the probes jump between b-tree pages of a file that can reach 200 MB at 100k contacts.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
             "PRAGMA mmap_size=268435456", "PRAGMA cache_size=-16000" }) {
        if (auto r = database->run(QLatin1String(pragma)); !r) {
            return r.error();
        }
    }
    if (auto r = database->migrateTo(version); !r) {
        return r.error();
    }
    return database;
}

int Database::latestVersion()
{
    return migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::userVersion() const
{
    auto r = run(QStringLiteral("PRAGMA user_version"));
    if (!r || !r.value().next()) {
        return -1;
    }
    return r.value().value(0).toInt();
}

Status Database::migrateTo(int target)
{
    int current = userVersion();
    while (current < target) {
        const int next = current + 1;
        auto result = write([&]() -> Status {
            if (auto r = migrations::apply(*this, next); !r) {
                return r;
            }
            // PRAGMA takes no bound parameters; `next` is our own integer, not input.
            if (auto r = run(QStringLiteral("PRAGMA user_version = %1").arg(next)); !r) {
                return r.error();
            }
            return {};
        });
        if (!result) {
            qCWarning(lcStore) << "migration to" << next << "failed:" << result.error().message;
            return result;
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << next;
        current = next;
    }
    return {};
}

Status Database::write(const std::function<Status()> &body)
{
    if (m_depth > 0) {
        ++m_depth;
        Status r = body();
        --m_depth;
        if (!r) {
            m_failed = true; // the outermost level rolls back
        }
        return r;
    }
    if (auto r = run(QStringLiteral("BEGIN IMMEDIATE")); !r) {
        return r.error();
    }
    m_depth = 1;
    m_failed = false;
    Status result = body();
    m_depth = 0;
    if (result && !m_failed) {
        if (auto r = run(QStringLiteral("COMMIT")); !r) {
            (void)run(QStringLiteral("ROLLBACK"));
            return r.error();
        }
        return result;
    }
    (void)run(QStringLiteral("ROLLBACK"));
    if (result) {
        return Error { QStringLiteral("store.rolled_back"),
            QCoreApplication::translate("kl::Database", "The change was not saved.") };
    }
    return result;
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storeError(QStringLiteral("prepare"), sql + QStringLiteral(": ") + query.lastError().text());
    }
    for (const QVariant &b : binds) {
        query.addBindValue(bindable(b));
    }
    if (!query.exec()) {
        return storeError(QStringLiteral("exec"), sql + QStringLiteral(": ") + query.lastError().text());
    }
    return query;
}

Result<QSqlQuery *> Database::prepared(const QString &sql, const QVariantList &binds) const
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            return storeError(QStringLiteral("prepare"), sql + QStringLiteral(": ") + query.lastError().text());
        }
        it = m_prepared.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    for (int i = 0; i < binds.size(); ++i) {
        query.bindValue(i, bindable(binds.at(i)));
    }
    if (!query.exec()) {
        return storeError(QStringLiteral("exec"), sql + QStringLiteral(": ") + query.lastError().text());
    }
    return &query;
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    auto r = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    if (r && r.value().next()) {
        return r.value().value(0).toString();
    }
    return fallback;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    return write([&]() -> Status {
        auto r = run(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, value });
        return r ? Status {} : Status { r.error() };
    });
}


BulkInsert::BulkInsert(const Database &db, const QString &sql) : m_sql(sql)
{
    // The Qt SQLite driver hands out its sqlite3* as a QVariant holding the pointer.
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        fail(QStringLiteral("not an SQLite connection"));
        return;
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (!m_handle || sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
        fail(m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no connection"));
    }
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

void BulkInsert::fail(const QString &detail)
{
    if (m_status) {
        m_status = storeError(QStringLiteral("bulk insert"), m_sql + QStringLiteral(": ") + detail);
    }
}

BulkInsert &BulkInsert::bind(int index, qint64 value)
{
    if (m_statement && sqlite3_bind_int64(m_statement, index + 1, value) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    return *this;
}

BulkInsert &BulkInsert::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_statement
        && sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    return *this;
}

BulkInsert &BulkInsert::bindUtf8(int index, const QByteArray &value)
{
    if (m_statement
        && sqlite3_bind_text(m_statement, index + 1, value.constData(), int(value.size()), SQLITE_STATIC) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    return *this;
}

Status BulkInsert::step()
{
    if (!m_status) {
        return m_status;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE) {
        fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return m_status;
}

qint64 BulkInsert::lastInsertRowId() const
{
    return m_handle ? sqlite3_last_insert_rowid(m_handle) : 0;
}

} // namespace kl
