#include "ratebuckets.h"

#include <algorithm>

namespace kl::server {

bool RateBuckets::take(const QString &key, double ratePerSecond, double burst, double cost)
{
    const qint64 nowMs = m_clock.monotonicMs();
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() > 100000) {
            m_buckets.clear(); // bounded memory; a flood of addresses only resets everyone's bucket
        }
        it = m_buckets.insert(key, Bucket { burst, nowMs });
    }
    it->tokens = std::min(burst, it->tokens + double(nowMs - it->lastMs) * ratePerSecond / 1000.0);
    it->lastMs = nowMs;
    if (it->tokens < 1) {
        return false;
    }
    it->tokens -= cost;
    return true;
}

} // namespace kl::server
