// The demo school is what every new user and many tests see: realistic, complete,
// deterministic, and made of valid data.
#include "demodata.h"
#include "fieldrules.h"
#include "inductionrepository.h"
#include "organisationrepository.h"
#include "personrepository.h"
#include "phonenumbers.h"
#include "testdb.h"

#include <QSqlRecord>
#include <QTest>

using namespace kl;

namespace {

QStringList dump(const Database &db)
{
    QStringList out;
    for (const char *table : { "school_locations", "organisations", "persons", "functions", "holdings", "presence",
             "quick_lines", "induction_steps", "flags" }) {
        auto q = db.run(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        while (q.value().next()) {
            const QSqlRecord rec = q.value().record();
            QStringList fields;
            for (int i = 0; i < rec.count(); ++i) {
                if (rec.fieldName(i) != QLatin1String("updated_at")) {
                    fields << rec.value(i).toString();
                }
            }
            out << QLatin1String(table) + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    return out;
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realisticSchool()
    {
        TestDb t;
        const auto stats = DemoData::populateSchool(*t.db);
        QVERIFY(stats.ok());
        const auto schoolOrgs = OrganisationRepository(*t.db).list(Origin::School).value();
        QVERIFY(schoolOrgs.size() >= 30 && schoolOrgs.size() <= 40);
        QSet<Category> seen;
        int ownerless = 0;
        for (const Organisation &o : schoolOrgs) {
            seen.insert(o.category);
            QVERIFY(!o.topics.isEmpty());
            // A partner's owner is one of the school's roles (issue 15); one has none yet.
            if (o.ownerRole.isEmpty()) {
                ++ownerless;
            } else {
                QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM school_roles WHERE id = ? AND deleted = 0"), { o.ownerRole }), 1);
            }
        }
        QCOMPARE(ownerless, 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM school_roles"), {}), 8);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM school_roles WHERE deputy = ''"), {}), 1);
        QCOMPARE(seen.size(), int(categories::all().size()));
        QVERIFY(stats.value().presence >= 15);
        QVERIFY(stats.value().quickLines >= 5);
        QVERIFY(stats.value().flags >= 2);
        QCOMPARE(OrganisationRepository(*t.db).list(Origin::Personal).value().size(), 1);
        // Every weekday has somebody at school.
        for (int day = 1; day <= 5; ++day) {
            QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM presence WHERE weekday = ?"), { day }) > 0);
        }
    }

    void inductionPathOfAboutTenPartners()
    {
        // Issue 15: the demo school lays out a path for new staff; every step points at a
        // live partner, in a clear order, with a why-line the field rules accept.
        TestDb t;
        const auto stats = DemoData::populateSchool(*t.db);
        QVERIFY(stats.ok());
        const auto steps = InductionRepository(*t.db).steps();
        QVERIFY(steps.ok());
        QCOMPARE(stats.value().inductionSteps, int(steps.value().size()));
        QVERIFY(steps.value().size() >= 8 && steps.value().size() <= 12);
        QSet<QString> targets;
        int previous = -1;
        int organisations = 0;
        for (const InductionStep &s : steps.value()) {
            QVERIFY(s.order > previous);
            previous = s.order;
            QVERIFY(!s.ticked); // a new phone has met nobody yet
            QVERIFY2(s.why.startsWith(QStringLiteral("Bel hier ")), qPrintable(s.why));
            const QJsonObject wire { { QStringLiteral("target_kind"), targetKindKey(s.targetKind) },
                { QStringLiteral("target_id"), s.targetId }, { QStringLiteral("why"), s.why }, { QStringLiteral("sort_order"), s.order } };
            const auto v = fieldrules::checkRow(QStringLiteral("induction_steps"), wire);
            QVERIFY2(!v, qPrintable(v ? v->column + QLatin1Char(' ') + v->code : QString()));
            const QString table = s.targetKind == TargetKind::Organisation ? QStringLiteral("organisations") : QStringLiteral("functions");
            organisations += s.targetKind == TargetKind::Organisation;
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted = 0").arg(table), { s.targetId }), 1);
            targets.insert(s.targetId);
        }
        QCOMPARE(targets.size(), int(steps.value().size())); // nobody twice
        QVERIFY(organisations >= 1); // a step can be a whole partner, not only a function
    }

    void phoneNumbersAreValid()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        for (const Person &p : PersonRepository(*t.db).list().value()) {
            for (const QString &n : { p.mobile, p.landline, p.whatsapp }) {
                if (n.isEmpty()) {
                    continue;
                }
                const auto r = PhoneNumbers::toE164(n);
                QVERIFY2(r.ok(), qPrintable(n));
                QCOMPARE(r.value(), n);
            }
        }
    }

    void deterministic()
    {
        TestDb a;
        TestDb b;
        QVERIFY(DemoData::populateSchool(*a.db).ok());
        QVERIFY(DemoData::populateSchool(*b.db).ok());
        const QStringList da = dump(*a.db);
        QVERIFY(da.size() > 100);
        QCOMPARE(da, dump(*b.db));
        TestDb c;
        QVERIFY(DemoData::populateSchool(*c.db, 1).ok());
        QVERIFY(dump(*c.db) != da); // the seed changes the numbers, not the network
    }

    void scaleMode()
    {
        TestDb t;
        const auto stats = DemoData::populateScale(*t.db, 2000);
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().persons, 2000);
        QCOMPARE(stats.value().organisations, 500);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM search_docs WHERE kind = 2")), 2000);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
