// Uploaded files and what is done with them in the background (jobrunner.h): planning the
// preview, then the import. An upload is kept as a temporary file, not in memory; what a
// job keeps is its state, its progress and the preview's answer (counts and the first
// rows; importrun.h). At most kMaxUploads per server, the oldest idle one dropped first.
// One per server: every worker sees the same uploads.
#pragma once

#include "adminservices.h"
#include "importsource.h"
#include "contactcsv.h"
#include "importwords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryFile>
#include <atomic>
#include <memory>

namespace kl::server {

struct ImportUpload
{
    std::unique_ptr<QTemporaryFile> file; // the bytes as they came, removed with the upload
    QString encoding; // textdecode::Decoded::encoding
    UploadShape shape;
    QStringList mapping; // CSV: one field per column (contactcsv::fields())
};

struct ImportJob
{
    QString id;
    QString schoolId;
    Session session;
    QDateTime createdAt;
    ImportUpload upload;
    ImportWords words; // the coordinator's language for the rows' reasons (set by upload and mapping)
    std::atomic<qint64> done { 0 };
    std::atomic<qint64> total { 0 };
    std::atomic<bool> cancel { false };
    mutable QMutex mutex; // guards everything below, and the upload's mapping
    // planning (the preview is being made), preview (made: see `preview`), queued,
    // running, done, failed, cancelled
    QString state = QStringLiteral("planning");
    QJsonObject result;
    QJsonObject preview; // the last plan's answer
    int skipped = 0; // rows the last plan leaves out
    QJsonArray skippedRows; // the first of them

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
