// Scanning in the app, the picture path end to end: real QR images generated as files
// (checked with an independent decoder, zbarimg), decoded by ScanSession off the GUI
// thread, classified and acted on against the app's real database and connection.
#include "appcontext.h"
#include "personrepository.h"
#include "qrcode.h"
#include "scansession.h"
#include "syncprotocol.h"

#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using namespace kl;

namespace {

const QString kVCard = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Verbeek;Sanne;;;\r\nFN:Sanne Verbeek\r\n"
                                      "ORG:Logopediepraktijk De Tong\r\nTITLE:Logopedist\r\n"
                                      "TEL;TYPE=CELL:06 12345678\r\nEMAIL:sanne@detong.example\r\nEND:VCARD\r\n");
const QString kMeCard
    = QStringLiteral("MECARD:N:Bakker,Joost;TEL:+31612340000;EMAIL:joost@ib.example;ORG:Intern begeleider;;");

} // namespace

class TestScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;

    QString qrFile(const QString &name, const QString &text)
    {
        // A code inside a larger, slightly grey picture, like a screenshot.
        QImage picture(900, 1400, QImage::Format_RGB32);
        picture.fill(QColor(235, 235, 235));
        QPainter p(&picture);
        p.drawImage(QPoint(150, 400), platform::qrImage(text, 600));
        p.end();
        const QString path = m_files.filePath(name);
        if (!picture.save(path)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static void verifyWithZbar(const QString &path, const QString &text)
    {
        const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbar.isEmpty()) {
            QSKIP("zbarimg (Debian zbar-tools) is not installed: scripts/deps.sh installs it");
        }
        QProcess p;
        p.start(zbar, { QStringLiteral("--raw"), QStringLiteral("-q"), path });
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), text.trimmed());
    }

    static void decode(ScanSession &s, const QString &path)
    {
        QSignalSpy changed(&s, &ScanSession::resultChanged);
        s.decodeFile(QUrl::fromLocalFile(path));
        QCOMPARE(s.result(), ScanSession::Decoding);
        QTRY_VERIFY_WITH_TIMEOUT(s.result() != ScanSession::Decoding, 15000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppContext::Options o;
        o.dataDir = m_dir->path();
        o.recordChannels = true;
        o.position = AppContext::Options::Position::None;
        o.autoSyncMs = 0;
        auto c = AppContext::create(o);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        m_context = std::move(c).value();
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void vCardIsSavedOnlyAfterConfirming()
    {
        const QString path = qrFile(QStringLiteral("vcard.png"), kVCard);
        verifyWithZbar(path, kVCard);
        ScanSession s;
        s.setStore(m_context->store());
        const auto before = PersonRepository(m_context->db()).list(Origin::Personal);
        QVERIFY(before.ok());
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::Contact);
        // Shown for confirmation, not saved yet.
        QCOMPARE(s.contact()->property("givenName").toString(), QStringLiteral("Sanne"));
        QCOMPARE(s.contact()->property("familyName").toString(), QStringLiteral("Verbeek"));
        QCOMPARE(s.contact()->property("organisationName").toString(), QStringLiteral("Logopediepraktijk De Tong"));
        QCOMPARE(s.contact()->property("functionTitle").toString(), QStringLiteral("Logopedist"));
        QCOMPARE(s.contact()->property("mobile").toString(), QStringLiteral("06 12345678"));
        QCOMPARE(s.contact()->property("email").toString(), QStringLiteral("sanne@detong.example"));
        QCOMPARE(PersonRepository(m_context->db()).list(Origin::Personal).value().size(), before.value().size());

        QSignalSpy saved(&s, &ScanSession::contactSaved);
        QVERIFY(s.saveContact());
        QCOMPARE(saved.count(), 1);
        const auto person = PersonRepository(m_context->db()).get(saved.first().first().toString());
        QVERIFY(person.ok() && person.value());
        QCOMPARE(person.value()->origin, Origin::Personal);
        QCOMPARE(person.value()->mobile, QStringLiteral("+31612345678"));
        QCOMPARE(person.value()->email, QStringLiteral("sanne@detong.example"));
        QCOMPARE(PersonRepository(m_context->db()).list(Origin::Personal).value().size(), before.value().size() + 1);
        QCOMPARE(s.result(), ScanSession::Nothing);
        QVERIFY(!s.saveContact()); // nothing left to save
    }

    void meCardCancelledSavesNothing()
    {
        const QString path = qrFile(QStringLiteral("mecard.png"), kMeCard);
        verifyWithZbar(path, kMeCard);
        ScanSession s;
        s.setStore(m_context->store());
        const qsizetype before = PersonRepository(m_context->db()).list(Origin::Personal).value().size();
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::Contact);
        QCOMPARE(s.contact()->property("givenName").toString(), QStringLiteral("Joost"));
        QCOMPARE(s.contact()->property("familyName").toString(), QStringLiteral("Bakker"));
        QCOMPARE(s.contact()->property("mobile").toString(), QStringLiteral("+31612340000"));
        s.reset();
        QCOMPARE(s.result(), ScanSession::Nothing);
        QVERIFY(!s.saveContact());
        QCOMPARE(PersonRepository(m_context->db()).list(Origin::Personal).value().size(), before);
    }

    void inviteJoinsTheSchool()
    {
        // A school server that is not there: joining starts and then fails politely; what
        // matters here is that the scanned invitation reaches the connection unchanged.
        const QString link = sync::inviteLink(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("k3Jd9sQw81LmZp0aXv7T"));
        const QString path = qrFile(QStringLiteral("invite.png"), link);
        verifyWithZbar(path, link);
        ScanSession s;
        s.setStore(m_context->store());
        s.setProperty("connection", QVariant::fromValue(m_context->connection()));
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::Invite);
        QCOMPARE(s.inviteServer(), QStringLiteral("127.0.0.1"));
        QVERIFY(s.message().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(m_context->connection()->state(), SchoolConnection::NotConnected);
        QVERIFY(s.joinSchool());
        QVERIFY(m_context->connection()->state() != SchoolConnection::NotConnected);
    }

    void webAddressIsExplained()
    {
        const QString url = QStringLiteral("https://www.cjg-overvecht.example/contact");
        const QString path = qrFile(QStringLiteral("url.png"), url);
        verifyWithZbar(path, url);
        ScanSession s;
        s.setStore(m_context->store());
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::WebAddress);
        QVERIFY2(s.message().contains(QStringLiteral("www.cjg-overvecht.example")), qPrintable(s.message()));
        QVERIFY(!s.saveContact());
        QVERIFY(!s.joinSchool());
    }

    void otherTextIsExplained()
    {
        const QString path = qrFile(QStringLiteral("wifi.png"), QStringLiteral("WIFI:S:Gasten;T:WPA;P:welkom01;;"));
        ScanSession s;
        s.setStore(m_context->store());
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::Unknown);
        QVERIFY(!s.message().isEmpty());
    }

    void pictureWithoutCode()
    {
        QImage noise(1280, 720, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x) {
                noise.setPixel(x, y, rng.generate());
            }
        }
        const QString path = m_files.filePath(QStringLiteral("noise.jpg"));
        QVERIFY(noise.save(path));
        ScanSession s;
        s.setStore(m_context->store());
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::NoCode);
        QVERIFY(s.message().contains(QStringLiteral("No QR code")));
    }

    void fileThatIsNoPicture()
    {
        const QString path = m_files.filePath(QStringLiteral("notes.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is a text file with a picture's name");
        f.close();
        ScanSession s;
        decode(s, path);
        QCOMPARE(s.result(), ScanSession::NoCode);
        QVERIFY(s.message().contains(QStringLiteral("not a picture")));
    }

    void frameLikeImageDecodes()
    {
        // The way in for a camera frame: a 720p picture with the code smaller and off-centre.
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(QColor(120, 110, 100));
        QPainter p(&frame);
        p.drawImage(QRect(700, 200, 360, 360), platform::qrImage(kMeCard, 360));
        p.end();
        ScanSession s;
        s.setStore(m_context->store());
        s.decodeImage(frame);
        QTRY_VERIFY_WITH_TIMEOUT(s.result() != ScanSession::Decoding, 15000);
        QCOMPARE(s.result(), ScanSession::Contact);
    }

    void cameraFramesReachTheSession()
    {
        // The camera's sink fed with a frame made from a picture file: the session shows the
        // card for confirmation exactly as for a picked picture (only the hardware is missing).
        const QImage picture(qrFile(QStringLiteral("frame.png"), kVCard));
        const QImage bgra = picture.convertToFormat(QImage::Format_ARGB32);
        QVideoFrame frame(QVideoFrameFormat(bgra.size(), QVideoFrameFormat::Format_BGRA8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < bgra.height(); ++y) {
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), bgra.constScanLine(y), size_t(bgra.width()) * 4);
        }
        frame.unmap();
        ScanSession s;
        s.setStore(m_context->store());
        s.camera().videoSink()->setVideoFrame(frame);
        QTRY_COMPARE_WITH_TIMEOUT(s.result(), ScanSession::Contact, 15000);
        QCOMPARE(s.contact()->property("familyName").toString(), QStringLiteral("Verbeek"));
    }

    void laterScanWins()
    {
        // Two pictures picked quickly: only the last one's answer shows.
        const QString first = qrFile(QStringLiteral("first.png"), QStringLiteral("https://first.example/"));
        const QString second = qrFile(QStringLiteral("second.png"), kMeCard);
        ScanSession s;
        s.setStore(m_context->store());
        s.decodeFile(QUrl::fromLocalFile(first));
        s.decodeFile(QUrl::fromLocalFile(second));
        QTRY_VERIFY_WITH_TIMEOUT(s.result() != ScanSession::Decoding, 15000);
        QTest::qWait(500); // the first decode's late answer must not overwrite the second
        QCOMPARE(s.result(), ScanSession::Contact);
    }
};

QTEST_MAIN(TestScan)
#include "tst_scan.moc"
