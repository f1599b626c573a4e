#include "importrun.h"

#include "contactcsv.h"
#include "crashpoint.h"
#include "importplanner.h"
#include "textdecode.h"

namespace kl::server {

namespace {

ApiResponse failed(ImportJob &job, int status, const QString &code, const QString &title)
{
    job.finish(
        QStringLiteral("failed"), { { QStringLiteral("code"), code }, { QStringLiteral("detail"), title } });
    return problem(status, code, title);
}

ApiResponse cancelled(ImportJob &job)
{
    job.finish(QStringLiteral("cancelled"), {});
    return problem(409, QStringLiteral("import-cancelled"), QStringLiteral("The import was cancelled"));
}

// The file as text: decoded once per job and dropped with it (at most the body limit).
std::optional<textdecode::Decoded> readUpload(ImportJob &job)
{
    if (!job.upload.file || !job.upload.file->seek(0)) {
        return std::nullopt;
    }
    return textdecode::decode(job.upload.file->readAll());
}

} // namespace

ApiResponse planUpload(AdminServices &services, ImportJob &job)
{
    job.done = 0;
    job.total = 0;
    const auto text = readUpload(job);
    if (!text) {
        return failed(job, 500, QStringLiteral("import-storage"),
            QStringLiteral("The uploaded file cannot be read back"));
    }
    if (text->text.trimmed().isEmpty()) {
        return failed(job, 422, QStringLiteral("import-empty"), QStringLiteral("The file is empty"));
    }
    if (text->text.contains(QChar(0))) {
        return failed(job, 415, QStringLiteral("import-format"),
            QStringLiteral("The file is not a text file (CSV or vCard)"));
    }
    QStringList mapping;
    ImportWords words;
    {
        QMutexLocker lock(&job.mutex);
        if (job.upload.shape.format.isEmpty()) { // the first plan: what the file is, a first mapping
            job.upload.encoding = text->encoding;
            job.upload.shape = describeUpload(text->text);
            job.upload.mapping = contactcsv::guessMapping(job.upload.shape.header);
        }
        mapping = job.upload.mapping;
        words = job.words;
    }
    const UploadShape &shape = job.upload.shape;
    auto live = services.live(job.schoolId);
    if (!live) {
        return failed(job, 500, live.error().code, live.error().message);
    }
    ImportPlanner planner(live.value(), services.context().clock->now().date(), words);
    if (!planner.ok()) {
        return failed(
            job, 500, QStringLiteral("import-storage"), QStringLiteral("The import has no room to plan in"));
    }
    CardBatches batches(text->text, shape, mapping);
    job.total = batches.size();
    QJsonArray rows, skippedRows;
    int rowsTotal = 0;
    ImportPlan plan;
    for (;;) {
        if (job.cancel) {
            return cancelled(job);
        }
        const QList<ContactCard> cards = batches.next(kImportBatchRows);
        if (cards.isEmpty()) {
            break;
        }
        plan = planner.plan(cards);
        for (const PlannedRow &r : std::as_const(plan.rows)) {
            ++rowsTotal;
            if (rows.size() < kPreviewRows) {
                rows.append(r.toJson());
            } else if (r.action == QLatin1String("skipped") && skippedRows.size() < kPreviewSkippedRows) {
                skippedRows.append(r.toJson()); // shown after the first rows, so every problem is seen
            }
        }
        job.done = batches.position();
        crashPoint("server-import-batch-planned"); // the progress test holds the job here
    }
    if (rowsTotal == 0) {
        return failed(job, 422, QStringLiteral("import-empty"),
            shape.format == QLatin1String("csv") ? QStringLiteral("The file has no rows under its header")
                                                 : QStringLiteral("The file holds no contact card"));
    }
    for (const QJsonValue &r : std::as_const(skippedRows)) {
        rows.append(r);
    }
    QJsonArray allSkipped; // for confirm: the first skipped rows, in file order
    for (const QJsonValue &r : std::as_const(rows)) {
        if (r.toObject().value(QStringLiteral("action")).toString() == QLatin1String("skipped")
            && allSkipped.size() < kPreviewSkippedRows) {
            allSkipped.append(r);
        }
    }
    QJsonObject o { { QStringLiteral("id"), job.id }, { QStringLiteral("format"), shape.format },
        { QStringLiteral("encoding"), job.upload.encoding }, { QStringLiteral("rows"), rows },
        { QStringLiteral("rows_total"), rowsTotal }, { QStringLiteral("counts"), plan.counts() },
        { QStringLiteral("summary"), plan.summary() } };
    if (shape.format == QLatin1String("csv")) {
        o.insert(QStringLiteral("delimiter"), QString(shape.delimiter));
        o.insert(QStringLiteral("sep_line"), shape.sepLine);
        o.insert(QStringLiteral("header"), QJsonArray::fromStringList(shape.header));
        o.insert(QStringLiteral("mapping"), QJsonArray::fromStringList(mapping));
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(contactcsv::fields()));
    }
    {
        QMutexLocker lock(&job.mutex);
        if (job.cancel) {
            lock.unlock();
            return cancelled(job);
        }
        job.state = QStringLiteral("preview");
        job.preview = o;
        job.skipped = plan.skipped;
        job.skippedRows = allSkipped;
        job.result = {};
    }
    return jsonResponse(o);
}

