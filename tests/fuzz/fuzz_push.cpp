// The body of a sync push (POST /api/v1/sync/push) as the server reads it: the strict
// JSON check, each mutation's shape (parseMutation) and the field-by-field merge, against
// rows kept in memory the way storage would keep them, for a teacher and a coordinator.
// Whatever the body, every row the merge would store passes the field rules.
#include "fieldrules.h"
#include "fuzzcheck.h"
#include "merge.h"
#include "problems.h"

#include <QHash>
#include <QJsonArray>

using namespace kl::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApiRequest request;
    request.headers.insert("content-type", "application/json");
    request.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiResponse error;
    const auto body = jsonBody(request, &error);
    if (!body) {
        KL_FUZZ_CHECK(error.status == 400);
        return 0;
    }
    QHash<QString, ServerRow> stored;
    qint64 version = 1;
    for (const QJsonValue &value : body->value(QStringLiteral("mutations")).toArray()) {
        QString why;
        const auto m = parseMutation(value, &why);
        if (!m) {
            KL_FUZZ_CHECK(!why.isEmpty());
            continue;
        }
        const QString key = kl::sync::rowKey(m->table, m->rowId);
        const std::optional<ServerRow> current
            = stored.contains(key) ? std::optional<ServerRow>(stored.value(key)) : std::nullopt;
        for (const QString &role : { QString(kl::sync::kRoleTeacher), QString(kl::sync::kRoleCoordinator) }) {
            const MergeContext context { role, ++version, QStringLiteral("fuzz-client"),
                QStringLiteral("2026-03-02T10:00:00.000Z") };
            const MergeOutcome out = merge(current, *m, context);
            if (!out.applied) {
                KL_FUZZ_CHECK(!out.code.isEmpty());
                (void)rejectionJson(*m, out, current);
                continue;
            }
            if (out.row && !out.row->deleted) {
                if (m->table != QLatin1String("flags")) {
                    KL_FUZZ_CHECK(!kl::fieldrules::checkRow(m->table, out.row->fields));
                }
                for (auto it = out.row->fields.begin(); it != out.row->fields.end(); ++it) {
                    KL_FUZZ_CHECK(!kl::fieldrules::checkValue(m->table, it.key(), it.value()));
                }
            }
            if (out.row && role == kl::sync::kRoleCoordinator) {
                stored.insert(key, *out.row);
            }
        }
    }
    return 0;
}
