#include "searchindex.h"

#include "database.h"
#include "textfold.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QHash>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcSearch, "kl.search", QtWarningMsg)

namespace kl {

namespace {

// Enough to fill a screen of results twice over; more only costs time per keystroke.
constexpr int kCandidateCap = 100;
constexpr int kMinInfix = 3; // the trigram index cannot match fewer characters

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty()) {
            kept << p.trimmed();
        }
    }
    return kept.join(sep);
}

QString categoryTerms(const QString &key)
{
    const auto c = categories::fromKey(key);
    return c ? categories::searchTerms(*c) : QString();
}

// Per kind: the SELECT that yields (id, origin, title, subtitle, body pieces...).
QString docSelect(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Organisation:
        return QStringLiteral("SELECT o.id, o.origin, o.name, o.category, o.topics, o.city, '' "
                              "FROM organisations o WHERE o.deleted = 0");
    case TargetKind::Function:
        return QStringLiteral(
            "SELECT f.id, f.origin, f.title, o.category, f.topics, coalesce(o.name, ''),"
            " coalesce(trim(p.given_name || ' ' || p.family_name), '') "
            "FROM functions f LEFT JOIN organisations o ON o.id = f.organisation_id AND o.deleted = 0"
            " LEFT JOIN holdings h ON h.function_id = f.id AND h.until IS NULL AND h.deleted = 0"
            " LEFT JOIN persons p ON p.id = h.person_id AND p.deleted = 0 "
            "WHERE f.deleted = 0");
    case TargetKind::Person:
        return QStringLiteral(
            "SELECT p.id, p.origin, trim(p.given_name || ' ' || p.family_name), o.category,"
            " (SELECT group_concat(f.title, char(10)) FROM holdings h JOIN functions f ON f.id = h.function_id"
            "   WHERE h.person_id = p.id AND h.until IS NULL AND h.deleted = 0 AND f.deleted = 0),"
            " coalesce(o.name, ''), p.email "
            "FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id AND o.deleted = 0 "
            "WHERE p.deleted = 0");
    }
    return {};
}

// Folded text has single spaces between words, so a word starts at 0 or after a space.
bool startsAWord(const QString &folded, const QString &token)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = folded.indexOf(token, from);
        if (at < 0) {
            return false;
        }
        if (at == 0 || folded.at(at - 1) == QLatin1Char(' ')) {
            return true;
        }
        from = at + 1;
    }
}

// The words a document is found by: its title's words (in_title 1), then the context's
// words the title does not already have (in_title 0). Indexing and removal both derive
// them from the stored folded text, so a removal deletes exactly the rows written.
std::vector<std::pair<int, QString>> docWords(const QString &titleF, const QString &bodyF)
{
    std::vector<std::pair<int, QString>> out;
    for (int inTitle : { 1, 0 }) {
        for (const QString &w : text::words(inTitle ? titleF : bodyF)) {
            // A handful of words per document: a linear look beats hashing them.
            if (std::none_of(out.cbegin(), out.cend(), [&](const auto &seen) { return seen.second == w; })) {
                out.emplace_back(inTitle, w);
            }
        }
    }
    return out;
}

struct Candidate
{
    qint64 rowid;
    SearchHit hit;
    QString titleF;
    QString bodyF;
};

QString subtitleFor(TargetKind kind, const QString &stored)
{
    if (kind == TargetKind::Organisation) {
        const auto c = categories::fromKey(stored);
        return c ? categories::label(*c) : stored;
    }
    return stored;
}

void collect(QSqlQuery &q, QHash<qint64, Candidate> &into, const QString &folded, const QStringList &tokens)
{
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        if (into.contains(rowid)) {
            continue;
        }
        Candidate c;
        c.rowid = rowid;
        c.hit.kind = static_cast<TargetKind>(q.value(1).toInt());
        c.hit.origin = static_cast<Origin>(q.value(2).toInt());
        c.titleF = q.value(3).toString();
        c.bodyF = q.value(4).toString();
        c.hit.score = SearchIndex::score(folded, tokens, c.titleF, c.bodyF);
        into.insert(rowid, std::move(c));
    }
}