void runImport(AdminServices &services, ImportJob &job)
{
    ImportWords words; // the audit line's summary in the coordinator's language
    {
        QMutexLocker lock(&job.mutex);
        words = job.words;
        if (job.cancel) {
            job.state = QStringLiteral("cancelled");
            return;
        }
        job.state = QStringLiteral("running");
        job.done = 0;
        job.total
            = job.preview.value(QStringLiteral("counts")).toObject().value(QStringLiteral("changes")).toInt();
    }
    auto fail = [&job](const Error &e) {
        job.finish(
            e.code == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("failed"),
            { { QStringLiteral("code"), e.code }, { QStringLiteral("detail"), e.message } });
    };
    const auto text = readUpload(job);
    if (!text) {
        fail(Error {
            QStringLiteral("import-storage"), QStringLiteral("The uploaded file cannot be read back") });
        return;
    }
    // Planned again on this thread against the rows as they are now.
    auto live = services.live(job.schoolId);
    if (!live) {
        fail(live.error());
        return;
    }
    const QDate today = services.context().clock->now().date();
    std::unique_ptr<ImportPlanner> planner;
    std::unique_ptr<CardBatches> batches;
    ImportPlan plan;
    int rowsSeen = 0;
    auto open = [&]() -> AdminServices::Batches {
        planner = std::make_unique<ImportPlanner>(live.value(), today, words);
        batches = std::make_unique<CardBatches>(text->text, job.upload.shape, job.upload.mapping);
        plan = ImportPlan();
        rowsSeen = 0;
        return [&]() -> Result<QJsonArray> {
            if (!planner->ok()) {
                return Error { QStringLiteral("import-storage"),
                    QStringLiteral("The import has no room to plan in") };
            }
            for (;;) {
                const QList<ContactCard> cards = batches->next(kImportBatchRows);
                if (cards.isEmpty()) {
                    return QJsonArray {};
                }
                plan = planner->plan(cards);
                rowsSeen += int(plan.rows.size());
                if (!plan.mutations.isEmpty()) {
                    return plan.mutations;
                }
            }
        };
    };
    auto detail = [&] {
        return QStringLiteral("%1 (%2, %3): %4")
            .arg(job.upload.shape.format, job.upload.encoding)
            .arg(rowsSeen)
            .arg(plan.summary());
    };
    const Status applied
        = services.applyAll(job.session, open, QStringLiteral("import"), detail, [&job](int done) {
              job.done = done;
              return !job.cancel.load();
          });
    if (!applied) {
        fail(applied.error());
        return;
    }
    job.done = plan.changes();
    job.total = plan.changes();
    job.finish(QStringLiteral("done"),
        { { QStringLiteral("counts"), plan.counts() }, { QStringLiteral("summary"), plan.summary() } });
}

} // namespace kl::server
