// Merge rules of the sync design, independent of any storage backend: validate one
// mutation, check the device's role, and merge it field by field into the current row.
// Different fields both apply; the same field: the later arrival wins and the value it
// replaces is reported as a conflict when the writer had not seen it.
#pragma once

#include "storage.h"

namespace kl::server {

struct IncomingMutation
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QString op;
    QJsonObject fields;
    qint64 baseVersion = 0;
};

// Shape check of one mutation of a push body; `why` names the first problem.
[[nodiscard]] std::optional<IncomingMutation> parseMutation(const QJsonValue &value, QString *why);

struct MergeOutcome
{
    bool applied = false;
    QString reason; // why it was rejected (permanent: retrying cannot help)
    QString code; // stable id of the reason for devices, e.g. "row.incomplete"
    std::optional<ServerRow> row; // the row to store when applied and changed
    QList<ConflictInfo> conflicts;
};

[[nodiscard]] MergeOutcome merge(const std::optional<ServerRow> &current, const IncomingMutation &m, const QString &role,
    qint64 newVersion, const QString &clientId);

} // namespace kl::server
