// "Dichtbij" and the school location, end to end: NMEA logs replayed through
// QNmeaPositionInfoSource (the GPS stand-in) into Whereabouts and NearbyModel over the
// app's real demo database; no position, no fix and a refused permission all end in
// the chosen school location.
#include "appcontext.h"
#include "demodata.h"
#include "nearbymodel.h"
#include "nmealog.h"
#include "todaymodel.h"
#include "whereabouts.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QNmeaPositionInfoSource>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;
using platform::FixedPositionPermission;
using platform::PositionPermission;

namespace {

const nmea::Fix kMain { 52.1147, 5.1136 };
const nmea::Fix kAnnex { 52.1126, 5.1172 };
const nmea::Fix kBetween { 52.11365, 5.1154 };
const nmea::Fix kStation { 52.0894, 5.1100 }; // far from both buildings

const QString kMainName = QStringLiteral("De Regenboog, hoofdgebouw");
const QString kAnnexName = QStringLiteral("De Regenboog, dependance Zamenhof");

struct Gps
{
    QBuffer buffer;
    QNmeaPositionInfoSource source { QNmeaPositionInfoSource::SimulationMode };
    explicit Gps(const QList<nmea::Fix> &fixes)
    {
        buffer.setData(nmea::log(fixes));
        buffer.open(QIODevice::ReadOnly);
        source.setUserEquivalentRangeError(5.0);
        source.setDevice(&buffer);
    }
};

std::unique_ptr<PositionPermission> granted()
{
    return std::make_unique<FixedPositionPermission>(PositionPermission::State::Granted);
}

} // namespace

