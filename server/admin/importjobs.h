// Uploaded files waiting for the coordinator's confirmation, and the imports running in
// the background (jobrunner.h). Kept in memory for a while only: an upload is its parsed
// cards or table (bounded by the request body limit), at most kMaxUploads of them, the
// oldest not running dropped first. One per server: every worker sees the same uploads.
#pragma once

#include "adminservices.h"
#include "contactcsv.h"
#include "importwords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>

#include <atomic>
#include <memory>

namespace kl::server {

struct ImportUpload
{
    QString format; // "csv" or "vcard"
    QString encoding; // textdecode::Decoded::encoding
    contactcsv::Table table; // CSV
    QStringList mapping; // CSV: one field per column (contactcsv::fields())
    QList<ContactCard> cards; // vCard
    [[nodiscard]] QList<ContactCard> toCards() const
    {
        return format == QLatin1String("csv") ? contactcsv::cards(table, mapping) : cards;
    }
};

struct ImportJob
{
    QString id;
    QString schoolId;
    Session session;
    QDateTime createdAt;
    ImportUpload upload;
    ImportWords words; // the coordinator's language for the rows' reasons (set by upload and mapping)
    std::atomic<int> done { 0 };
    std::atomic<int> total { 0 };
    std::atomic<bool> cancel { false };
    mutable QMutex mutex; // guards state and result
    QString state = QStringLiteral("preview"); // preview, queued, running, done, failed, cancelled
    QJsonObject result;

    [[nodiscard]] QJsonObject status() const;
    void finish(const QString &finalState, const QJsonObject &outcome);
};

class ImportJobs
{
public:
    static constexpr int kMaxUploads = 16;
    void add(const std::shared_ptr<ImportJob> &job);
    // The upload with this id of this school, or null.
    [[nodiscard]] std::shared_ptr<ImportJob> get(const QString &id, const QString &schoolId) const;
    void remove(const QString &id);

private:
    mutable QMutex m_mutex;
    QList<std::shared_ptr<ImportJob>> m_jobs;
};

} // namespace kl::server
