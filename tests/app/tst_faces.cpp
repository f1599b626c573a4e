// Faces: a person's photo reaches the partner list and the detail screen as an
// image://faces URL, and the provider returns it cropped to a circle; no photo, initials.
#include "appcontext.h"
#include "demodata.h"
#include "faceprovider.h"
#include "organogramprovider.h"
#include "partnerdetail.h"
#include "partnermodel.h"
#include "personrepository.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace kl;

namespace {

QByteArray jpegOfAFace()
{
    QImage img(240, 320, QImage::Format_RGB32); // portrait, as phones take them
    img.fill(QColor(30, 90, 160));
    QPainter p(&img);
    p.setBrush(QColor(240, 200, 160));
    p.drawEllipse(QPoint(120, 150), 70, 90);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPG");
    return bytes;
}

// The app's real wiring over a fresh demo database in `dir`, channels recorded.
Result<std::unique_ptr<AppContext>> demoApp(const QTemporaryDir &dir)
{
    AppContext::Options o;
    o.dataDir = dir.path();
    o.recordChannels = true;
    return AppContext::create(o);
}

} // namespace

class TestFaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void circleCrop()
    {
        QImage wide(200, 100, QImage::Format_RGB32);
        wide.fill(Qt::red);
        const QImage face = FaceImageProvider::circle(wide, 64);
        QCOMPARE(face.size(), QSize(64, 64));
        QCOMPARE(qAlpha(face.pixel(0, 0)), 0); // corners are transparent
        QCOMPARE(qAlpha(face.pixel(63, 63)), 0);
        QCOMPARE(face.pixelColor(32, 32), QColor(Qt::red));
        QVERIFY(FaceImageProvider::circle(QImage(), 64).isNull());
    }

    void urls()
    {
        QCOMPARE(FaceImageProvider::urlFor(QStringLiteral("p1"), {}), QString());
        const QString a = FaceImageProvider::urlFor(QStringLiteral("p1"), QByteArray("one"));
        const QString b = FaceImageProvider::urlFor(QStringLiteral("p1"), QByteArray("two"));
        QVERIFY(a.startsWith(QLatin1String("image://faces/p1?v=")));
        QVERIFY(a != b); // a new photo is a new URL, so QML does not show the cached one
    }

    void organogramFromThePhonesOwnList()
    {
        // The phone draws "wie doet wat" from its copy of the school list: every role, its
        // holder and deputy, the school's partners; never the teacher's own partners.
        QTemporaryDir dir;
        auto context = demoApp(dir);
        QVERIFY(context.ok());
        OrganogramImageProvider provider(context.value()->db());
        const QString svg = QString::fromUtf8(provider.svg(QStringLiteral("Basisschool De Regenboog"), QStringLiteral("nl")));
        for (const char *expected : { "Wie doet wat — Basisschool De Regenboog", "Sportcoördinator", "Rik Brouwer", "vervanger: Lotte Bos",
                 "geen vervanger", "CJG Overvecht", "Woningcorporatie Mitros", "Zonder eigenaar" }) {
            QVERIFY2(svg.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!svg.contains(QStringLiteral("Ingrid Scholten")));
        QCOMPARE(svg.count(QStringLiteral("data-role=")), 8);
        QVERIFY(QString::fromUtf8(provider.svg(QStringLiteral("School"), QStringLiteral("en"))).contains(QStringLiteral("Who does what")));
        QVERIFY(QString::fromUtf8(provider.svg(QString(), QStringLiteral("nl"))).contains(QStringLiteral(">Wie doet wat</text>")));
        // Drawn at the size asked for (a zoomed picture), proportions kept, not blank.
        QSize size;
        const QImage wide = provider.requestImage(QStringLiteral("nl/De%20Regenboog?v=1"), &size, QSize(1600, 0));
        QCOMPARE(wide.width(), 1600);
        QCOMPARE(size, wide.size());
        QVERIFY(wide.height() > 200 && wide.height() < 1600);
        int red = 0;
        for (int y = 0; y < wide.height(); y += 2) {
            for (int x = 0; x < wide.width(); x += 2) {
                const QColor c = wide.pixelColor(x, y);
                red += c.red() > 140 && c.green() < 90 && c.blue() < 90;
            }
        }
        QVERIFY2(red > 20, "the gaps are marked in red");
    }

    void photoReachesListDetailAndProvider()
    {
        QTemporaryDir dir;
        auto context = demoApp(dir);
        QVERIFY(context.ok());
        AppStore *store = context.value()->store();
        const QString ayse = DemoData::idFor(QStringLiteral("person:cjg-smw"));
        const QString fn = DemoData::idFor(QStringLiteral("fn:cjg-smw"));

        PartnerModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setStore(store);
        const int row = list.indexOf(fn);
        QVERIFY(row >= 0);
        QCOMPARE(list.data(list.index(row, 0), PartnerModel::FaceRole).toString(), QString()); // initials for now

        Person p = *PersonRepository(context.value()->db()).get(ayse).value();
        p.photo = jpegOfAFace();
        QVERIFY(PersonRepository(context.value()->db()).save(p).ok());
        store->schoolDataChanged();
        const QString url = list.data(list.index(list.indexOf(fn), 0), PartnerModel::FaceRole).toString();
        QCOMPARE(url, FaceImageProvider::urlFor(ayse, p.photo));

        PartnerDetail detail;
        detail.setStore(store);
        detail.setKind(int(TargetKind::Function));
        detail.setTargetId(fn);
        QCOMPARE(detail.face(), url);

        FaceImageProvider provider(context.value()->db());
        QSize size;
        const QImage face = provider.requestImage(url.mid(QStringLiteral("image://faces/").size()), &size, QSize(96, 96));
        QCOMPARE(size, QSize(96, 96));
        QCOMPARE(qAlpha(face.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(face.pixel(48, 48)), 255);
        QVERIFY(provider.requestImage(QStringLiteral("nobody"), &size, QSize(96, 96)).isNull());
    }
};

QTEST_MAIN(TestFaces)
#include "tst_faces.moc"
