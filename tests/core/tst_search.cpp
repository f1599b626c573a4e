// Search as you type: diacritics- and case-blind, prefix and infix, exact before prefix
// before infix, titles before context, never an error for odd input.
#include "demodata.h"
#include "functionrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "searchindex.h"
#include "testdb.h"

#include <QTest>

using namespace kl;

class TestSearch : public QObject
{
    Q_OBJECT

    TestDb *m_t = nullptr;

    QList<SearchHit> find(const QString &q, int limit = 50)
    {
        auto r = SearchIndex(*m_t->db).search(q, limit);
        if (!r.ok()) {
            qWarning() << r.error().message;
            return {};
        }
        return r.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new TestDb;
        QVERIFY(DemoData::populateSchool(*m_t->db).ok());
    }
    void cleanupTestCase() { delete m_t; }

    void firstHit_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::newRow("no diacritics") << QStringLiteral("ozturk") << QStringLiteral("Ayşe Öztürk");
        QTest::newRow("upper case") << QStringLiteral("ÖZTÜRK") << QStringLiteral("Ayşe Öztürk");
        QTest::newRow("trema") << QStringLiteral("zoe") << QStringLiteral("Zoë de Vries");
        QTest::newRow("first name prefix") << QStringLiteral("ays") << QStringLiteral("Ayşe Öztürk");
        QTest::newRow("cjg finds the CJG") << QStringLiteral("cjg") << QStringLiteral("CJG Overvecht");
        QTest::newRow("cedilla") << QStringLiteral("celik") << QStringLiteral("Daniël Çelik");
        QTest::newRow("dotless i") << QStringLiteral("yilmaz") << QStringLiteral("Ahmed Yılmaz");
        QTest::newRow("function title") << QStringLiteral("wijkagent") << QStringLiteral("Wijkagent Overvecht-Noord");
        QTest::newRow("function infix") << QStringLiteral("pedist") << QStringLiteral("Logopedist");
        QTest::newRow("two words") << QStringLiteral("noelle berg") << QStringLiteral("Noëlle van den Berg");
        QTest::newRow("word order free") << QStringLiteral("vries zoe") << QStringLiteral("Zoë de Vries");
        QTest::newRow("two letters") << QStringLiteral("öz") << QStringLiteral("Ayşe Öztürk");
        QTest::newRow("punctuation ignored") << QStringLiteral("  öztürk!! ") << QStringLiteral("Ayşe Öztürk");
    }
    void firstHit()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        const auto hits = find(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().title, title);
    }

    void contextMatchesFollowTitleMatches()
    {
        // "cjg": the organisation itself first, then its functions and people via context.
        const auto hits = find(QStringLiteral("cjg"));
        QVERIFY(hits.size() >= 3);
        QCOMPARE(hits.first().kind, TargetKind::Organisation);
        bool sawAyse = false;
        for (const SearchHit &h : hits) {
            sawAyse |= h.title == QStringLiteral("Ayşe Öztürk");
        }
        QVERIFY(sawAyse);
        for (int i = 1; i < hits.size(); ++i) {
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
        }
    }

    void categoryWordsFindPartners()
    {
        // Nobody is called "logopedie", but the speech therapist is in that category.
        const auto hits = find(QStringLiteral("logopedie"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().title, QStringLiteral("Logopediepraktijk Spraakwater"));
        const auto topic = find(QStringLiteral("koffieochtend"));
        QVERIFY(!topic.isEmpty());
        QCOMPARE(topic.first().title, QStringLiteral("CJG Overvecht"));
    }

    void rankingExactPrefixInfix()
    {
        TestDb t;
        OrganisationRepository repo(*t.db);
        for (const char *name : { "Wijkteam Oostberg", "Bergen Sport", "Berg", "Sport in de Berg" }) {
            Organisation o;
            o.name = QString::fromUtf8(name);
            o.category = Category::Sport;
            QVERIFY(repo.save(o).ok());
        }
        const auto hits = SearchIndex(*t.db).search(QStringLiteral("berg")).value();
        QStringList titles;
        for (const SearchHit &h : hits) {
            titles << h.title;
        }
        QCOMPARE(titles,
            (QStringList { QStringLiteral("Berg"), QStringLiteral("Bergen Sport"), QStringLiteral("Sport in de Berg"),
                QStringLiteral("Wijkteam Oostberg") }));
        QVERIFY(hits.at(0).score > hits.at(1).score);
        QVERIFY(hits.at(1).score > hits.at(2).score);
        QVERIFY(hits.at(2).score > hits.at(3).score);
    }

    void oddInputNeverFails_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "\"", "*", "AND", "OR NOT", "(", "cjg\"", "NEAR(a b)", "%", "_", "'; DROP TABLE persons;--",
                 "{title_f}", "   ", "😀" }) {
            QTest::newRow(q) << QString::fromUtf8(q);
        }
    }
    void oddInputNeverFails()
    {
        QFETCH(QString, query);
        const auto r = SearchIndex(*m_t->db).search(query);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(m_t->count(QStringLiteral("SELECT count(*) FROM persons")) > 30);
    }

    void titleWordsAreMarked()
    {
        // The word table tells title words from context words; ranking probes depend on it.
        const QString ayse = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        const QString sql = QStringLiteral("SELECT count(*) FROM search_terms t JOIN search_docs d ON d.rowid = t.doc "
                                           "WHERE d.ref_id = ? AND t.term = ? AND t.in_title = ?");
        QCOMPARE(m_t->count(sql, { ayse, QStringLiteral("ozturk"), 1 }), 1);
        QCOMPARE(m_t->count(sql, { ayse, QStringLiteral("overvecht"), 0 }), 1);
        QCOMPARE(m_t->count(sql, { ayse, QStringLiteral("overvecht"), 1 }), 0);
    }

    void emptyQueryIsEmpty() { QVERIFY(find(QString()).isEmpty()); }

    void limitIsRespected() { QCOMPARE(find(QStringLiteral("e"), 3).size(), 3); }

    void deletedRowsDisappear()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        const QString id = DemoData::idFor(QStringLiteral("person:logo"));
        QVERIFY(!SearchIndex(*t.db).search(QStringLiteral("chloe")).value().isEmpty());
        QVERIFY(PersonRepository(*t.db).remove(id).ok());
        QVERIFY(SearchIndex(*t.db).search(QStringLiteral("chloe")).value().isEmpty());
    }

    void renamingAnOrganisationUpdatesItsPeople()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        OrganisationRepository orgs(*t.db);
        Organisation cjg = *orgs.get(DemoData::idFor(QStringLiteral("org:cjg"))).value();
        cjg.name = QStringLiteral("Jeugdpunt Noordoost");
        QVERIFY(orgs.save(cjg).ok());
        const auto hits = SearchIndex(*t.db).search(QStringLiteral("ayse")).value();
        QCOMPARE(hits.first().title, QStringLiteral("Ayşe Öztürk"));
        QVERIFY2(hits.first().subtitle.contains(QLatin1String("Jeugdpunt Noordoost")), qPrintable(hits.first().subtitle));
        bool personFound = false;
        for (const SearchHit &h : SearchIndex(*t.db).search(QStringLiteral("jeugdpunt")).value()) {
            personFound |= h.title == QStringLiteral("Ayşe Öztürk");
        }
        QVERIFY(personFound);
    }

    void editsLeaveTheIndexAsARebuildWould()
    {
        // Edits re-index a few documents in place (removing a document's words by its own
        // text); the index they leave must equal one built from scratch, row for row.
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        OrganisationRepository orgs(*t.db);
        Organisation cjg = *orgs.get(DemoData::idFor(QStringLiteral("org:cjg"))).value();
        cjg.name = QStringLiteral("Jeugdpunt Noordoost-Ülker");
        cjg.topics = QStringList { QStringLiteral("opvoeden"), QStringLiteral("zorgen om een kind") };
        QVERIFY(orgs.save(cjg).ok());
        PersonRepository persons(*t.db);
        QVERIFY(persons.remove(DemoData::idFor(QStringLiteral("person:logo"))).ok());
        Person ayse = *persons.get(DemoData::idFor(QStringLiteral("person:cjg-smw"))).value();
        ayse.familyName = QStringLiteral("Öztürk-Yılmaz");
        QVERIFY(persons.save(ayse).ok());

        auto dump = [&]() {
            QStringList rows;
            auto q = t.db->run(QStringLiteral("SELECT t.in_title, t.term, d.ref_id FROM search_terms t"
                                              " JOIN search_docs d ON d.rowid = t.doc"));
            while (q.ok() && q.value().next()) {
                rows << q.value().value(0).toString() + QLatin1Char('|') + q.value().value(1).toString()
                        + QLatin1Char('|') + q.value().value(2).toString();
            }
            rows.sort();
            return rows;
        };
        const QStringList afterEdits = dump();
        QVERIFY(afterEdits.contains(QStringLiteral("1|yilmaz|") + ayse.id));
        QVERIFY(!afterEdits.contains(QStringLiteral("1|chloe|") + DemoData::idFor(QStringLiteral("person:logo"))));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM search_terms WHERE doc NOT IN (SELECT rowid FROM search_docs)")), 0);
        QVERIFY(SearchIndex(*t.db).rebuild().ok());
        QCOMPARE(afterEdits, dump());
    }

    void personalPartnersAreSearchable()
    {
        const auto hits = find(QStringLiteral("ingrid"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().origin, Origin::Personal);
    }

    void indexAgreesWithFullScan_data()
    {
        QTest::addColumn<QString>("query");
        for (const char *q : { "ozturk", "zoe", "cjg", "logo", "berg", "van", "wijk", "jeugd", "gym", "kamer", "de", "a",
                 "overvecht", "bieb", "noelle van" }) {
            QTest::newRow(q) << QString::fromUtf8(q);
        }
    }
    void indexAgreesWithFullScan()
    {
        // The capped index path must return the same top results as ranking every document.
        QFETCH(QString, query);
        SearchIndex index(*m_t->db);
        const auto fast = index.search(query, 10).value();
        const auto slow = index.scan(query, 10).value();
        QCOMPARE(fast.size(), slow.size());
        for (int i = 0; i < fast.size(); ++i) {
            QCOMPARE(fast.at(i).id, slow.at(i).id);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
