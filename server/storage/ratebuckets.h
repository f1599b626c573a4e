// Token buckets kept in the process, shared by every worker thread of one server: the rate
// limits of a server on one SQLite file. (Several instances on PostgreSQL keep their
// buckets in the database instead, pgstorage.cpp.) Time comes from a Clock.
#pragma once

#include "clock.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace kl::server {

class RateBuckets
{
public:
    explicit RateBuckets(const Clock &clock = SystemClock::instance()) : m_clock(clock) { }

    // True when the bucket `key` (refilled at ratePerSecond up to burst) holds at least one
    // token; `cost` tokens are taken then (0: only look).
    bool take(const QString &key, double ratePerSecond, double burst, double cost = 1);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace kl::server