Result<QList<SearchHit>> rank(const Database &db, const QHash<qint64, Candidate> &candidates, int limit)
{
    std::vector<const Candidate *> kept;
    kept.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        if (c.hit.score >= 0) {
            kept.push_back(&c);
        }
    }
    std::sort(kept.begin(), kept.end(), [](const Candidate *a, const Candidate *b) {
        if (a->hit.score != b->hit.score) {
            return a->hit.score > b->hit.score;
        }
        if (a->hit.kind != b->hit.kind) {
            return a->hit.kind < b->hit.kind; // organisation, function, person
        }
        if (a->titleF != b->titleF) {
            return a->titleF < b->titleF;
        }
        return a->rowid < b->rowid;
    });
    if (kept.size() > std::size_t(limit)) {
        kept.resize(std::size_t(limit));
    }
    if (kept.empty()) {
        return QList<SearchHit> {};
    }
    QVariantList ids;
    for (const Candidate *c : kept) {
        ids << c->rowid;
    }
    const QString marks = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto q = db.prepared(
        QStringLiteral("SELECT rowid, ref_id, title, subtitle FROM search_docs WHERE rowid IN (%1)").arg(marks), ids);
    if (!q) {
        return q.error();
    }
    QHash<qint64, std::array<QString, 3>> display;
    while (q.value()->next()) {
        display.insert(q.value()->value(0).toLongLong(),
            { q.value()->value(1).toString(), q.value()->value(2).toString(), q.value()->value(3).toString() });
    }
    q.value()->finish();
    QList<SearchHit> out;
    out.reserve(qsizetype(kept.size()));
    for (const Candidate *c : kept) {
        SearchHit hit = c->hit;
        const auto &d = display.value(c->rowid);
        hit.id = d[0];
        hit.title = d[1];
        hit.subtitle = subtitleFor(hit.kind, d[2]);
        out << hit;
    }
    return out;
}

QString ftsPhrase(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Candidates carry only what ranking needs; display text is fetched for the winners.
const QString kDocColumns = QStringLiteral("d.rowid, d.kind, d.origin, d.title_f, d.body_f");

} // namespace

int SearchIndex::score(const QString &foldedQuery, const QStringList &tokens, const QString &titleF,
    const QString &bodyF)
{
    // One or two letters only match the start of a word: "de" should not match "Oudegracht".
    for (const QString &t : tokens) {
        const bool found = t.size() < kMinInfix ? (startsAWord(titleF, t) || startsAWord(bodyF, t))
                                                : (titleF.contains(t) || bodyF.contains(t));
        if (!found) {
            return -1;
        }
    }
    if (titleF == foldedQuery) {
        return 1000;
    }
    if (titleF.startsWith(foldedQuery)) {
        return 800;
    }
    const auto all = [&](auto pred) { return std::all_of(tokens.cbegin(), tokens.cend(), pred); };
    if (all([&](const QString &t) { return startsAWord(titleF, t); })) {
        return 600;
    }
    if (all([&](const QString &t) { return titleF.contains(t); })) {
        return 400;
    }
    if (all([&](const QString &t) { return startsAWord(titleF, t) || startsAWord(bodyF, t); })) {
        return 200;
    }
    return 100;
}

Status SearchIndex::removeDoc(const QString &id)
{
    auto doc = m_db.prepared(QStringLiteral("SELECT rowid, title_f, body_f FROM search_docs WHERE ref_id = ?"), { id });
    if (!doc) {
        return doc.error();
    }
    QSqlQuery &q = *doc.value();
    if (!q.next()) {
        q.finish();
        return {};
    }
    const qint64 rowid = q.value(0).toLongLong();
    const QString titleF = q.value(1).toString();
    const QString bodyF = q.value(2).toString();
    q.finish();
    // The word table has no index by document (it would double the cost of every
    // rebuild); the document's own text says which rows it has.
    for (const auto &[inTitle, word] : docWords(titleF, bodyF)) {
        if (auto r = m_db.prepared(QStringLiteral("DELETE FROM search_terms WHERE in_title = ? AND term = ? AND doc = ?"),
                { inTitle, word, rowid });
            !r) {
            return r.error();
        }
    }
    auto r = m_db.prepared(QStringLiteral("DELETE FROM search_docs WHERE rowid = ?"), { rowid });
    return r ? Status {} : Status { r.error() };
}

