// The import as upload -> preview -> confirm. The upload is read (encoding, format, CSV
// delimiter and column mapping detected) and planned against the live rows without
// writing (importplanner.h); the coordinator may change the mapping and see the plan
// again; confirming runs the import as a background job (jobrunner.h) that applies every
// change in one transaction with one audit entry, or nothing, with progress and cancel.
#include "adminservices.h"
#include "contactcsv.h"
#include "domain.h"
#include "importjobs.h"
#include "importplanner.h"
#include "jobrunner.h"
#include "textdecode.h"

#include <QJsonDocument>

namespace kl::server {

namespace {

bool looksLikeVCard(const QString &text)
{
    const QString head = text.left(4096).trimmed();
    return head.startsWith(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive)
        || head.contains(QLatin1String("\nBEGIN:VCARD"), Qt::CaseInsensitive);
}

QJsonObject preview(const ImportJob &job, const ImportPlan &plan)
{
    const ImportUpload &u = job.upload;
    QJsonArray rows;
    for (const PlannedRow &r : plan.rows) {
        rows.append(r.toJson());
    }
    QJsonObject o { { QStringLiteral("id"), job.id }, { QStringLiteral("format"), u.format },
        { QStringLiteral("encoding"), u.encoding }, { QStringLiteral("rows"), rows }, { QStringLiteral("counts"), plan.counts() },
        { QStringLiteral("summary"), plan.summary() } };
    if (u.format == QLatin1String("csv")) {
        o.insert(QStringLiteral("delimiter"), QString(u.table.delimiter));
        o.insert(QStringLiteral("sep_line"), u.table.sepLine);
        o.insert(QStringLiteral("header"), QJsonArray::fromStringList(u.table.header));
        o.insert(QStringLiteral("mapping"), QJsonArray::fromStringList(u.mapping));
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(contactcsv::fields()));
    }
    return o;
}

Result<ImportPlan> planFor(AdminServices &services, const ImportJob &job)
{
    auto live = services.live(job.schoolId);
    if (!live) {
        return live.error();
    }
    return planImport(job.upload.toCards(), live.value(), services.context().clock->now().date(), job.words);
}

ApiResponse upload(AdminServices &services, const Session &s, const ApiRequest &request)
{
    ServerContext &context = services.context();
    if (!context.imports) {
        return problem(503, QStringLiteral("import-unavailable"), QStringLiteral("Imports are not available on this server"));
    }
    const textdecode::Decoded text = textdecode::decode(request.body);
    if (text.text.trimmed().isEmpty()) {
        return problem(422, QStringLiteral("import-empty"), QStringLiteral("The file is empty"));
    }
    if (text.text.contains(QChar(0))) {
        return problem(415, QStringLiteral("import-format"), QStringLiteral("The file is not a text file (CSV or vCard)"));
    }
    auto job = std::make_shared<ImportJob>();
    job->id = newId();
    job->schoolId = s.web.schoolId;
    job->session = s;
    job->createdAt = context.clock->now();
    job->upload.encoding = text.encoding;
    job->words = ImportWords::of(request);
    if (looksLikeVCard(text.text)) {
        job->upload.format = QStringLiteral("vcard");
        job->upload.cards = contactcard::readVCards(text.text);
        if (job->upload.cards.isEmpty()) {
            return problem(422, QStringLiteral("import-empty"), QStringLiteral("The file holds no contact card"));
        }
    } else {
        job->upload.format = QStringLiteral("csv");
        job->upload.table = contactcsv::parse(text.text);
        if (job->upload.table.rows.isEmpty()) {
            return problem(422, QStringLiteral("import-empty"), QStringLiteral("The file has no rows under its header"));
        }
        job->upload.mapping = contactcsv::guessMapping(job->upload.table.header);
    }
    auto plan = planFor(services, *job);
    if (!plan) {
        return fromError(plan.error());
    }
    context.imports->add(job);
    return jsonResponse(preview(*job, plan.value()));
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
    if (job->upload.format != QLatin1String("csv")) {
        return problem(409, QStringLiteral("import-not-csv"), QStringLiteral("Only a CSV file has a column mapping"));
    }
    const QJsonArray mapping = body->value(QStringLiteral("mapping")).toArray();
    if (mapping.size() != job->upload.table.header.size()) {
        return problem(422, QStringLiteral("import-mapping"), QStringLiteral("The mapping names one field per column"),
            QStringLiteral("mapping"));
    }
    QStringList fields;
    for (const QJsonValue &v : mapping) {
        const QString f = v.toString();
        if (!v.isString() || (!f.isEmpty() && !contactcsv::fields().contains(f))) {
            return problem(422, QStringLiteral("import-mapping"), QStringLiteral("Unknown field in the mapping"),
                QStringLiteral("mapping"), f);
        }
        fields << f;
    }
    {
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("preview")) {
            return problem(409, QStringLiteral("import-started"), QStringLiteral("This import has already started"));
        }
        job->upload.mapping = fields;
        job->words = ImportWords::of(request);
    }
    auto plan = planFor(services, *job);
    if (!plan) {
        return fromError(plan.error());
    }
    return jsonResponse(preview(*job, plan.value()));
}

