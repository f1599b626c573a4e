// The import as upload -> preview -> confirm, over HTTP. The upload goes to a temporary
// file; its preview is planned by a background job (importrun.h: encoding, format, CSV
// delimiter and column mapping detected, then planned against the live rows without
// writing); the coordinator may change the mapping and see the plan again; confirming
// runs the import as a second job that applies every change in one transaction with one
// audit entry, or nothing. Both jobs report progress and can be cancelled.
#include "adminservices.h"
#include "contactcsv.h"
#include "domain.h"
#include "importjobs.h"
#include "importrun.h"
#include "jobrunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryFile>

namespace kl::server {

namespace {

// Plans the upload on the job thread. A request that asked for `?async=1` gets the job's
// state at once (202) and follows it with GET /import/{id}; any other waits for the preview
// without holding a worker.
ApiResponse startPlanning(
    AdminServices &services, const std::shared_ptr<ImportJob> &job, const ApiRequest &request)
{
    ServerContext *shared = &services.context();
    const bool async
        = request.query.queryItemValue(QStringLiteral("async")) == QLatin1String("1") || !request.respond;
    {
        QMutexLocker lock(&job->mutex);
        job->state = QStringLiteral("planning");
        job->preview = {};
        job->result = {};
    }
    auto respond = async ? std::function<void(const ApiResponse &)>() : request.respond;
    shared->jobs->run([job, shared, respond](Storage &storage) {
        AdminServices jobServices(storage, *shared);
        const ApiResponse r = planUpload(jobServices, *job);
        if (respond) {
            respond(r);
        }
    });
    return async ? jsonResponse(job->status(), 202) : ApiResponse::deferred();
}

ApiResponse upload(AdminServices &services, const Session &s, const ApiRequest &request)
{
    ServerContext &context = services.context();
    if (!context.imports || !context.jobs) {
        return problem(503, QStringLiteral("import-unavailable"),
            QStringLiteral("Imports are not available on this server"));
    }
    if (request.body.isEmpty()) {
        return problem(422, QStringLiteral("import-empty"), QStringLiteral("The file is empty"));
    }
    // Kept on disk while the coordinator looks at the preview; read back a job at a time.
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/kl-import-XXXXXX"));
    if (!file->open() || file->write(request.body) != request.body.size() || !file->flush()) {
        return problem(
            507, QStringLiteral("import-storage"), QStringLiteral("The server has no room for the file"));
    }
    auto job = std::make_shared<ImportJob>();
    job->id = newId();
    job->schoolId = s.web.schoolId;
    job->session = s;
    job->createdAt = context.clock->now();
    job->upload.file = std::move(file);
    job->words = ImportWords::of(request);
    context.imports->add(job);
    return startPlanning(services, job, request);
}

std::shared_ptr<ImportJob> find(AdminServices &services, const Session &s, const QString &id)
{
    return services.context().imports ? services.context().imports->get(id, s.web.schoolId) : nullptr;
}

ApiResponse remap(AdminServices &services, const Session &s, const ApiRequest &request, const QString &id)
{
    auto job = find(services, s, id);
    if (!job) {
        return gone(QStringLiteral("This upload is no longer here; upload the file again"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const QJsonArray mapping = body->value(QStringLiteral("mapping")).toArray();
    QStringList fields;
    for (const QJsonValue &v : mapping) {
        const QString f = v.toString();
        if (!v.isString() || (!f.isEmpty() && !contactcsv::fields().contains(f))) {
            return problem(422, QStringLiteral("import-mapping"),
                QStringLiteral("Unknown field in the mapping"), QStringLiteral("mapping"), f);
        }
        fields << f;
    }
    {
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("preview")) {
            return problem(
                409, QStringLiteral("import-started"), QStringLiteral("This import has already started"));
        }
        if (job->upload.shape.format != QLatin1String("csv")) {
            return problem(409, QStringLiteral("import-not-csv"),
                QStringLiteral("Only a CSV file has a column mapping"));
        }
        if (mapping.size() != job->upload.shape.header.size()) {
            return problem(422, QStringLiteral("import-mapping"),
                QStringLiteral("The mapping names one field per column"), QStringLiteral("mapping"));
        }
        job->upload.mapping = fields;
        job->words = ImportWords::of(request);
    }
    return startPlanning(services, job, request);
}

ApiResponse confirm(AdminServices &services, const Session &s, const ApiRequest &request, const QString &id)
{
    ServerContext &context = services.context();
    auto job = find(services, s, id);
    if (!job) {
        return gone(QStringLiteral("This upload is no longer here; upload the file again"));
    }
    if (!context.jobs) {
        return problem(503, QStringLiteral("import-unavailable"),
            QStringLiteral("Imports are not available on this server"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const bool acceptSkipped = body->value(QStringLiteral("accept_skipped")).toBool();
    {
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("preview")) {
            return problem(409, QStringLiteral("import-started"),
                job->state == QLatin1String("planning") ? QStringLiteral("The preview is not ready yet")
                                                        : QStringLiteral("This import has already started"));
        }
        // Rows that would be left out are named first; the coordinator confirms without them.
        if (job->skipped > 0 && !acceptSkipped) {
            QStringList lines;
            for (const QJsonValue &v : std::as_const(job->skippedRows)) {
                if (lines.size() < 10) {
                    const QJsonObject r = v.toObject();
                    lines << QStringLiteral("%1 (%2)")
                                 .arg(r.value(QStringLiteral("line")).toInt())
                                 .arg(r.value(QStringLiteral("reason")).toString());
                }
            }
            ApiResponse r = problem(422, QStringLiteral("import-has-skipped"),
                QStringLiteral("Some rows cannot be imported; nothing was written"), {},
                job->words.say("regel %1", "line %1").arg(lines.join(job->words.say("; regel ", "; line "))));
            QJsonObject o = QJsonDocument::fromJson(r.body).object();
            o.insert(QStringLiteral("rows"), job->skippedRows);
            r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return r;
        }
        job->state = QStringLiteral("queued");
    }
    ServerContext *shared = &context;
    context.jobs->run([job, shared](Storage &storage) {
        AdminServices jobServices(storage, *shared);
        runImport(jobServices, *job);
    });
    return jsonResponse(job->status(), 202);
}

ApiResponse status(AdminServices &services, const Session &s, const QString &id)
{
    auto job = find(services, s, id);
    if (!job) {
        return gone(QStringLiteral("This upload is no longer here"));
    }
    return jsonResponse(job->status());
}

ApiResponse cancel(AdminServices &services, const Session &s, const QString &id)
{
    auto job = find(services, s, id);
    if (!job) {
        return gone(QStringLiteral("This upload is no longer here"));
    }
    job->cancel = true;
    {
        QMutexLocker lock(&job->mutex);
        if (job->state == QLatin1String("preview")) {
            job->state = QStringLiteral("cancelled"); // a planning job stops at its next batch
        }
    }
    return jsonResponse(job->status());
}

} // namespace

void addImportRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("POST", QStringLiteral("/import"),
        [&services](
            const Session &s, const ApiRequest &r, const QStringList &) { return upload(services, s, r); });
    router.route("POST", QStringLiteral("/import/{id}/mapping"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
            return remap(services, s, r, p.value(0));
        });
    router.route("POST", QStringLiteral("/import/{id}/confirm"),
        [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
            return confirm(services, s, r, p.value(0));
        });
    router.route("POST", QStringLiteral("/import/{id}/cancel"),
        [&services](const Session &s, const ApiRequest &, const QStringList &p) {
            return cancel(services, s, p.value(0));
        });
    router.route("GET", QStringLiteral("/import/{id}"),
        [&services](const Session &s, const ApiRequest &, const QStringList &p) {
            return status(services, s, p.value(0));
        });
}

} // namespace kl::server