class TestNearby : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;

    Database &db() { return m_context->db(); }

    static bool locate(Whereabouts &w, int timeoutMs = 3000)
    {
        QSignalSpy done(&w, &Whereabouts::located);
        w.locate(timeoutMs);
        return done.wait(timeoutMs + 3000);
    }

    static QStringList names(const NearbyModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i) {
            out << m.data(m.index(i, 0), NearbyModel::NameRole).toString();
        }
        return out;
    }

    static void verifySortedWithDistances(const NearbyModel &m)
    {
        QVERIFY(m.rowCount() >= 8);
        static const QRegularExpression shape(QStringLiteral("^(\\d+ m|\\d+,\\d km|\\d+ km)$"));
        double last = -1;
        for (int i = 0; i < m.rowCount(); ++i) {
            const double metres = m.data(m.index(i, 0), NearbyModel::MetresRole).toDouble();
            QVERIFY2(metres >= last, "not nearest first");
            last = metres;
            const QString text = m.data(m.index(i, 0), NearbyModel::DistanceRole).toString();
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppContext::Options o;
        o.dataDir = m_dir->path();
        o.recordChannels = true;
        o.position = AppContext::Options::Position::None;
        auto c = AppContext::create(o);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_context = std::move(c).value();
        // The teacher works in the main building (set in settings).
        QVERIFY(db().setMeta(QLatin1String(Whereabouts::kChosenMetaKey), DemoData::idFor(QStringLiteral("loc:main"))).ok());
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void nothingChosenTakesTheSchoolsFirstLocation()
    {
        QVERIFY(db().setMeta(QLatin1String(Whereabouts::kChosenMetaKey), QString()).ok());
        Whereabouts w(db(), nullptr, granted());
        QCOMPARE(w.locations().size(), 2);
        // "Vandaag op school" covers every location; distances from the first one.
        QCOMPARE(w.chosenLocationId(), QString());
        QCOMPARE(w.locationId(), QString());
        const QString first = w.locations().first().toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(w.basis(), QStringLiteral("Distances from %1.").arg(first));
        QVERIFY(w.origin().has_value());
        QVERIFY(locate(w));
        QCOMPARE(w.locationId(), QString());
        // A position at a building still names it.
        Gps gps({ kMain, kMain, kMain });
        Whereabouts located(db(), &gps.source, granted());
        QVERIFY(locate(located));
        QCOMPARE(located.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
    }

    void noPositionSourceUsesTheChosenLocation()
    {
        Whereabouts w(db(), nullptr, granted());
        NearbyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_context->store());
        model.setWhereabouts(&w);
        QCOMPARE(w.chosenLocationId(), DemoData::idFor(QStringLiteral("loc:main")));
        QVERIFY(locate(w));
        QVERIFY(!w.busy());
        QVERIFY(!w.fromPosition());
        QCOMPARE(w.locationName(), kMainName);
        QCOMPARE(w.basis(), QStringLiteral("Distances from %1, your chosen location.").arg(kMainName));
        verifySortedWithDistances(model);
        // CJG Overvecht is round the corner of the main building (about 117 m).
        QCOMPARE(names(model).first(), QStringLiteral("CJG Overvecht"));
        QCOMPARE(model.data(model.index(0, 0), NearbyModel::DistanceRole).toString(), QStringLiteral("120 m"));
    }

    void atTheAnnexByPosition()
    {
        Gps gps({ kAnnex, kAnnex, kAnnex });
        Whereabouts w(db(), &gps.source, granted());
        NearbyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_context->store());
        model.setWhereabouts(&w);
        QCOMPARE(names(model).first(), QStringLiteral("CJG Overvecht")); // before asking: chosen = main
        QVERIFY(locate(w));
        QVERIFY(w.fromPosition());
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:annex")));
        QCOMPARE(w.basis(), QStringLiteral("Distances from where you are, at %1.").arg(kAnnexName));
        verifySortedWithDistances(model);
        QCOMPARE(names(model).first(), QStringLiteral("Peuterspeelzaal Spelenderwijs"));
        // The chosen location is a setting: a position does not overwrite it.
        QCOMPARE(w.chosenLocationId(), DemoData::idFor(QStringLiteral("loc:main")));
    }

    void atTheMainBuildingByPosition()
    {
        Gps gps({ kMain, kMain, kMain });
        Whereabouts w(db(), &gps.source, granted());
        w.setChosenLocationId(DemoData::idFor(QStringLiteral("loc:annex")));
        QVERIFY(locate(w));
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
        QVERIFY(w.fromPosition());
    }

    void awayFromSchoolMeasuresFromThePosition()
    {
        Gps gps({ kStation, kStation, kStation });
        Whereabouts w(db(), &gps.source, granted());
        NearbyModel model;
        model.setStore(m_context->store());
        model.setWhereabouts(&w);
        QVERIFY(locate(w));
        QVERIFY(w.fromPosition());
        QCOMPARE(w.locationId(), w.chosenLocationId()); // "vandaag op school" stays the chosen one
        QCOMPARE(w.basis(), QStringLiteral("Distances from where you are."));
        verifySortedWithDistances(model);
        QCOMPARE(names(model).first(), QStringLiteral("Gemeente Utrecht")); // about 160 m from the fix
        // Kilometres in the Dutch number format.
        const QString last = model.data(model.index(model.rowCount() - 1, 0), NearbyModel::DistanceRole).toString();
        QVERIFY2(last.endsWith(QStringLiteral(" km")) && last.contains(QLatin1Char(',')), qPrintable(last));
    }

    void betweenTheBuildings()
    {
        Gps gps({ kBetween, kBetween, kBetween });
        Whereabouts w(db(), &gps.source, granted());
        QVERIFY(locate(w));
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
        QCOMPARE(w.basis(), QStringLiteral("Distances from where you are."));
    }

    void noFixFallsBackQuietly()
    {
        nmea::Fix none = kAnnex;
        none.valid = false;
        Gps gps({ none, none, none, none });
        Whereabouts w(db(), &gps.source, granted());
        QVERIFY(locate(w, 800));
        QVERIFY(!w.fromPosition());
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
        QCOMPARE(w.basis(), QStringLiteral("Distances from %1, your chosen location.").arg(kMainName));
    }

    void refusedPermissionNeverAsksThePosition()
    {
        Gps gps({ kAnnex, kAnnex, kAnnex });
        QSignalSpy positions(&gps.source, &QGeoPositionInfoSource::positionUpdated);
        Whereabouts w(db(), &gps.source, std::make_unique<FixedPositionPermission>(PositionPermission::State::Denied));
        QVERIFY(locate(w));
        QVERIFY(!w.fromPosition());
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
        QCOMPARE(w.basis(), QStringLiteral("Distances from %1, your chosen location.").arg(kMainName));
        QTest::qWait(300);
        QCOMPARE(positions.count(), 0);
    }

    void aRefusalAfterAFixForgetsThePosition()
    {
        // First a fix at the annex, then (permission withdrawn) no fix: the chosen place again.
        nmea::Fix none = kAnnex;
        none.valid = false;
        Gps gps({ kAnnex, kAnnex, kAnnex, none, none, none, none, none, none, none, none, none, none });
        Whereabouts w(db(), &gps.source, granted());
        QVERIFY(locate(w));
        QVERIFY(w.fromPosition());
        QVERIFY(locate(w, 600));
        QVERIFY(!w.fromPosition());
        QCOMPARE(w.locationId(), DemoData::idFor(QStringLiteral("loc:main")));
    }

    void chosenLocationIsKeptAndFiltersToday()
    {
        const QString annex = DemoData::idFor(QStringLiteral("loc:annex"));
        {
            Whereabouts w(db(), nullptr, granted());
            QSignalSpy changed(&w, &Whereabouts::changed);
            w.setChosenLocationId(QStringLiteral("no-such-location"));
            QCOMPARE(changed.count(), 0);
            w.setChosenLocationId(annex);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(w.locations().size(), 2);
        }
        Whereabouts again(db(), nullptr, granted());
        QCOMPARE(again.chosenLocationId(), annex);
        QCOMPARE(again.locationId(), annex);

        m_context->store()->setFixedNow(QDateTime(QDate(2026, 11, 24), QTime(10, 15)));
        TodayModel all;
        QAbstractItemModelTester tester(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setStore(m_context->store());
        TodayModel atAnnex;
        atAnnex.setStore(m_context->store());
        atAnnex.setLocationId(annex);
        TodayModel atMain;
        atMain.setStore(m_context->store());
        atMain.setLocationId(DemoData::idFor(QStringLiteral("loc:main")));
        QVERIFY(all.count() > 0);
        QVERIFY2(atMain.count() < all.count() || atAnnex.count() < all.count(), "location filter has no effect");
        QVERIFY(atMain.count() <= all.count() && atAnnex.count() <= all.count());
    }
};

QTEST_MAIN(TestNearby)
#include "tst_nearby.moc"
