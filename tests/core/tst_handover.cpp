// Staff turnover: a function is handed to a successor, history is kept, search and
// quick lines aimed at the function follow the new holder.
#include "demodata.h"
#include "functionrepository.h"
#include "personrepository.h"
#include "quicklinerepository.h"
#include "searchindex.h"
#include "testdb.h"

#include <QTest>

using namespace kl;

class TestHandOver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handOverKeepsHistoryAndLines()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        FunctionRepository functions(*t.db);
        const QString fn = DemoData::idFor(QStringLiteral("fn:cjg-smw"));
        const QString ayse = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        QCOMPARE(functions.currentHolder(fn).value()->id, ayse);

        Person successor;
        successor.organisationId = DemoData::idFor(QStringLiteral("org:cjg"));
        successor.givenName = QStringLiteral("Joost");
        successor.familyName = QStringLiteral("Vermeulen");
        successor.mobile = QStringLiteral("06 11223344");
        successor.id = PersonRepository(*t.db).save(successor).value();

        QVERIFY(functions.handOver(fn, successor.id, QDate(2026, 12, 1)).ok());
        QCOMPARE(functions.currentHolder(fn).value()->id, successor.id);

        const auto history = functions.history(fn).value();
        QCOMPARE(history.size(), 3); // Joost, Ayşe, and Mirjam before her
        QCOMPARE(history.at(0).personId, successor.id);
        QVERIFY(!history.at(0).until.has_value());
        QCOMPARE(history.at(1).personId, ayse);
        QCOMPARE(*history.at(1).until, QDate(2026, 11, 30));

        QVERIFY(functions.heldBy(ayse).value().isEmpty());
        QCOMPARE(functions.heldBy(successor.id).value().size(), 1);

        // The pinned CJG line aims at the function, so it still resolves, now to Joost.
        const auto line = QuickLineRepository(*t.db).get(DemoData::idFor(QStringLiteral("line:cjg"))).value();
        QVERIFY(line.has_value());
        QCOMPARE(line->targetId, fn);
        QCOMPARE(functions.currentHolder(line->targetId).value()->givenName, QStringLiteral("Joost"));

        // Search shows the new holder under the function, and the function under Joost.
        SearchIndex index(*t.db);
        const auto fnHits = index.search(QStringLiteral("schoolmaatschappelijk")).value();
        QVERIFY(fnHits.first().subtitle.contains(QLatin1String("Joost Vermeulen")));
        const auto joost = index.search(QStringLiteral("vermeulen")).value();
        QVERIFY(joost.first().subtitle.contains(QLatin1String("Schoolmaatschappelijk werker")));
        const auto former = index.search(QStringLiteral("ozturk")).value();
        QVERIFY(!former.first().subtitle.contains(QLatin1String("Schoolmaatschappelijk")));
        // Searching the new holder's name also finds the function itself.
        bool functionFound = false;
        for (const SearchHit &h : joost) {
            functionFound |= h.kind == TargetKind::Function && h.id == fn;
        }
        QVERIFY(functionFound);
    }

    void handOverRules()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        FunctionRepository functions(*t.db);
        const QString fn = DemoData::idFor(QStringLiteral("fn:logo"));
        const QString holder = DemoData::idFor(QStringLiteral("person:logo"));
        const int before = t.count(QStringLiteral("SELECT count(*) FROM holdings"));

        // Same person again: nothing changes.
        QVERIFY(functions.handOver(fn, holder, QDate(2026, 12, 1)).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM holdings")), before);

        // A date before the current holder started is refused, nothing written.
        const QString other = DemoData::idFor(QStringLiteral("person:fysio-kft"));
        const Status early = functions.handOver(fn, other, QDate(2020, 1, 1));
        QCOMPARE(early.error().code, QStringLiteral("holding.date"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM holdings")), before);
        QCOMPARE(functions.currentHolder(fn).value()->id, holder);

        QCOMPARE(functions.handOver(fn, QStringLiteral("ghost"), QDate(2026, 12, 1)).error().code,
            QStringLiteral("person.missing"));
        QCOMPARE(functions.handOver(QStringLiteral("ghost"), holder, QDate(2026, 12, 1)).error().code,
            QStringLiteral("function.missing"));

        // Vacancy: the holder left and no successor is known yet.
        QVERIFY(functions.vacate(fn, QDate(2026, 12, 31)).ok());
        QVERIFY(!functions.currentHolder(fn).value().has_value());
        QCOMPARE(functions.history(fn).value().first().until, std::optional<QDate>(QDate(2026, 12, 31)));
    }
};

QTEST_GUILESS_MAIN(TestHandOver)
#include "tst_handover.moc"