ApiResponse confirm(AdminServices &services, const Session &s, const ApiRequest &request, const QString &id)
{
    ServerContext &context = services.context();
    auto job = find(services, s, id);
    if (!job) {
        return gone(QStringLiteral("This upload is no longer here; upload the file again"));
    }
    if (!context.jobs) {
        return problem(503, QStringLiteral("import-unavailable"), QStringLiteral("Imports are not available on this server"));
    }
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        return error;
    }
    const bool acceptSkipped = body->value(QStringLiteral("accept_skipped")).toBool();
    // Rows that would be left out are named first; the coordinator confirms without them.
    auto plan = planFor(services, *job);
    if (!plan) {
        return fromError(plan.error());
    }
    if (plan.value().skipped > 0 && !acceptSkipped) {
        QJsonArray skipped;
        QStringList lines;
        for (const PlannedRow &r : plan.value().rows) {
            if (r.action == QLatin1String("skipped")) {
                skipped.append(r.toJson());
                if (lines.size() < 10) {
                    lines << QStringLiteral("%1 (%2)").arg(r.line).arg(r.reason);
                }
            }
        }
        ApiResponse r = problem(422, QStringLiteral("import-has-skipped"),
            QStringLiteral("Some rows cannot be imported; nothing was written"), {},
            job->words.say("regel %1", "line %1").arg(lines.join(job->words.say("; regel ", "; line "))));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("rows"), skipped);
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
    {
        QMutexLocker lock(&job->mutex);
        if (job->state != QLatin1String("preview")) {
            return problem(409, QStringLiteral("import-started"), QStringLiteral("This import has already started"));
        }
        job->state = QStringLiteral("queued");
    }
    ServerContext *shared = &context;
    context.jobs->run([job, shared](Storage &storage) {
        AdminServices jobServices(storage, *shared);
        {
            QMutexLocker lock(&job->mutex);
            if (job->cancel) {
                job->state = QStringLiteral("cancelled");
                return;
            }
            job->state = QStringLiteral("running");
        }
        // Planned again on this thread against the rows as they are now.
        auto again = planFor(jobServices, *job);
        if (!again) {
            job->finish(QStringLiteral("failed"), { { QStringLiteral("code"), again.error().code },
                                                      { QStringLiteral("detail"), again.error().message } });
            return;
        }
        const ImportPlan &p = again.value();
        job->total = p.changes();
        const QString detail = QStringLiteral("%1 (%2, %3): %4")
                                   .arg(job->upload.format, job->upload.encoding)
                                   .arg(p.rows.size())
                                   .arg(p.summary());
        const Status applied = jobServices.applyAll(job->session, p.mutations, QStringLiteral("import"), detail,
            [job](int done) {
                job->done = done;
                return !job->cancel.load();
            });
        QJsonObject outcome { { QStringLiteral("counts"), p.counts() }, { QStringLiteral("summary"), p.summary() } };
        if (!applied) {
            outcome = { { QStringLiteral("code"), applied.error().code }, { QStringLiteral("detail"), applied.error().message } };
            job->finish(applied.error().code == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                outcome);
            return;
        }
        job->done = p.changes();
        job->finish(QStringLiteral("done"), outcome);
    });
    ApiResponse r = jsonResponse(job->status(), 202);
    return r;
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
            job->state = QStringLiteral("cancelled");
        }
    }
    return jsonResponse(job->status());
}

} // namespace

void addImportRoutes(AdminRouter &router, AdminServices &services)
{
    router.route("POST", QStringLiteral("/import"), [&services](const Session &s, const ApiRequest &r, const QStringList &) {
        return upload(services, s, r);
    });
    router.route("POST", QStringLiteral("/import/{id}/mapping"), [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
        return remap(services, s, r, p.value(0));
    });
    router.route("POST", QStringLiteral("/import/{id}/confirm"), [&services](const Session &s, const ApiRequest &r, const QStringList &p) {
        return confirm(services, s, r, p.value(0));
    });
    router.route("POST", QStringLiteral("/import/{id}/cancel"), [&services](const Session &s, const ApiRequest &, const QStringList &p) {
        return cancel(services, s, p.value(0));
    });
    router.route("GET", QStringLiteral("/import/{id}"), [&services](const Session &s, const ApiRequest &, const QStringList &p) {
        return status(services, s, p.value(0));
    });
}

} // namespace kl::server
