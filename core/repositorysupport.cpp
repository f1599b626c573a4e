#include "repositorysupport.h"

#include "fieldrules.h"
#include "syncprotocol.h"

namespace kl::detail {

Status checkFields(const QString &table, const QVariantMap &fields)
{
    // The repositories normalise first (phone numbers, trimming) and say what is wrong in
    // their own words; the shared rules are the last word on every value that is written.
    QJsonObject wire;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (fieldrules::column(table, it.key())) {
            wire.insert(it.key(), sync::encodeValue(table, it.key(), it.value()));
        }
    }
    if (const auto v = fieldrules::checkRow(table, wire, fieldrules::Completeness::Partial)) {
        return Error { v->code, v->message() };
    }
    return {};
}

Status saveRow(Database &db, const QString &table, const QString &id, const QVariantMap &fields, Origin origin)
{
    if (auto r = checkFields(table, fields); !r) {
        return r;
    }
    return db.write([&]() -> Status {
        QVariantMap changed;
        if (auto r = rows::upsert(db, table, id, fields, &changed); !r) {
            return r;
        }
        if (origin == Origin::School && !changed.isEmpty()) {
            return db.recordChange(Change { table, id, changed, false });
        }
        return {};
    });
}

Status deleteRow(Database &db, const QString &table, const QString &id, Origin origin)
{
    return db.write([&]() -> Status {
        if (auto r = rows::markDeleted(db, table, id); !r) {
            return r;
        }
        if (origin == Origin::School) {
            return db.recordChange(Change { table, id, {}, true });
        }
        return {};
    });
}

bool looksLikeEmail(const QString &email)
{
    return !fieldrules::checkValue(QStringLiteral("persons"), QStringLiteral("email"), email).has_value();
}

} // namespace kl::detail
