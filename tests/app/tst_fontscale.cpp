// The app's text size: --font-scale over the phone's setting over the desktop's font, each
// clamped; the desktops' usual sizes; and FontScaleFollower moving AppSettings::fontScale
// when the application font changes while running (a real database under AppSettings).
#include "appsettings.h"
#include "database.h"
#include "fontscale.h"

#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(std::optional<double>)

namespace {
const std::optional<double> none;
}

class TestFontScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compute_data()
    {
        QTest::addColumn<std::optional<double>>("requested");
        QTest::addColumn<std::optional<double>>("platform");
        QTest::addColumn<double>("systemPt");
        QTest::addColumn<double>("defaultPt");
        QTest::addColumn<double>("expected");
        const std::optional<double> nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nothing known") << none << none << 0.0 << 0.0 << 1.0;
        QTest::newRow("android normal") << none << std::optional<double>(1.0) << 9.0 << 9.0 << 1.0;
        QTest::newRow("android large") << none << std::optional<double>(1.3) << 9.0 << 9.0 << 1.3;
        QTest::newRow("android 14 largest") << none << std::optional<double>(2.0) << 9.0 << 9.0 << 2.0;
        QTest::newRow("android small") << none << std::optional<double>(0.85) << 0.0 << 0.0 << 0.85;
        QTest::newRow("ios accessibility xxxl") << none << std::optional<double>(53.0 / 17.0) << 0.0 << 0.0 << 3.0;
        QTest::newRow("phone over desktop font") << none << std::optional<double>(1.15) << 20.0 << 10.0 << 1.15;
        QTest::newRow("desktop default") << none << none << 10.0 << 10.0 << 1.0;
        QTest::newRow("desktop larger") << none << none << 15.0 << 10.0 << 1.5;
        QTest::newRow("desktop tiny") << none << none << 6.0 << 10.0 << 0.85;
        QTest::newRow("desktop pixel font") << none << none << -1.0 << 10.0 << 1.0;
        QTest::newRow("option wins over phone") << std::optional<double>(2.0) << std::optional<double>(1.3) << 9.0 << 9.0 << 2.0;
        QTest::newRow("option wins over desktop") << std::optional<double>(1.0) << none << 18.0 << 9.0 << 1.0;
        QTest::newRow("option clamped") << std::optional<double>(7.0) << none << 0.0 << 0.0 << 3.0;
        QTest::newRow("option zero ignored") << std::optional<double>(0.0) << std::optional<double>(1.3) << 0.0 << 0.0 << 1.3;
        QTest::newRow("option nan ignored") << nan << none << 18.0 << 9.0 << 2.0;
        QTest::newRow("platform negative ignored") << none << std::optional<double>(-1.0) << 11.0 << 11.0 << 1.0;
    }

    void compute()
    {
        QFETCH(std::optional<double>, requested);
        QFETCH(std::optional<double>, platform);
        QFETCH(double, systemPt);
        QFETCH(double, defaultPt);
        QFETCH(double, expected);
        FontScale::Inputs in;
        in.requested = requested;
        in.platformScale = platform;
        in.systemPointSize = systemPt;
        in.defaultPointSize = defaultPt;
        QCOMPARE(FontScale::compute(in), expected);
    }

    void defaultPointSize_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("desktop");
        QTest::addColumn<double>("expected");
        QTest::newRow("windows") << "windows" << "" << 9.0;
        QTest::newRow("macos") << "macos" << "" << 13.0;
        QTest::newRow("plasma") << "debian" << "KDE" << 10.0;
        QTest::newRow("gnome") << "ubuntu" << "ubuntu:GNOME" << 11.0;
        QTest::newRow("no desktop (xvfb)") << "debian" << "" << 9.0;
    }

    void defaultPointSize()
    {
        QFETCH(QString, product);
        QFETCH(QString, desktop);
        QFETCH(double, expected);
        QCOMPARE(FontScale::defaultPointSize(product, desktop), expected);
    }

    // The desktop's font grows while the app runs (the font settings dialog): the text
    // follows at once; with --font-scale it stays where the option put it.
    void followerFollowsTheApplicationFont()
    {
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        QTemporaryDir dir;
        auto db = kl::Database::open(QDir(dir.path()).filePath(QStringLiteral("kortelijn.sqlite")));
        QVERIFY(db.ok());
        AppSettings settings(*db.value(), {});
        QFont font = QGuiApplication::font();
        font.setPointSizeF(10);
        QGuiApplication::setFont(font);

        {
            FontScaleFollower follower(settings, QString());
            QCOMPARE(settings.fontScale(), 1.0);
            QSignalSpy changed(&settings, &AppSettings::fontScaleChanged);
            font.setPointSizeF(20);
            QGuiApplication::setFont(font);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(settings.fontScale(), 2.0);
        }
        FontScaleFollower overridden(settings, QStringLiteral("1.3"));
        QCOMPARE(settings.fontScale(), 1.3);
        font.setPointSizeF(10);
        QGuiApplication::setFont(font);
        QCOMPARE(settings.fontScale(), 1.3);
    }
};

QTEST_MAIN(TestFontScale)

#include "tst_fontscale.moc"
