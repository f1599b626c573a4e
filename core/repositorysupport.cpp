#include "repositorysupport.h"

#include <QRegularExpression>

namespace kl::detail {

Status saveRow(Database &db, const QString &table, const QString &id, const QVariantMap &fields, Origin origin)
{
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
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]{2,}$)"));
    return re.match(email).hasMatch();
}

} // namespace kl::detail
