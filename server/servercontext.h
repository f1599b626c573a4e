// What every worker thread's handlers share: the limits and addresses the server was
// started with, the clock, the group commit, and the small caches that must be one per
// server (not one per connection). Everything here is safe to use from any thread.
#pragma once

#include "clock.h"
#include "httptypes.h"

#include <QHash>
#include <QMutex>
#include <QUrl>

namespace kl::server {

class PushCommitter;
class PublicCardCache;
class WebClients;
class JobRunner;
class ImportJobs;

// When each device last had last_seen_at written: it is for the coordinator's device list,
// and minutes are precise enough, so a no-change sync stays read-only.
class TouchTimes
{
public:
    // True (and remembered) when the device's last touch is older than `seconds`.
    bool due(const QString &deviceId, qint64 nowSecs, qint64 seconds)
    {
        QMutexLocker lock(&m_mutex);
        if (nowSecs - m_last.value(deviceId, 0) <= seconds) {
            return false;
        }
        if (m_last.size() > 100000) {
            m_last.clear();
        }
        m_last.insert(deviceId, nowSecs);
        return true;
    }

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_last;
};

struct ServerContext
{
    Limits limits;
    QUrl publicUrl; // the address devices use (behind a proxy: the public https URL)
    const Clock *clock = &SystemClock::instance();
    PushCommitter *committer = nullptr; // null: pushes commit on the worker's own connection
    JobRunner *jobs = nullptr; // background jobs (imports); null: none can start
    ImportJobs *imports = nullptr; // uploads waiting for confirmation, imports running
    PublicCardCache *publicCards = nullptr;
    WebClients *webClients = nullptr;
    TouchTimes touches;
};

} // namespace kl::server
