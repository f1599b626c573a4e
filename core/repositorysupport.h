// Shared write path of the repositories: upsert or tombstone a row, hand the field diff
// to the change recorder (school rows only: personal rows never leave the device) and
// keep the search index current, all inside the caller's transaction.
#pragma once

#include "database.h"
#include "domain.h"
#include "rows.h"

#include <QCoreApplication>

namespace kl {

// Context of the validation messages. lupdate reads Validation::tr() calls into the
// "kl::Validation" context, the same one they are looked up in at runtime.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(kl::Validation)
};

} // namespace kl

namespace kl::detail {

// The shared field rules (fieldrules.h) on the columns given; a Error with the rule's code.
Status checkFields(const QString &table, const QVariantMap &fields);
Status saveRow(Database &db, const QString &table, const QString &id, const QVariantMap &fields, Origin origin);
Status deleteRow(Database &db, const QString &table, const QString &id, Origin origin);

inline Error invalid(const QString &code, const QString &message)
{
    return Error { code, message };
}


[[nodiscard]] bool looksLikeEmail(const QString &email);

} // namespace kl::detail
