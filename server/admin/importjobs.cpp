#include "importjobs.h"

namespace kl::server {

QJsonObject ImportJob::status() const
{
    QMutexLocker lock(&mutex);
    QJsonObject o { { QStringLiteral("id"), id }, { QStringLiteral("state"), state },
        { QStringLiteral("done"), double(done.load()) }, { QStringLiteral("total"), double(total.load()) } };
    if (state == QLatin1String("preview") && !preview.isEmpty()) {
        o.insert(QStringLiteral("preview"), preview);
    }
    if (!result.isEmpty()) {
        o.insert(QStringLiteral("result"), result);
    }
    return o;
}

void ImportJob::finish(const QString &finalState, const QJsonObject &outcome)
{
    QMutexLocker lock(&mutex);
    state = finalState;
    result = outcome;
}

void ImportJobs::add(const std::shared_ptr<ImportJob> &job)
{
    QMutexLocker lock(&m_mutex);
    while (m_jobs.size() >= kMaxUploads) {
        qsizetype drop = -1;
        for (qsizetype i = 0; i < m_jobs.size() && drop < 0; ++i) {
            QMutexLocker jobLock(&m_jobs.at(i)->mutex);
            const QString &s = m_jobs.at(i)->state;
            if (s != QLatin1String("planning") && s != QLatin1String("queued")
                && s != QLatin1String("running")) {
                drop = i;
            }
        }
        if (drop < 0) {
            break;
        }
        m_jobs.removeAt(drop);
    }
    m_jobs.append(job);
}

std::shared_ptr<ImportJob> ImportJobs::get(const QString &id, const QString &schoolId) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &j : m_jobs) {
        if (j->id == id && j->schoolId == schoolId) {
            return j;
        }
    }
    return {};
}

void ImportJobs::remove(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.removeIf([&id](const std::shared_ptr<ImportJob> &j) { return j->id == id; });
}

} // namespace kl::server