struct SearchIndex::Bulk
{
    explicit Bulk(const Database &db)
        : docs(db,
              QStringLiteral("INSERT INTO search_docs(kind, ref_id, origin, title, subtitle, title_f, body_f)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"))
    {
    }
    void addWords(qint64 doc, const QString &titleF, const QString &bodyF)
    {
        for (const auto &[inTitle, word] : docWords(titleF, bodyF)) {
            postings[std::size_t(inTitle)][word].push_back(doc);
            ++wordRows;
        }
    }
    // Words go in in primary-key order (in_title, term, doc), so every insert appends to
    // the b-tree instead of splitting pages all over it. Documents were numbered in the
    // order they were added, so each word's list is already in order; only the distinct
    // words need sorting, as UTF-8 bytes, which is SQLite's BINARY order.
    Status insertTerms(const Database &db)
    {
        BulkInsert ins(db, QStringLiteral("INSERT INTO search_terms(in_title, term, doc) VALUES (?, ?, ?)"));
        for (int inTitle : { 0, 1 }) {
            const auto &byWord = postings[std::size_t(inTitle)];
            std::vector<std::pair<QByteArray, const std::vector<qint64> *>> words;
            words.reserve(std::size_t(byWord.size()));
            for (auto it = byWord.cbegin(); it != byWord.cend(); ++it) {
                words.emplace_back(it.key().toUtf8(), &it.value());
            }
            std::sort(words.begin(), words.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[utf8, docsOfWord] : words) {
                for (const qint64 doc : *docsOfWord) {
                    if (auto r = ins.bind(0, inTitle).bindUtf8(1, utf8).bind(2, doc).step(); !r) {
                        return r;
                    }
                }
            }
        }
        return ins.status();
    }
    BulkInsert docs;
    std::array<QHash<QString, std::vector<qint64>>, 2> postings; // by in_title: word -> documents
    qsizetype wordRows = 0;
};

