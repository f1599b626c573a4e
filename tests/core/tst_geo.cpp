// Distances and "which school location am I at", without positioning hardware: fixes
// are plain values here (tests/positioning replays NMEA logs through Qt Positioning).
#include "demodata.h"
#include "geo.h"
#include "locationresolver.h"
#include "organisationrepository.h"
#include "presencerepository.h"
#include "testdb.h"

#include <QTest>

using namespace kl;

namespace {

const geo::Coordinate kMain { 52.1147, 5.1136 }; // demo hoofdgebouw, radius 150 m
const geo::Coordinate kAnnex { 52.1126, 5.1172 }; // demo dependance, 339 m away
const geo::Coordinate kBetween { 52.11365, 5.1154 }; // halfway: 170 m from each

LocationResolver::Fix fix(geo::Coordinate c, double accuracy = 10)
{
    return { c, accuracy, QDateTime::currentDateTimeUtc() };
}

QList<SchoolLocation> demoLocations()
{
    SchoolLocation main;
    main.id = QStringLiteral("main");
    main.latitude = kMain.latitude;
    main.longitude = kMain.longitude;
    main.radiusMetres = 150;
    SchoolLocation annex = main;
    annex.id = QStringLiteral("annex");
    annex.latitude = kAnnex.latitude;
    annex.longitude = kAnnex.longitude;
    return { main, annex };
}

} // namespace

class TestGeo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distances_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("metres");
        QTest::newRow("same point") << 52.1 << 5.1 << 52.1 << 5.1 << 0.0;
        QTest::newRow("one degree on the equator") << 0.0 << 0.0 << 0.0 << 1.0 << 111195.08;
        QTest::newRow("Utrecht Dom - Amsterdam CS") << 52.0907 << 5.1214 << 52.3791 << 4.9003 << 35427.36;
        QTest::newRow("two demo buildings") << kMain.latitude << kMain.longitude << kAnnex.latitude << kAnnex.longitude
                                            << 339.05;
    }
    void distances()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, metres);
        QVERIFY(std::abs(geo::distanceMetres({ lat1, lon1 }, { lat2, lon2 }) - metres) < 0.05);
        QVERIFY(std::abs(geo::distanceMetres({ lat2, lon2 }, { lat1, lon1 }) - metres) < 0.05);
    }

    void validity()
    {
        QVERIFY(geo::isValid({ 52, 5 }));
        QVERIFY(!geo::isValid({ 91, 5 }));
        QVERIFY(!geo::isValid({ 52, 181 }));
        QVERIFY(!geo::isValid({ qQNaN(), 5 }));
    }

    void partnersByDistance()
    {
        TestDb t;
        QVERIFY(DemoData::populateSchool(*t.db).ok());
        const auto orgs = OrganisationRepository(*t.db).list().value();
        const auto near = geo::byDistance(kMain, orgs);
        QVERIFY(near.size() >= 30);
        QVERIFY(near.size() < orgs.size()); // the personal partner has no coordinates
        for (int i = 1; i < near.size(); ++i) {
            QVERIFY(near.at(i - 1).metres <= near.at(i).metres);
        }
        // The CJG is round the corner from the main building; the pabo is across town.
        const auto indexOf = [&](const QString &key) {
            for (int i = 0; i < near.size(); ++i) {
                if (near.at(i).id == DemoData::idFor(key)) {
                    return i;
                }
            }
            return -1;
        };
        QVERIFY(indexOf(QStringLiteral("org:cjg")) < 5);
        QVERIFY(indexOf(QStringLiteral("org:pabo")) > near.size() - 5);
    }

    void formatting_data()
    {
        QTest::addColumn<double>("metres");
        QTest::addColumn<QString>("text");
        QTest::newRow("very near") << 3.0 << QStringLiteral("10 m");
        QTest::newRow("metres rounded to ten") << 348.0 << QStringLiteral("350 m");
        QTest::newRow("one decimal below 10 km") << 1234.0 << QStringLiteral("1,2 km");
        QTest::newRow("whole km beyond") << 35427.0 << QStringLiteral("35 km");
    }
    void formatting()
    {
        QFETCH(double, metres);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(geo::formatDistance(metres), text);
    }

    void atOneLocationOrTheOther()
    {
        LocationResolver r(demoLocations());
        r.setChosenLocation(QStringLiteral("main"));
        QVERIFY(r.addFix(fix(kAnnex)));
        QCOMPARE(r.answer().locationId, QStringLiteral("annex"));
        QCOMPARE(r.answer().source, LocationResolver::Source::Position);
        QVERIFY(r.answer().atSchool);
        QVERIFY(r.answer().metres < 1);
    }

    void betweenLocationsFallsBackToChosen()
    {
        LocationResolver r(demoLocations());
        r.setChosenLocation(QStringLiteral("annex"));
        r.addFix(fix(kBetween, 5));
        QCOMPARE(r.answer().locationId, QStringLiteral("annex"));
        QCOMPARE(r.answer().source, LocationResolver::Source::Chosen);
        QVERIFY(!r.answer().atSchool);
    }

    void accuracyCircleReachesTheBuilding()
    {
        LocationResolver r(demoLocations());
        // 170 m from both buildings: a 10 m circle reaches neither 150 m radius; a wide
        // circle near the main building reaches it.
        QCOMPARE(r.locationAt(fix(kBetween, 10)), QString());
        const geo::Coordinate nearerMain { 52.1140, 5.1148 };
        QCOMPARE(r.locationAt(fix(nearerMain, 80)), QStringLiteral("main"));
    }

    void coarseFixesAreIgnored()
    {
        LocationResolver r(demoLocations());
        r.setChosenLocation(QStringLiteral("main"));
        QVERIFY(!r.addFix(fix(kAnnex, 800)));
        QCOMPARE(r.answer().source, LocationResolver::Source::Chosen);
        QVERIFY(!r.addFix(fix({ qQNaN(), 5.1 })));
        QCOMPARE(r.answer().locationId, QStringLiteral("main"));
    }

    void jumpingFixDoesNotMoveTheTeacher()
    {
        LocationResolver r(demoLocations());
        r.addFix(fix(kMain));
        QCOMPARE(r.answer().locationId, QStringLiteral("main"));
        QVERIFY(!r.addFix(fix(kAnnex))); // one stray fix
        QCOMPARE(r.answer().locationId, QStringLiteral("main"));
        r.addFix(fix(kMain));
        QVERIFY(!r.addFix(fix(kAnnex)));
        QCOMPARE(r.answer().locationId, QStringLiteral("main"));
        QVERIFY(r.addFix(fix(kAnnex))); // two in a row: she walked over
        QCOMPARE(r.answer().locationId, QStringLiteral("annex"));
    }

    void noPositionUsesChosenWithoutFuss()
    {
        LocationResolver r(demoLocations());
        r.setChosenLocation(QStringLiteral("main"));
        r.addFix(fix(kAnnex));
        r.positionUnavailable();
        QCOMPARE(r.answer().locationId, QStringLiteral("main"));
        QCOMPARE(r.answer().source, LocationResolver::Source::Chosen);
        LocationResolver none;
        QCOMPARE(none.answer().locationId, QString());
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
