#include "quicklinerepository.h"

#include "repositorysupport.h"
#include "rows.h"

namespace kl {

namespace {
// Where a line sits on this phone's home screen: the teacher's choice, else the school's.
const QString kEffectiveOrder = QStringLiteral("(CASE WHEN my_pin_set = 1 THEN my_pinned_order ELSE pinned_order END)");
} // namespace

Result<QString> QuickLineRepository::save(QuickLine q)
{
    if (q.label.trimmed().isEmpty()) {
        return detail::invalid(QStringLiteral("line.label"), Validation::tr("Give the line a short name."));
    }
    if (q.targetId.isEmpty() || q.targetKind == TargetKind::Organisation) {
        return detail::invalid(QStringLiteral("line.target"), Validation::tr("Choose a person or function to contact."));
    }
    if (q.templateText.size() > 1000) {
        return detail::invalid(QStringLiteral("line.template"),
            Validation::tr("The message is too long for a quick line (at most 1000 characters)."));
    }
    const QString table = q.targetKind == TargetKind::Function ? QStringLiteral("functions") : QStringLiteral("persons");
    auto target = rows::load(m_db, table, q.targetId);
    if (!target) {
        return target.error();
    }
    if (target.value().isEmpty() || target.value().value(QStringLiteral("deleted")).toInt() != 0) {
        return detail::invalid(QStringLiteral("line.target"), Validation::tr("The contact of this line no longer exists."));
    }
    QVariantMap fields = rows::of(q);
    if (q.id.isEmpty()) {
        q.id = newId();
    } else {
        // Pinning and usage are this phone's business (setPinned, reorderPinned, markUsed);
        // an edit of the text must not turn them into changes of the school's line.
        fields.remove(QStringLiteral("pinned_order"));
        fields.remove(QStringLiteral("last_used_at"));
    }
    const Status s = detail::saveRow(m_db, QStringLiteral("quick_lines"), q.id, fields, q.origin);
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
        QStringLiteral("%1 IS NULL, %1, label COLLATE NOCASE").arg(kEffectiveOrder));
}

Result<QList<QuickLine>> QuickLineRepository::pinned() const
{
    return query(QStringLiteral("deleted = 0 AND %1 IS NOT NULL").arg(kEffectiveOrder),
        QStringLiteral("%1, label").arg(kEffectiveOrder));
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
        return detail::invalid(QStringLiteral("line.missing"), Validation::tr("This line no longer exists."));
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
            return detail::invalid(QStringLiteral("line.missing"), Validation::tr("This line no longer exists."));
        }
        if (pin == line.value()->pinnedOrder.has_value()) {
            return {};
        }
        QVariant order = QVariant(QMetaType(QMetaType::Int)); // a typed null (clang reads "order(QMetaType(...))" as a function)
        if (pin) {
            auto max = m_db.run(
                QStringLiteral("SELECT coalesce(max(%1), -1) FROM quick_lines WHERE deleted = 0").arg(kEffectiveOrder));
            if (!max) {
                return max.error();
            }
            max.value().next();
            order = max.value().value(0).toInt() + 1;
        }
        // Device only: never recorded as a change, also for the school's lines.
        auto r = m_db.run(QStringLiteral("UPDATE quick_lines SET my_pin_set = 1, my_pinned_order = ? WHERE id = ?"),
            { order, id });
        return r ? Status {} : Status { r.error() };
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
                Validation::tr("The pinned lines changed in the meantime; try again."));
        }
        for (int i = 0; i < ids.size(); ++i) {
            auto r = m_db.run(QStringLiteral("UPDATE quick_lines SET my_pin_set = 1, my_pinned_order = ? WHERE id = ?"),
                { i, ids.at(i) });
            if (!r) {
                return r.error();
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
