// What an import's plan remembers while it reads the file (rows as they will be, names,
// e-mails and phones already matched, functions already held): kept in a private scratch
// SQLite database on disk (deleted when the plan ends) instead of in memory, so a plan of
// 190,000 rows needs a few megabytes of page cache, not a gigabyte of hash tables.
// ScratchMap and ScratchSet offer the few calls of QHash and QSet the planner uses.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace kl::server {

class PlanState
{
public:
    PlanState(); // opens the scratch database; ok() says whether it did
    ~PlanState();
    PlanState(const PlanState &) = delete;
    PlanState &operator=(const PlanState &) = delete;

    [[nodiscard]] bool ok() const { return m_db != nullptr; }
    [[nodiscard]] int newSpace() { return ++m_spaces; }
    [[nodiscard]] bool get(int space, const QString &key, QByteArray *value) const;
    void put(int space, const QString &key, const QByteArray &value);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_get = nullptr;
    sqlite3_stmt *m_put = nullptr;
    int m_spaces = 0;
};

// One key space of the scratch database.
class ScratchSpace
{
protected:
    explicit ScratchSpace(PlanState &state) : m_state(state), m_space(state.newSpace()) { }
    [[nodiscard]] bool read(const QString &key, QByteArray *value) const { return m_state.get(m_space, key, value); }
    void write(const QString &key, const QByteArray &value) { m_state.put(m_space, key, value); }

private:
    PlanState &m_state;
    int m_space;
};

template<typename V>
class ScratchMap;

template<>
class ScratchMap<QString> : ScratchSpace
{
public:
    explicit ScratchMap(PlanState &state) : ScratchSpace(state) { }
    [[nodiscard]] QString value(const QString &key) const
    {
        QByteArray v;
        return read(key, &v) ? QString::fromUtf8(v) : QString();
    }
    void insert(const QString &key, const QString &value) { write(key, value.toUtf8()); }
};

template<>
class ScratchMap<QJsonObject> : ScratchSpace
{
public:
    explicit ScratchMap(PlanState &state) : ScratchSpace(state) { }
    [[nodiscard]] QJsonObject value(const QString &key) const;
    void insert(const QString &key, const QJsonObject &value);
};

class ScratchSet : ScratchSpace
{
public:
    explicit ScratchSet(PlanState &state) : ScratchSpace(state) { }
    [[nodiscard]] bool contains(const QString &key) const
    {
        QByteArray v;
        return read(key, &v);
    }
    void insert(const QString &key) { write(key, {}); }
};

} // namespace kl::server
