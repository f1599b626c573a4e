// The induction path for new staff: the steps the school lays out (synced rows of
// induction_steps, read-only on the phone) and the teacher's "kennisgemaakt" ticks.
// Ticks are device only: induction_ticks is never read by the sync engine, never
// recorded as a change and never pushed; writing one touches no other table.
#pragma once

#include "database.h"
#include "domain.h"

namespace kl {

struct InductionStep
{
    QString id;
    TargetKind targetKind = TargetKind::Organisation; // an organisation or a function
    QString targetId;
    QString why; // "bel hier als ..."
    int order = 0;
    bool ticked = false;
};

class InductionRepository
{
public:
    explicit InductionRepository(Database &db) : m_db(db) { }

    // The live steps in the coordinator's order, each with this phone's tick.
    [[nodiscard]] Result<QList<InductionStep>> steps() const;
    Status setTicked(const QString &stepId, bool ticked);

private:
    Database &m_db;
};

} // namespace kl
