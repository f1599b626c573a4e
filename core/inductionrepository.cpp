#include "inductionrepository.h"

#include "repositorysupport.h"

namespace kl {

Result<QList<InductionStep>> InductionRepository::steps() const
{
    auto q = m_db.run(QStringLiteral("SELECT s.id, s.target_kind, s.target_id, s.why, s.sort_order, t.step_id IS NOT NULL"
                                     " FROM induction_steps s LEFT JOIN induction_ticks t ON t.step_id = s.id"
                                     " WHERE s.deleted = 0 ORDER BY s.sort_order, s.id"));
    if (!q) {
        return q.error();
    }
    QList<InductionStep> out;
    while (q.value().next()) {
        const auto kind = targetKindFromKey(q.value().value(1).toString());
        if (!kind || *kind == TargetKind::Person) {
            continue; // the schema allows organisations and functions only
        }
        out.append(InductionStep { q.value().value(0).toString(), *kind, q.value().value(2).toString(),
            q.value().value(3).toString(), q.value().value(4).toInt(), q.value().value(5).toBool() });
    }
    return out;
}

Status InductionRepository::setTicked(const QString &stepId, bool ticked)
{
    if (stepId.isEmpty()) {
        return detail::invalid(QStringLiteral("induction.step"), Validation::tr("This step is not on the induction path."));
    }
    return m_db.write([&]() -> Status {
        auto r = ticked ? m_db.run(QStringLiteral("INSERT OR IGNORE INTO induction_ticks(step_id, ticked_at) VALUES (?, ?)"),
                              { stepId, rows::nowIso() })
                        : m_db.run(QStringLiteral("DELETE FROM induction_ticks WHERE step_id = ?"), { stepId });
        return r ? Status {} : Status { r.error() };
    });
}

} // namespace kl