Status SearchIndex::indexDocs(TargetKind kind, const QString &idFilter, Bulk *bulk)
{
    QString sql = docSelect(kind);
    QVariantList binds;
    if (!idFilter.isNull()) {
        const char *alias = kind == TargetKind::Organisation ? "o" : kind == TargetKind::Function ? "f" : "p";
        sql += QStringLiteral(" AND %1.id = ?").arg(QLatin1String(alias));
        binds << idFilter;
    }
    auto rows = m_db.run(sql, binds);
    if (!rows) {
        return rows.error();
    }
    QSqlQuery &q = rows.value();
    while (q.next()) {
        const QString id = q.value(0).toString();
        const int origin = q.value(1).toInt();
        const QString title = q.value(2).toString();
        const QString catTerms = categoryTerms(q.value(3).toString());
        QString subtitle;
        QString body;
        switch (kind) {
        case TargetKind::Organisation: {
            subtitle = q.value(3).toString(); // category key, labelled at query time
            body = joinNonEmpty({ catTerms, q.value(4).toString(), q.value(5).toString() }, QStringLiteral(" "));
            break;
        }
        case TargetKind::Function: {
            const QString org = q.value(5).toString();
            const QString holder = q.value(6).toString();
            subtitle = joinNonEmpty({ holder, org }, QStringLiteral(" · "));
            body = joinNonEmpty({ org, holder, catTerms, q.value(4).toString() }, QStringLiteral(" "));
            break;
        }
        case TargetKind::Person: {
            const QString functions = q.value(4).toString();
            const QString org = q.value(5).toString();
            subtitle = joinNonEmpty({ QString(functions).replace(QLatin1Char('\n'), QStringLiteral(", ")), org },
                QStringLiteral(" · "));
            body = joinNonEmpty({ org, functions, catTerms, q.value(6).toString() }, QStringLiteral(" "));
            break;
        }
        }
        const QString titleF = text::fold(title);
        const QString bodyF = text::fold(body);
        if (!idFilter.isNull()) {
            if (auto r = removeDoc(id); !r) {
                return r;
            }
        }
        if (bulk) {
            bulk->docs.bind(0, static_cast<int>(kind)).bind(1, id).bind(2, origin).bind(3, title).bind(4, subtitle);
            if (auto r = bulk->docs.bind(5, titleF).bind(6, bodyF).step(); !r) {
                return r;
            }
            bulk->addWords(bulk->docs.lastInsertRowId(), titleF, bodyF);
            continue;
        }
        // Statements prepared once per connection: a reindex touches a handful of rows.
        auto ins = m_db.prepared(QStringLiteral("INSERT INTO search_docs(kind, ref_id, origin, title, subtitle, title_f, "
                                                "body_f) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { static_cast<int>(kind), id, origin, title, subtitle, titleF, bodyF });
        if (!ins) {
            return ins.error();
        }
        const qint64 docId = ins.value()->lastInsertId().toLongLong();
        for (const auto &[inTitle, word] : docWords(titleF, bodyF)) {
            if (auto t = m_db.prepared(
                    QStringLiteral("INSERT INTO search_terms(term, doc, in_title) VALUES (?, ?, ?)"), { word, docId, inTitle });
                !t) {
                return t.error();
            }
        }
    }
    return {};
}

Status SearchIndex::rebuild()
{
    return m_db.write([&]() -> Status {
        // Bulk path: with the FTS triggers in place every inserted document would open a
        // savepoint on the FTS table and flush its pending index (seconds for 20k
        // documents). So: set the triggers aside, write the documents and words, let FTS5
        // rebuild itself from the content table in one statement, put the triggers back.
        auto triggers = m_db.run(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_docs' ORDER BY name"));
        if (!triggers) {
            return triggers.error();
        }
        QList<QPair<QString, QString>> saved;
        while (triggers.value().next()) {
            saved.append({ triggers.value().value(0).toString(), triggers.value().value(1).toString() });
        }
        triggers.value().finish();
        for (const auto &[name, sql] : saved) {
            Q_UNUSED(sql)
            // Trigger names come from our own schema, not from input.
            if (auto r = m_db.run(QStringLiteral("DROP TRIGGER %1").arg(name)); !r) {
                return r.error();
            }
        }
        for (const char *sql : { "DELETE FROM search_terms", "DELETE FROM search_docs" }) {
            if (auto r = m_db.run(QLatin1String(sql)); !r) {
                return r.error();
            }
        }
        QElapsedTimer clock;
        clock.start();
        Bulk bulk(m_db);
        for (TargetKind k : { TargetKind::Organisation, TargetKind::Function, TargetKind::Person }) {
            if (auto r = indexDocs(k, QString(), &bulk); !r) {
                return r;
            }
        }
        const qint64 docsMs = clock.elapsed();
        if (auto r = bulk.insertTerms(m_db); !r) {
            return r;
        }
        const qint64 wordsMs = clock.elapsed();
        if (auto r = m_db.run(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")); !r) {
            return r.error();
        }
        qCDebug(lcSearch) << "rebuild: documents" << docsMs << "ms, words" << bulk.wordRows << wordsMs - docsMs
                          << "ms, trigram index" << clock.elapsed() - wordsMs << "ms";
        for (const auto &[name, sql] : saved) {
            Q_UNUSED(name)
            if (auto r = m_db.run(sql); !r) {
                return r.error();
            }
        }
        return {};
    });
}

Status SearchIndex::reindex(TargetKind kind, const QString &id)
{
    return m_db.write([&]() -> Status {
        if (auto r = removeDoc(id); !r) {
            return r;
        }
        if (auto r = indexDocs(kind, id); !r) {
            return r;
        }
        // Documents that quote this entity's text.
        QList<QPair<TargetKind, QString>> dependants;
        auto gather = [&](TargetKind k, const QString &sql) -> Status {
            auto q = m_db.run(sql, { id });
            if (!q) {
                return q.error();
            }
            while (q.value().next()) {
                dependants.append({ k, q.value().value(0).toString() });
            }
            return {};
        };
        Status s;
        switch (kind) {
        case TargetKind::Organisation:
            s = gather(TargetKind::Function, QStringLiteral("SELECT id FROM functions WHERE organisation_id = ?"));
            if (s) {
                s = gather(TargetKind::Person, QStringLiteral("SELECT id FROM persons WHERE organisation_id = ?"));
            }
            break;
        case TargetKind::Function:
            s = gather(TargetKind::Person,
                QStringLiteral("SELECT person_id FROM holdings WHERE function_id = ? AND until IS NULL AND deleted = 0"));
            break;
        case TargetKind::Person:
            s = gather(TargetKind::Function,
                QStringLiteral("SELECT function_id FROM holdings WHERE person_id = ? AND until IS NULL AND deleted = 0"));
            break;
        }
        if (!s) {
            return s;
        }
        for (const auto &[k, depId] : dependants) {
            if (auto r = removeDoc(depId); !r) {
                return r;
            }
            if (auto r = indexDocs(k, depId); !r) {
                return r;
            }
        }
        return {};
    });
}

Result<QList<SearchHit>> SearchIndex::search(const QString &query, int limit) const
{
    const QString folded = text::fold(query);
    const QStringList tokens = text::words(folded);
    if (tokens.isEmpty()) {
        return QList<SearchHit> {};
    }
    // Probe with the longest word: it is the most selective.
    const QString probe = *std::max_element(tokens.cbegin(), tokens.cend(),
        [](const QString &a, const QString &b) { return a.size() < b.size(); });

    // Word-prefix probe: the longest word must start a word in the title (or context) and
    // every other word must start some word of the same document.
    QStringList others = tokens;
    others.removeOne(probe);
    others = others.mid(0, 3);
    // Walk the probe word's range in the word table; every other word must start a word of
    // the same document's folded text (which has single spaces between words, so " word"
    // marks a word start once a space is put in front). CROSS JOIN pins the loop order.
    auto prefixSql = [&](bool titleOnly) {
        QString sql = QStringLiteral("SELECT %1 FROM search_terms t CROSS JOIN search_docs d ON d.rowid = t.doc"
                                     " WHERE t.in_title %2 AND t.term >= ? AND t.term < ?")
                          .arg(kDocColumns, titleOnly ? QStringLiteral("= 1") : QStringLiteral("IN (1, 0)"));
        for (qsizetype i = 0; i < others.size(); ++i) {
            sql += titleOnly ? QStringLiteral(" AND instr(' ' || d.title_f, ?) > 0")
                             : QStringLiteral(" AND (instr(' ' || d.title_f, ?) > 0 OR instr(' ' || d.body_f, ?) > 0)");
        }
        return sql + QStringLiteral(" LIMIT %1").arg(kCandidateCap);
    };
    auto prefixBinds = [&](bool titleOnly) {
        QVariantList binds { probe, probe + QChar(0xFFFF) };
        for (const QString &o : others) {
            binds << QLatin1Char(' ') + o;
            if (!titleOnly) {
                binds << QLatin1Char(' ') + o;
            }
        }
        return binds;
    };
    static const QString infixSql = QStringLiteral("SELECT %1 FROM search_fts JOIN search_docs d ON d.rowid = "
                                                   "search_fts.rowid WHERE search_fts MATCH ? LIMIT %2")
                                        .arg(kDocColumns)
                                        .arg(kCandidateCap);
    struct Probe
    {
        QString sql;
        QVariantList binds;
        int ceiling; // best score a document found first by a later probe can reach
    };
    const bool infix = probe.size() >= kMinInfix;
    // In falling order of the best score each can contribute.
    std::vector<Probe> probes { { prefixSql(true), prefixBinds(true), 400 } };
    if (infix) {
        probes.push_back({ infixSql, { QStringLiteral("title_f : ") + ftsPhrase(probe) }, 200 });
    }
    probes.push_back({ prefixSql(false), prefixBinds(false), infix ? 100 : -1 });
    if (infix) {
        probes.push_back({ infixSql, { ftsPhrase(probe) }, -1 });
    }

    QHash<qint64, Candidate> candidates;
    QElapsedTimer timer;
    timer.start();
    for (const Probe &p : probes) {
        auto q = m_db.prepared(p.sql, p.binds);
        if (!q) {
            return q.error();
        }
        collect(*q.value(), candidates, folded, tokens);
        q.value()->finish();
        // Stop probing once `limit` documents beat anything later probes could add.
        const auto better = std::count_if(candidates.cbegin(), candidates.cend(),
            [&](const Candidate &c) { return c.hit.score > p.ceiling; });
        qCDebug(lcSearch) << query << "probe" << p.binds.size() << "candidates" << candidates.size() << "better"
                          << better << "after" << timer.nsecsElapsed() / 1000 << "us";
        if (better >= limit) {
            break;
        }
    }
    return rank(m_db, candidates, limit);
}

Result<QList<SearchHit>> SearchIndex::scan(const QString &query, int limit) const
{
    const QString folded = text::fold(query);
    const QStringList tokens = text::words(folded);
    if (tokens.isEmpty()) {
        return QList<SearchHit> {};
    }
    const QString pattern = QLatin1Char('%') + tokens.first() + QLatin1Char('%');
    auto rows = m_db.run(
        QStringLiteral("SELECT %1 FROM search_docs d WHERE d.title_f LIKE ? OR d.body_f LIKE ?").arg(kDocColumns),
        { pattern, pattern });
    if (!rows) {
        return rows.error();
    }
    QHash<qint64, Candidate> candidates;
    collect(rows.value(), candidates, folded, tokens);
    return rank(m_db, candidates, limit);
}

} // namespace kl
