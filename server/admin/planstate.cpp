#include "planstate.h"

#include <QCborValue>
#include <QLoggingCategory>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcPlan, "kl.import")

namespace kl::server {

PlanState::PlanState()
{
    // "": a private temporary database on disk, removed when it is closed. Nothing in it
    // needs to survive a crash, so no journal and no syncing; one transaction for its life.
    if (sqlite3_open_v2("", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        qCWarning(lcPlan) << "cannot open the plan's scratch database" << sqlite3_errmsg(m_db);
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    const char *setup = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;"
                        "CREATE TABLE kv(space INTEGER NOT NULL, k TEXT NOT NULL, v BLOB, PRIMARY KEY(space, "
                        "k)) WITHOUT ROWID;"
                        "BEGIN;";
    if (sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "SELECT v FROM kv WHERE space = ? AND k = ?", -1,
               SQLITE_PREPARE_PERSISTENT, &m_get, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_db, "INSERT OR REPLACE INTO kv(space, k, v) VALUES (?, ?, ?)", -1,
               SQLITE_PREPARE_PERSISTENT, &m_put, nullptr)
            != SQLITE_OK) {
        qCWarning(lcPlan) << "cannot set up the plan's scratch database" << sqlite3_errmsg(m_db);
        sqlite3_finalize(m_get);
        sqlite3_finalize(m_put);
        sqlite3_close(m_db);
        m_db = nullptr;
        m_get = m_put = nullptr;
    }
}

PlanState::~PlanState()
{
    sqlite3_finalize(m_get);
    sqlite3_finalize(m_put);
    sqlite3_close(m_db); // the open transaction and the file go with it
}

bool PlanState::get(int space, const QString &key, QByteArray *value) const
{
    if (!m_db) {
        return false;
    }
    const QByteArray k = key.toUtf8();
    sqlite3_bind_int(m_get, 1, space);
    sqlite3_bind_text(m_get, 2, k.constData(), int(k.size()), SQLITE_STATIC);
    const bool found = sqlite3_step(m_get) == SQLITE_ROW;
    if (found) {
        *value = QByteArray(
            static_cast<const char *>(sqlite3_column_blob(m_get, 0)), sqlite3_column_bytes(m_get, 0));
    }
    sqlite3_reset(m_get);
    return found;
}

void PlanState::put(int space, const QString &key, const QByteArray &value)
{
    if (!m_db) {
        return;
    }
    const QByteArray k = key.toUtf8();
    sqlite3_bind_int(m_put, 1, space);
    sqlite3_bind_text(m_put, 2, k.constData(), int(k.size()), SQLITE_STATIC);
    sqlite3_bind_blob(m_put, 3, value.constData(), int(value.size()), SQLITE_STATIC);
    if (sqlite3_step(m_put) != SQLITE_DONE) {
        qCWarning(lcPlan) << "the plan's scratch database refused a write" << sqlite3_errmsg(m_db);
    }
    sqlite3_reset(m_put);
}

QJsonObject ScratchMap<QJsonObject>::value(const QString &key) const
{
    QByteArray v;
    return read(key, &v) ? QCborValue::fromCbor(v).toJsonValue().toObject() : QJsonObject();
}

void ScratchMap<QJsonObject>::insert(const QString &key, const QJsonObject &value)
{
    write(key, QCborValue::fromJsonValue(value).toCbor());
}

} // namespace kl::server
