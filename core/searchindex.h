// Search as you type over organisations, functions and persons, diacritics- and
// case-blind. Candidates come from two cheap index probes (word prefixes, trigram infix),
// capped, and are ranked in C++: exact, then prefix, then infix; title before context.
#pragma once

#include "domain.h"
#include "result.h"

#include <QList>

namespace kl {

class Database;

struct SearchHit
{
    TargetKind kind = TargetKind::Person;
    QString id;
    Origin origin = Origin::School;
    QString title;
    QString subtitle;
    int score = 0;
};

class SearchIndex
{
public:
    explicit SearchIndex(Database &db) : m_db(db) { }

    // Drops and rebuilds every document (migration backfill, bulk imports, sync snapshots).
    Status rebuild();
    // Re-indexes one entity and the documents that show its text (an organisation's name
    // appears in its functions and persons; a person's in the functions they hold).
    Status reindex(TargetKind kind, const QString &id);

    [[nodiscard]] Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;

    // The naive way, kept for the benchmark: LIKE '%q%' over every document, then rank.
    [[nodiscard]] Result<QList<SearchHit>> scan(const QString &query, int limit = 50) const;

    // Ranking used by both paths; -1 when not every query word occurs.
    [[nodiscard]] static int score(const QString &foldedQuery, const QStringList &tokens, const QString &titleF,
        const QString &bodyF);

private:
    struct Bulk; // the rebuild's loader: documents through BulkInsert, words collected
    // With `bulk`, documents and words go to the loader instead of one statement each.
    Status indexDocs(TargetKind kind, const QString &idFilter, Bulk *bulk = nullptr);
    Status removeDoc(const QString &id);

    Database &m_db;
};

} // namespace kl
