// "Which school location am I at", end to end through Qt Positioning: NMEA logs are
// replayed by QNmeaPositionInfoSource (the GPS hardware stand-in) into the same
// PositionLocator and LocationResolver the app uses.
#include "nmealog.h"
#include "positionlocator.h"

#include <QBuffer>
#include <QNmeaPositionInfoSource>
#include <QSignalSpy>
#include <QTest>

using namespace kl;

namespace {

const nmea::Fix kMain { 52.1147, 5.1136 };
const nmea::Fix kAnnex { 52.1126, 5.1172 };
const nmea::Fix kBetween { 52.11365, 5.1154 };

QList<SchoolLocation> locations()
{
    SchoolLocation main;
    main.id = QStringLiteral("main");
    main.latitude = 52.1147;
    main.longitude = 5.1136;
    main.radiusMetres = 150;
    SchoolLocation annex = main;
    annex.id = QStringLiteral("annex");
    annex.latitude = 52.1126;
    annex.longitude = 5.1172;
    return { main, annex };
}

struct Replay
{
    QBuffer buffer;
    QNmeaPositionInfoSource source { QNmeaPositionInfoSource::SimulationMode };
    LocationResolver resolver { locations() };
    platform::PositionLocator locator { &source, resolver };

    explicit Replay(const QList<nmea::Fix> &fixes)
    {
        buffer.setData(nmea::log(fixes));
        buffer.open(QIODevice::ReadOnly);
        source.setUserEquivalentRangeError(5.0); // accuracy = HDOP x 5 m
        source.setDevice(&buffer);
        resolver.setChosenLocation(QStringLiteral("main"));
    }

    LocationResolver::Answer run(int fixes, int timeoutMs = 3000)
    {
        QSignalSpy done(&locator, &platform::PositionLocator::located);
        locator.locate(timeoutMs, fixes);
        if (!done.wait(timeoutMs + 2000)) {
            qWarning("locator never finished");
        }
        return resolver.answer();
    }
};

} // namespace

class TestNmeaReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void logIsWellFormed()
    {
        const QByteArray s = nmea::sentence("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,");
        QCOMPARE(s, QByteArray("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"));
    }

    void atSchoolA()
    {
        Replay r({ kMain, kMain, kMain });
        r.resolver.setChosenLocation(QStringLiteral("annex"));
        const auto a = r.run(3);
        QCOMPARE(a.locationId, QStringLiteral("main"));
        QCOMPARE(a.source, LocationResolver::Source::Position);
        QVERIFY(a.atSchool);
        QVERIFY(a.metres >= 0 && a.metres < 5);
        QCOMPARE(r.locator.outcome(), platform::PositionLocator::Outcome::Fix);
    }

    void atSchoolB()
    {
        Replay r({ kAnnex, kAnnex, kAnnex });
        const auto a = r.run(3);
        QCOMPARE(a.locationId, QStringLiteral("annex"));
        QVERIFY(a.atSchool);
    }

    void betweenThem()
    {
        Replay r({ kBetween, kBetween, kBetween });
        const auto a = r.run(3);
        QCOMPARE(a.locationId, QStringLiteral("main")); // the chosen one
        QCOMPARE(a.source, LocationResolver::Source::Chosen);
        QVERIFY(!a.atSchool);
    }

    void noFix()
    {
        nmea::Fix none = kAnnex;
        none.valid = false;
        Replay r({ none, none, none, none });
        const auto a = r.run(3, 800);
        QCOMPARE(a.locationId, QStringLiteral("main"));
        QCOMPARE(a.source, LocationResolver::Source::Chosen);
        QVERIFY(!r.locator.busy());
        // The screen is told: no fix in time (not "no positioning", not "refused").
        QCOMPARE(r.locator.outcome(), platform::PositionLocator::Outcome::NoFix);
    }

    void jumpingFix()
    {
        // At the annex, with single multipath jumps to the main building, the last one
        // arriving last: a single stray fix must not move the teacher.
        Replay r({ kAnnex, kMain, kAnnex, kAnnex, kMain });
        const auto a = r.run(5);
        QCOMPARE(a.locationId, QStringLiteral("annex"));
        QVERIFY(a.atSchool);
    }

    void coarseFixesCountAsNoPosition()
    {
        nmea::Fix coarse = kAnnex;
        coarse.hdop = 90; // 450 m: cannot tell the buildings apart
        Replay r({ coarse, coarse, coarse });
        const auto a = r.run(3);
        QCOMPARE(a.locationId, QStringLiteral("main"));
        QCOMPARE(a.source, LocationResolver::Source::Chosen);
    }

    void noPositioningAtAll()
    {
        LocationResolver resolver(locations());
        resolver.setChosenLocation(QStringLiteral("annex"));
        platform::PositionLocator locator(nullptr, resolver);
        QSignalSpy done(&locator, &platform::PositionLocator::located);
        locator.locate();
        QVERIFY(done.wait(1000));
        QCOMPARE(resolver.answer().locationId, QStringLiteral("annex"));
        QCOMPARE(locator.outcome(), platform::PositionLocator::Outcome::NoSource);
    }
};

QTEST_GUILESS_MAIN(TestNmeaReplay)
#include "tst_nmeareplay.moc"
