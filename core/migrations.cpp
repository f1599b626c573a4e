#include "migrations.h"

#include "database.h"
#include "searchindex.h"

#include <QStringList>

namespace kl::migrations {

namespace {

// Schema 1: the partner network. Synced rows carry device-made UUIDs, the server's
// row_version (0 until the server has seen the row) and a tombstone flag. References
// between synced tables have no FOREIGN KEY: sync pages arrive in version order, not in
// dependency order, so a person may land before its organisation. Readers LEFT JOIN.
const QStringList kSchema1 {
    QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE school_locations ("
                   " id TEXT PRIMARY KEY, name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
                   " latitude REAL, longitude REAL, radius_m INTEGER NOT NULL DEFAULT 150,"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE organisations ("
                   " id TEXT PRIMARY KEY, origin INTEGER NOT NULL CHECK (origin IN (0, 1)),"
                   " name TEXT NOT NULL CHECK (length(trim(name)) > 0), category TEXT NOT NULL,"
                   " street TEXT NOT NULL DEFAULT '', postal_code TEXT NOT NULL DEFAULT '',"
                   " city TEXT NOT NULL DEFAULT '', latitude REAL, longitude REAL,"
                   " website TEXT NOT NULL DEFAULT '', topics TEXT NOT NULL DEFAULT '',"
                   " owner_role TEXT NOT NULL DEFAULT '', internal_contact TEXT NOT NULL DEFAULT '',"
                   " visibility TEXT NOT NULL DEFAULT '{}',"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE persons ("
                   " id TEXT PRIMARY KEY, origin INTEGER NOT NULL CHECK (origin IN (0, 1)),"
                   " organisation_id TEXT, given_name TEXT NOT NULL DEFAULT '',"
                   " family_name TEXT NOT NULL DEFAULT '', photo BLOB,"
                   " mobile TEXT NOT NULL DEFAULT '', whatsapp TEXT NOT NULL DEFAULT '',"
                   " landline TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
                   " visibility TEXT NOT NULL DEFAULT '{}',"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL,"
                   " CHECK (length(trim(given_name || family_name)) > 0))"),
    QStringLiteral("CREATE INDEX persons_organisation ON persons(organisation_id)"),
    QStringLiteral("CREATE TABLE functions ("
                   " id TEXT PRIMARY KEY, origin INTEGER NOT NULL CHECK (origin IN (0, 1)),"
                   " organisation_id TEXT NOT NULL, title TEXT NOT NULL CHECK (length(trim(title)) > 0),"
                   " topics TEXT NOT NULL DEFAULT '',"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX functions_organisation ON functions(organisation_id)"),
    QStringLiteral("CREATE TABLE holdings ("
                   " id TEXT PRIMARY KEY, function_id TEXT NOT NULL, person_id TEXT NOT NULL,"
                   " since TEXT NOT NULL, until TEXT,"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX holdings_function ON holdings(function_id)"),
    QStringLiteral("CREATE INDEX holdings_person ON holdings(person_id)"),
    QStringLiteral("CREATE TABLE presence ("
                   " id TEXT PRIMARY KEY, origin INTEGER NOT NULL CHECK (origin IN (0, 1)),"
                   " organisation_id TEXT NOT NULL, function_id TEXT NOT NULL DEFAULT '',"
                   " person_id TEXT NOT NULL DEFAULT '',"
                   " weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
                   " start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),"
                   " end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1440 AND end_min > start_min),"
                   " room TEXT NOT NULL DEFAULT '', location_id TEXT NOT NULL DEFAULT '',"
                   " valid_from TEXT, valid_until TEXT,"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX presence_weekday ON presence(weekday)"),
    QStringLiteral("CREATE INDEX presence_organisation ON presence(organisation_id)"),
    QStringLiteral("CREATE TABLE quick_lines ("
                   " id TEXT PRIMARY KEY, origin INTEGER NOT NULL CHECK (origin IN (0, 1)),"
                   " target_kind TEXT NOT NULL, target_id TEXT NOT NULL, channel TEXT NOT NULL,"
                   " label TEXT NOT NULL CHECK (length(trim(label)) > 0), template TEXT NOT NULL DEFAULT '',"
                   " pinned_order INTEGER, last_used_at TEXT,"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE flags ("
                   " id TEXT PRIMARY KEY, target_kind TEXT NOT NULL, target_id TEXT NOT NULL,"
                   " reason TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
                   " resolved INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX flags_target ON flags(target_kind, target_id)"),
    // Device only: never part of any sync payload.
    QStringLiteral("CREATE TABLE private_notes ("
                   " target_kind TEXT NOT NULL, target_id TEXT NOT NULL, body TEXT NOT NULL,"
                   " updated_at TEXT NOT NULL, PRIMARY KEY (target_kind, target_id))"),
    QStringLiteral("CREATE TABLE stars ("
                   " target_kind TEXT NOT NULL, target_id TEXT NOT NULL, created_at TEXT NOT NULL,"
                   " PRIMARY KEY (target_kind, target_id))"),
};

// Schema 2: search. Folded copies of each entity's text, a trigram FTS5 index over them
// (infix, >= 3 characters) and a word table for short prefixes and prefix ranking.
const QStringList kSchema2 {
    QStringLiteral("CREATE TABLE search_docs ("
                   " rowid INTEGER PRIMARY KEY, kind INTEGER NOT NULL, ref_id TEXT NOT NULL UNIQUE,"
                   " origin INTEGER NOT NULL, title TEXT NOT NULL, subtitle TEXT NOT NULL,"
                   " title_f TEXT NOT NULL, body_f TEXT NOT NULL)"),
    QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5("
                   " title_f, body_f, content='search_docs', content_rowid='rowid', tokenize='trigram')"),
    QStringLiteral("CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN"
                   " INSERT INTO search_fts(rowid, title_f, body_f) VALUES (new.rowid, new.title_f, new.body_f);"
                   " END"),
    QStringLiteral("CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN"
                   " INSERT INTO search_fts(search_fts, rowid, title_f, body_f)"
                   " VALUES ('delete', old.rowid, old.title_f, old.body_f);"
                   " END"),
    // WITHOUT ROWID and a covering second index: every probe is answered from the b-trees
    // it walks, with no extra row lookups per candidate word.
    QStringLiteral("CREATE TABLE search_terms ("
                   " in_title INTEGER NOT NULL, term TEXT NOT NULL,"
                   " doc INTEGER NOT NULL REFERENCES search_docs(rowid) ON DELETE CASCADE,"
                   " PRIMARY KEY (in_title, term, doc)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX search_terms_doc ON search_terms(doc, term, in_title)"),
};

// Schema 3: the sync client's state. The outbox holds school-row edits not yet confirmed
// by the server, written in the same transaction as the edit (AUTOINCREMENT: a mutation
// id is never reused, even after the outbox drains). sync_seen lists the rows a snapshot
// delivered so far, so a resumed snapshot still knows which local rows the server dropped.
const QStringList kSchema3 {
    QStringLiteral("CREATE TABLE sync_outbox ("
                   " mutation_id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_id TEXT NOT NULL,"
                   " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'flag')), fields TEXT NOT NULL DEFAULT '{}',"
                   " base_version INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX sync_outbox_row ON sync_outbox(tbl, row_id)"),
    QStringLiteral("CREATE TABLE sync_seen (tbl TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, row_id))"
                   " WITHOUT ROWID"),
};

// Schema 4: which lines sit on this phone's home screen, in which order, is the teacher's
// own choice, also for lines the school provides. pinned_order stays the school's
// suggestion (synced); my_pin_set/my_pinned_order override it on this device only.
const QStringList kSchema4 {
    QStringLiteral("ALTER TABLE quick_lines ADD COLUMN my_pin_set INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE quick_lines ADD COLUMN my_pinned_order INTEGER"),
};

// Schema 5: the word table loses its second index (by document) and the foreign key that
// needed it. A rebuild wrote every word twice, once into each b-tree, and the by-document
// one in random order; removals now find a document's words from its own folded text, and
// the other words of a query are checked against that text directly. Rebuilt after.
const QStringList kSchema5 {
    QStringLiteral("DROP TABLE search_terms"),
    QStringLiteral("CREATE TABLE search_terms ("
                   " in_title INTEGER NOT NULL, term TEXT NOT NULL, doc INTEGER NOT NULL,"
                   " PRIMARY KEY (in_title, term, doc)) WITHOUT ROWID"),
};

// Schema 6 (issue 15, public presence): each presence window says whether parents may see
// it. Existing windows stay public, as they were shown before.
const QStringList kSchema6 {
    QStringLiteral("ALTER TABLE presence ADD COLUMN is_public INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1))"),
};

// Schema 7 (issue 15, internal roles): the school's own roles, each with the staff member
// who holds it and a deputy, so a partner's owner is a role and a hand-over is one change.
// organisations.owner_role holds a role's id (older rows: the role's name as text).
const QStringList kSchema7 {
    QStringLiteral("CREATE TABLE school_roles ("
                   " id TEXT PRIMARY KEY, name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                   " holder TEXT NOT NULL DEFAULT '', deputy TEXT NOT NULL DEFAULT '',"
                   " sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 1000),"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
};

// Schema 8 (issue 15, induction path): the steps a coordinator lays out for new staff
// (synced, read-only on the phone), each pointing at a partner organisation or a function
// with one line of why; and the teacher's "kennisgemaakt" ticks, device only: never part
// of any sync payload (no outbox row is ever written for them).
const QStringList kSchema8 {
    QStringLiteral("CREATE TABLE induction_steps ("
                   " id TEXT PRIMARY KEY, target_kind TEXT NOT NULL CHECK (target_kind IN ('organisation', 'function')),"
                   " target_id TEXT NOT NULL, why TEXT NOT NULL CHECK (length(trim(why)) > 0),"
                   " sort_order INTEGER NOT NULL DEFAULT 0 CHECK (sort_order BETWEEN 0 AND 1000),"
                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE induction_ticks (step_id TEXT PRIMARY KEY, ticked_at TEXT NOT NULL)"),
};

// Schema 9 (issue 14, import keeps every field): a person's name parts beyond given and
// family name, every phone number and e-mail address after the first of its kind (one a
// line, E.164 / addresses) and the school's note on the person.
const QStringList kSchema9 {
    QStringLiteral("ALTER TABLE persons ADD COLUMN name_prefix TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE persons ADD COLUMN middle_name TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE persons ADD COLUMN name_suffix TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE persons ADD COLUMN extra_phones TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE persons ADD COLUMN extra_emails TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE persons ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
};

Status runAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = db.run(sql); !r) {
            return r.error();
        }
    }
    return {};
}

} // namespace

int latestVersion()
{
    return 9;
}

Status apply(Database &db, int version)
{
    switch (version) {
    case 1: return runAll(db, kSchema1);
    case 2: {
        if (auto r = runAll(db, kSchema2); !r) {
            return r;
        }
        // Databases written by schema 1 already hold partners: index them now.
        return SearchIndex(db).rebuild();
    }
    case 3: return runAll(db, kSchema3);
    case 4: return runAll(db, kSchema4);
    case 5: {
        if (auto r = runAll(db, kSchema5); !r) {
            return r;
        }
        return SearchIndex(db).rebuild();
    }
    case 6: return runAll(db, kSchema6);
    case 7: return runAll(db, kSchema7);
    case 8: return runAll(db, kSchema8);
    case 9: return runAll(db, kSchema9);
    default: return storeError(QStringLiteral("migration"), QStringLiteral("no step %1").arg(version));
    }
}

} // namespace kl::migrations
