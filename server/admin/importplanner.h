// What an import would do, worked out without touching anything: each card or CSV row
// matched against the school's live rows (a person by UID, then e-mail or phone, then name
// within the organisation; an organisation by name; a function by title within it) and
// made into create / update / unchanged / skipped, with the reason (Dutch or English), what the card
// carries that the school list has no place for, and the sync mutations that do it. Every
// value passes the shared field rules (fieldrules.h) first; a row with a value that fails
// them is skipped whole, never written in part.
#pragma once

#include "adminservices.h"
#include "contactcard.h"
#include "importwords.h"

#include <QDate>
#include <QJsonArray>

#include <memory>

namespace kl::server {

struct PlannedRow
{
    int line = 0;
    QString name; // the person (or organisation) as the coordinator knows it
    QString organisation;
    QString action; // "create", "update", "unchanged", "skipped"
    QString code; // skipped: a stable code (no-name, no-organisation, phone-invalid, ...)
    QString field; // skipped for a value: its column (given_name, website, ...)
    QString reason; // in the coordinator's language (ImportWords): why skipped, or what changes
    QStringList notKept; // likewise, one item each
    QStringList warnings; // likewise: what the reader could not read but the row survived
    int fieldsTotal = 0;
    int fieldsKept = 0;
    [[nodiscard]] QJsonObject toJson() const;
};

struct ImportPlan
{
    QJsonArray mutations;
    QList<PlannedRow> rows;
    int organisationsCreated = 0, organisationsUpdated = 0, functionsCreated = 0;
    int personsCreated = 0, personsUpdated = 0, unchanged = 0, skipped = 0;
    int fieldsTotal = 0, fieldsKept = 0;
    int earlierChanges = 0; // mutations of the batches before this one
    ImportWords words; // the language of the rows' reasons and the summary
    [[nodiscard]] int changes() const { return earlierChanges + int(mutations.size()); }
    [[nodiscard]] QJsonObject counts() const;
    // The audit line and the answer's summary: "12 nieuw, 3 bijgewerkt, ..." or "geen wijzigingen".
    [[nodiscard]] QString summary() const;
};

class Planner;
class PlanState;

// A plan made batch by batch, so a big file never has to be in memory at once: what it
// remembers between batches lives in a scratch database (planstate.h).
class ImportPlanner
{
public:
    ImportPlanner(const Live &live, const QDate &today, const ImportWords &words = ImportWords());
    ~ImportPlanner();
    [[nodiscard]] bool ok() const; // false: the scratch database would not open
    // The next cards of the file: their rows and mutations; the counters cover every batch so far.
    [[nodiscard]] ImportPlan plan(const QList<ContactCard> &cards);

private:
    std::unique_ptr<PlanState> m_scratch;
    std::unique_ptr<Planner> m_planner;
};

} // namespace kl::server
