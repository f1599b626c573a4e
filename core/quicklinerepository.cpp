#include "quicklinerepository.h"

#include "repositorysupport.h"
#include "rows.h"

namespace kl {

Result<QString> QuickLineRepository::save(QuickLine q)
{
    if (q.label.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("line.label"), detail::tr("Give the line a short name."));
    }
    if (q.targetId.isEmpty() || q.targetKind == TargetKind::Organisation) {
        return detail::invalid(QStringLiteral("line.target"), detail::tr("Choose a person or function to contact."));
    }
    if (q.templateText.size() > 1000) {
        return detail::invalid(QStringLiteral("line.template"),
            detail::tr("The message is too long for a quick line (at most 1000 characters)."));
    }
    const QString table = q.targetKind == TargetKind::Function ? QStringLiteral("functions") : QStringLiteral("persons");
    auto target = rows::load(m_db, table, q.targetId);
    if (!target) {
        return target.error();
    }
    if (target.value().isEmpty() || target.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return detail::invalid(QStringLiteral("line.target"), detail::tr("The contact of this line no longer exists."));
    }
    if (q.id.isEmpty()) {
        q.id = newId();
    }
    const Status s = detail::saveRow(m_db, QStringLiteral("quick_lines"), q.id, rows::of(q), q.origin);
    if (!s) {
        return s.error();
    }
    return q.id;
}

Result<std::optional<QuickLine>> QuickLineRepository::get(const QString &id) const
{
    auto row = rows::load(m_db, QStringLiteral("quick_lines"), id);
    if (!row) {
        return row.error();
    }
    if (row.value().isEmpty() || row.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return std::optional<QuickLine> {};
    }
    return std::optional<QuickLine>(rows::quickLine(row.value()));
}

Result<QList<QuickLine>> QuickLineRepository::query(const QString &where, const QString &order,
    const QVariantList &binds) const
{
    auto found = rows::loadWhere(m_db, QStringLiteral("quick_lines"), where, binds, order);
    if (!found) {
        return found.error();
    }
    QList<QuickLine> out;
    for (const QVariantMap &row : found.value()) {
        out << rows::quickLine(row);
    }
    return out;
}

Result<QList<QuickLine>> QuickLineRepository::list() const
{
    return query(QStringLiteral("deleted = 0"),
        QStringLiteral("pinned_order IS NULL, pinned_order, label COLLATE NOCASE"));
}

Result<QList<QuickLine>> QuickLineRepository::pinned() const
{
    return query(QStringLiteral("deleted = 0 AND pinned_order IS NOT NULL"), QStringLiteral("pinned_order, label"));
}

Result<QList<QuickLine>> QuickLineRepository::recentlyUsed(int limit) const
{
    return query(QStringLiteral("deleted = 0 AND last_used_at IS NOT NULL"),
        QStringLiteral("last_used_at DESC LIMIT %1").arg(std::max(1, limit)));
}

Status QuickLineRepository::remove(const QString &id)
{
    auto line = get(id);
    if (!line) {
        return line.error();
    }
    if (!line.value()) {
        return detail::invalid(QStringLiteral("line.missing"), detail::tr("This line no longer exists."));
    }
    return detail::deleteRow(m_db, QStringLiteral("quick_lines"), id, line.value()->origin);
}

Status QuickLineRepository::setPinned(const QString &id, bool pin)
{
    return m_db.write([&]() -> Status {
        auto line = get(id);
        if (!line) {
            return line.error();
        }
        if (!line.value()) {
            return detail::invalid(QStringLiteral("line.missing"), detail::tr("This line no longer exists."));
        }
        QuickLine q = *line.value();
        if (pin == q.pinnedOrder.has_value()) {
            return {};
        }
        if (pin) {
            auto max = m_db.run(
                QStringLiteral("SELECT coalesce(max(pinned_order), -1) FROM quick_lines WHERE deleted = 0"));
            if (!max) {
                return max.error();
            }
            max.value().next();
            q.pinnedOrder = max.value().value(0).toInt() + 1;
        } else {
            q.pinnedOrder.reset();
        }
        return detail::saveRow(m_db, QStringLiteral("quick_lines"), q.id, rows::of(q), q.origin);
    });
}

Status QuickLineRepository::reorderPinned(const QStringList &ids)
{
    return m_db.write([&]() -> Status {
        auto current = pinned();
        if (!current) {
            return current.error();
        }
        QStringList have;
        for (const QuickLine &q : current.value()) {
            have << q.id;
        }
        QStringList sortedHave = have;
        QStringList sortedIds = ids;
        sortedHave.sort();
        sortedIds.sort();
        if (sortedHave != sortedIds) {
            return detail::invalid(QStringLiteral("line.reorder"),
                detail::tr("The pinned lines changed in the meantime; try again."));
        }
        for (int i = 0; i < ids.size(); ++i) {
            QuickLine q = current.value().at(have.indexOf(ids.at(i)));
            if (q.pinnedOrder == i) {
                continue;
            }
            q.pinnedOrder = i;
            if (auto r = detail::saveRow(m_db, QStringLiteral("quick_lines"), q.id, rows::of(q), q.origin); !r) {
                return r;
            }
        }
        return {};
    });
}

Status QuickLineRepository::markUsed(const QString &id, const QDateTime &when)
{
    // Usage is personal: recorded locally, never synced, whatever the line's origin.
    auto r = m_db.run(QStringLiteral("UPDATE quick_lines SET last_used_at = ? WHERE id = ?"),
        { when.toUTC().toString(Qt::ISODateWithMs), id });
    return r ? Status {} : Status { r.error() };
}

} // namespace kl
