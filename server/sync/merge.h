// Merge rules of the sync design, independent of any storage backend: read one mutation
// of a push, check it against the field rules (fieldrules.h) and the device's role, and
// merge it field by field into the current row. Different fields both apply; the same
// field: the later arrival wins and the value it replaces is reported as a conflict when
// the writer had not seen it. A row that would break a rule after the merge (a rule
// between fields the edit did not touch both of) is refused, so every phone can store
// whatever the server serves.
#pragma once

#include "storage.h"

namespace kl::server {

// Reads one mutation of a push body. nullopt (and `why`) when it is not well formed (no
// id, row, op, a base that is not a version): then the whole push is refused. A value that
// breaks a rule, an unknown table or a photo that is not a picture is a recorded rejection
// of that mutation alone (IncomingMutation::problem, merge()), and the client moves on.
[[nodiscard]] std::optional<IncomingMutation> parseMutation(const QJsonValue &value, QString *why);

// Photos in a push are decoded and stored re-encoded like web uploads (photos.h), before
// the write transaction; one that is not a picture marks the mutation's problem.
void preparePhotos(QList<IncomingMutation> &mutations);

struct MergeContext
{
    QString role;
    qint64 newVersion = 0;
    QString clientId;
    QString stamp; // the server's time of the push (flags get it as created_at)
};

struct MergeOutcome
{
    bool applied = false;
    QString reason; // why it was rejected (permanent: retrying cannot help)
    QString code; // stable id of the reason, e.g. "row.incomplete", "field-type"
    QString field; // the field the rejection is about, if one
    std::optional<ServerRow> row; // the row to store when applied and changed
    QList<ConflictInfo> conflicts;
};

[[nodiscard]] MergeOutcome merge(const std::optional<ServerRow> &current, const IncomingMutation &m, const MergeContext &context);

// The push result of a rejected mutation, with the server's row so the device can undo.
[[nodiscard]] QJsonObject rejectionJson(const IncomingMutation &m, const MergeOutcome &merged, const std::optional<ServerRow> &current);

} // namespace kl::server
