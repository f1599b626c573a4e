// The device database upgrades in place and never guesses: an older file is migrated
// step by step (search is backfilled from existing rows), a newer one is refused untouched,
// and a failing step leaves the file exactly as it was.
#include "database.h"
#include "demodata.h"
#include "searchindex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseIsLatest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("kl.sqlite")));
        QVERIFY(db.ok());
        QCOMPARE(db.value()->userVersion(), Database::latestVersion());
        auto mode = db.value()->run(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode.value().next());
        QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
        auto fk = db.value()->run(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk.ok() && fk.value().next());
        QCOMPARE(fk.value().value(0).toInt(), 1);
    }

    void upgradesSchema1AndBackfillsSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto v1 = Database::openAtVersion(path, 1);
            QVERIFY(v1.ok());
            QCOMPARE(v1.value()->userVersion(), 1);
        }
        // Data as an app with schema 1 wrote it.
        rawExec(path,
            { QStringLiteral("INSERT INTO organisations(id, origin, name, category, updated_at) VALUES "
                             "('o1', 0, 'CJG Overvecht', 'jeugdzorg', '2025-01-01T00:00:00Z')"),
                QStringLiteral("INSERT INTO persons(id, origin, organisation_id, given_name, family_name, updated_at) "
                               "VALUES ('p1', 0, 'o1', 'Ayşe', 'Öztürk', '2025-01-01T00:00:00Z')") });

        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->userVersion(), Database::latestVersion());
        auto hits = SearchIndex(*db.value()).search(QStringLiteral("ozturk"));
        QVERIFY(hits.ok());
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().id, QStringLiteral("p1"));
        QCOMPARE(hits.value().first().subtitle, QStringLiteral("CJG Overvecht"));
    }

    void upgradesSchema4WordTable()
    {
        // Schema 5 rebuilt the word table without its by-document index; a school indexed
        // under schema 4 must come out searchable, with the same words, and stay editable.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        qint64 wordsBefore = 0;
        {
            auto v4 = Database::openAtVersion(path, 4);
            QVERIFY(v4.ok());
            // The demo writer speaks the latest schema: lend it the columns added after 4
            // for the fill, and take them away again so the file is a real schema-4 one.
            QVERIFY(v4.value()->run(QStringLiteral("ALTER TABLE presence ADD COLUMN is_public INTEGER NOT NULL DEFAULT 1")).ok());
            QVERIFY(v4.value()->run(QStringLiteral("CREATE TABLE school_roles (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                                                   " holder TEXT NOT NULL DEFAULT '', deputy TEXT NOT NULL DEFAULT '',"
                                                   " sort_order INTEGER NOT NULL DEFAULT 0, row_version INTEGER NOT NULL DEFAULT 0,"
                                                   " deleted INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL)")).ok());
            QVERIFY(v4.value()->run(QStringLiteral("CREATE TABLE induction_steps (id TEXT PRIMARY KEY, target_kind TEXT NOT NULL,"
                                                   " target_id TEXT NOT NULL, why TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0,"
                                                   " row_version INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0,"
                                                   " updated_at TEXT NOT NULL)")).ok());
            const QStringList personColumns { QStringLiteral("name_prefix"), QStringLiteral("middle_name"), QStringLiteral("name_suffix"),
                QStringLiteral("extra_phones"), QStringLiteral("extra_emails"), QStringLiteral("note") }; // schema 9
            for (const QString &c : personColumns) {
                QVERIFY(v4.value()->run(QStringLiteral("ALTER TABLE persons ADD COLUMN %1 TEXT NOT NULL DEFAULT ''").arg(c)).ok());
            }
            QVERIFY(DemoData::populateSchool(*v4.value()).ok());
            for (const QString &c : personColumns) {
                QVERIFY(v4.value()->run(QStringLiteral("ALTER TABLE persons DROP COLUMN %1").arg(c)).ok());
            }
            QVERIFY(v4.value()->run(QStringLiteral("ALTER TABLE presence DROP COLUMN is_public")).ok());
            QVERIFY(v4.value()->run(QStringLiteral("DROP TABLE school_roles")).ok());
            QVERIFY(v4.value()->run(QStringLiteral("DROP TABLE induction_steps")).ok());
            auto q = v4.value()->run(QStringLiteral("SELECT count(*) FROM search_terms"));
            QVERIFY(q.ok() && q.value().next());
            wordsBefore = q.value().value(0).toLongLong();
            QVERIFY(wordsBefore > 100);
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->userVersion(), Database::latestVersion());
        auto count = [&](const QString &sql) {
            auto q = db.value()->run(sql);
            return q.ok() && q.value().next() ? q.value().value(0).toLongLong() : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_terms")), wordsBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_terms_doc'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('search_terms')")), 0);
        auto hits = SearchIndex(*db.value()).search(QStringLiteral("ozturk"));
        QVERIFY(hits.ok());
        QVERIFY(!hits.value().isEmpty());
    }

    void refusesNewerDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        rawExec(path, { QStringLiteral("PRAGMA journal_mode=DELETE"), QStringLiteral("PRAGMA user_version = 99") });
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("store.too_new"));
        QVERIFY(db.error().message.contains(QLatin1String("99")));
        QCOMPARE(fileHash(path), before);
    }

    void failedStepRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        {
            auto v1 = Database::openAtVersion(path, 1);
            QVERIFY(v1.ok());
        }
        // Something occupies a name step 2 needs: the step must fail as a whole.
        rawExec(path,
            { QStringLiteral("CREATE TABLE search_terms(x)"),
                QStringLiteral("INSERT INTO organisations(id, origin, name, category, updated_at) VALUES "
                               "('o1', 0, 'Bibliotheek', 'bibliotheek', '2025-01-01T00:00:00Z')") });
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        auto again = Database::openAtVersion(path, 1);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->userVersion(), 1);
        auto q = again.value()->run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_docs'"));
        QVERIFY(q.ok() && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 0);
        auto rows = again.value()->run(QStringLiteral("SELECT name FROM organisations"));
        QVERIFY(rows.ok() && rows.value().next());
        QCOMPARE(rows.value().value(0).toString(), QStringLiteral("Bibliotheek"));
    }

    void refusesGarbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(fileHash(path), before);
    }

    void reopenIsIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kl.sqlite"));
        for (int i = 0; i < 3; ++i) {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE(db.value()->userVersion(), Database::latestVersion());
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
