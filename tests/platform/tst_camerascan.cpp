// The camera path without the camera: pictures read from image files are written as
// video frames (BGRA like a webcam, NV12 and YUV420P like phone cameras, built here plane
// by plane) into the QVideoSink the camera would write to; everything after the hardware
// (decoding from the mapped luma plane, decoding off the GUI thread, dropping frames
// while busy, reporting each code once, asking the camera permission first) is the real
// code.
#include "camerascan.h"
#include "qrcode.h"
#include "videoframeqr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrameFormat>

#include <cstring>

using kl::platform::CameraScan;
using kl::platform::FrameDecode;
using kl::platform::Permission;

namespace {

QVideoFrame frameFrom(const QImage &picture)
{
    const QImage image = picture.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        qFatal("cannot map a video frame");
    }
    for (int y = 0; y < image.height(); ++y) {
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y), size_t(image.width()) * 4);
    }
    frame.unmap();
    return frame;
}

// BT.601 studio-range luma (16..235), as cameras deliver it.
uchar luma(QRgb rgb)
{
    return uchar(16 + (219 * (299 * qRed(rgb) + 587 * qGreen(rgb) + 114 * qBlue(rgb)) / 1000) / 255);
}

// A YUV frame written sample by sample: the luma from the picture, the chroma random
// (a decoder that converted colours instead of reading luma would see noise in it).
QVideoFrame yuvFrameFrom(const QImage &picture, QVideoFrameFormat::PixelFormat format)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    QVideoFrame frame(QVideoFrameFormat(image.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        qFatal("cannot map a video frame");
    }
    QRandomGenerator chroma(7);
    for (int p = 1; p < frame.planeCount(); ++p) {
        for (int i = 0; i < frame.mappedBytes(p); ++i) {
            frame.bits(p)[i] = uchar(chroma.bounded(256));
        }
    }
    const bool packed = format == QVideoFrameFormat::Format_YUYV || format == QVideoFrameFormat::Format_UYVY;
    const int yOffset = format == QVideoFrameFormat::Format_UYVY ? 1 : 0;
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = frame.bits(0) + y * frame.bytesPerLine(0);
        const QRgb *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (packed) {
                row[2 * x + yOffset] = luma(pixels[x]);
                row[2 * x + 1 - yOffset] = uchar(chroma.bounded(256));
            } else {
                row[x] = luma(pixels[x]);
            }
        }
    }
    frame.unmap();
    return frame;
}

// Answers only when the test says so, like a prompt the teacher has not answered yet.
class AskingPermission : public Permission
{
public:
    [[nodiscard]] State state() const override { return State::Undetermined; }
    void request(std::function<void(State)> done) override
    {
        ++*asked;
        *pending = std::move(done);
    }
    std::shared_ptr<int> asked = std::make_shared<int>(0);
    std::shared_ptr<std::function<void(State)>> pending = std::make_shared<std::function<void(State)>>();
};

} // namespace

class TestCameraScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A 720p "camera view" with the code somewhere in it, saved as a file and read back.
    QString framePicture(const QString &name, const QString &text)
    {
        QImage view(1280, 720, QImage::Format_RGB32);
        view.fill(QColor(90, 100, 110));
        if (!text.isEmpty()) {
            QPainter p(&view);
            p.drawImage(QRect(480, 160, 400, 400), kl::platform::qrImage(text, 400));
        }
        const QString path = m_dir.filePath(name);
        if (!view.save(path)) {
            qFatal("cannot save %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void codeInTheStreamIsFoundOnce()
    {
        const QString empty = framePicture(QStringLiteral("empty.png"), {});
        const QString invite = framePicture(QStringLiteral("invite.png"),
            QStringLiteral("kortelijn://join?server=https%3A%2F%2Fschool.example&invite=k3Jd9sQw81LmZp0aXv7T"));
        CameraScan scan;
        QSignalSpy found(&scan, &CameraScan::codeFound);
        QSignalSpy decoded(&scan, &CameraScan::frameDecoded);
        QVERIFY(scan.videoSink());

        const QVideoFrame nothing = frameFrom(QImage(empty));
        scan.videoSink()->setVideoFrame(nothing);
        QVERIFY(decoded.wait(10000));
        QCOMPARE(found.count(), 0);

        const QImage code(invite);
        for (int i = 0; i < 3; ++i) { // the code stays in view for a few frames
            scan.videoSink()->setVideoFrame(frameFrom(code));
            QTRY_COMPARE_WITH_TIMEOUT(decoded.count(), 2 + i, 10000);
        }
        QCOMPARE(found.count(), 1);
        QVERIFY(found.first().first().toString().startsWith(QStringLiteral("kortelijn://join?")));
    }

    void framesArrivingWhileDecodingAreDropped()
    {
        const QString mecard = framePicture(QStringLiteral("mecard.png"), QStringLiteral("MECARD:N:Bakker,Joost;TEL:+31612340000;;"));
        CameraScan scan;
        QSignalSpy decoded(&scan, &CameraScan::frameDecoded);
        QSignalSpy found(&scan, &CameraScan::codeFound);
        // 30 frames in one go, as a camera at 30 fps would deliver in a second (each a new
        // frame: the sink ignores a frame equal to the current one).
        QList<QVideoFrame> frames;
        for (int i = 0; i < 30; ++i) {
            frames << frameFrom(QImage(mecard));
        }
        for (const QVideoFrame &frame : frames) {
            scan.videoSink()->setVideoFrame(frame);
        }
        QVERIFY(decoded.wait(10000));
        QTest::qWait(200);
        QCOMPARE(scan.framesDecoded() + scan.framesDropped(), 30);
        QVERIFY2(scan.framesDropped() >= 25, "frames queue up instead of being dropped");
        QCOMPARE(found.count(), 1);
    }

    void noisyFramesFindNothing()
    {
        QImage noise(1280, 720, QImage::Format_RGB32);
        QRandomGenerator rng(11);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x) {
                noise.setPixel(x, y, rng.generate());
            }
        }
        CameraScan scan;
        QSignalSpy decoded(&scan, &CameraScan::frameDecoded);
        QSignalSpy found(&scan, &CameraScan::codeFound);
        scan.videoSink()->setVideoFrame(frameFrom(noise));
        QVERIFY(decoded.wait(10000));
        QCOMPARE(found.count(), 0);
    }

    void decodesFromTheLumaPlane_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("path");
        QTest::newRow("NV12") << int(QVideoFrameFormat::Format_NV12) << int(FrameDecode::Path::Luma);
        QTest::newRow("NV21") << int(QVideoFrameFormat::Format_NV21) << int(FrameDecode::Path::Luma);
        QTest::newRow("YUV420P") << int(QVideoFrameFormat::Format_YUV420P) << int(FrameDecode::Path::Luma);
        QTest::newRow("YV12") << int(QVideoFrameFormat::Format_YV12) << int(FrameDecode::Path::Luma);
        QTest::newRow("YUYV") << int(QVideoFrameFormat::Format_YUYV) << int(FrameDecode::Path::Luma);
        QTest::newRow("UYVY") << int(QVideoFrameFormat::Format_UYVY) << int(FrameDecode::Path::Luma);
    }

    void decodesFromTheLumaPlane()
    {
        QFETCH(int, format);
        QFETCH(int, path);
        const QString text = QStringLiteral("kortelijn://join?server=https%3A%2F%2Fschool.example&invite=Zk81LmZp0aXv7T");
        // 650 px wide: rows of a frame are often padded, so the row stride is honoured.
        QImage view(650, 480, QImage::Format_RGB32);
        view.fill(QColor(120, 140, 90));
        QPainter(&view).drawImage(QRect(170, 90, 300, 300), kl::platform::qrImage(text, 300));
        const QVideoFrame frame = yuvFrameFrom(view, QVideoFrameFormat::PixelFormat(format));
        const FrameDecode result = kl::platform::decodeQrFrame(frame);
        QCOMPARE(int(result.path), path);
        QCOMPARE(result.text.value_or(QString()), text);

        // The same view without a code finds nothing.
        QImage empty(650, 480, QImage::Format_RGB32);
        empty.fill(QColor(120, 140, 90));
        QVERIFY(!kl::platform::decodeQrFrame(yuvFrameFrom(empty, QVideoFrameFormat::PixelFormat(format))).text);
    }

    void otherFramesDecodeToo()
    {
        const QString text = QStringLiteral("MECARD:N:Bakker,Joost;TEL:+31612340000;;");
        QImage view(640, 480, QImage::Format_RGB32);
        view.fill(Qt::white);
        QPainter(&view).drawImage(QRect(170, 90, 300, 300), kl::platform::qrImage(text, 300));
        const FrameDecode bgra = kl::platform::decodeQrFrame(frameFrom(view));
        QCOMPARE(int(bgra.path), int(FrameDecode::Path::Pixels));
        QCOMPARE(bgra.text.value_or(QString()), text);

        // A frame without plain luma or RGB bytes (a camera's JPEG) goes through toImage().
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && view.save(&buffer, "JPG", 90));
        QVideoFrame compressed(QVideoFrameFormat(view.size(), QVideoFrameFormat::Format_Jpeg));
        QVERIFY(compressed.map(QVideoFrame::WriteOnly));
        QVERIFY(compressed.mappedBytes(0) >= jpeg.size());
        std::memcpy(compressed.bits(0), jpeg.constData(), size_t(jpeg.size()));
        compressed.unmap();
        const FrameDecode converted = kl::platform::decodeQrFrame(compressed);
        QCOMPARE(int(converted.path), int(FrameDecode::Path::Converted));
        QCOMPARE(converted.text.value_or(QString()), text);

        QCOMPARE(int(kl::platform::decodeQrFrame(QVideoFrame()).path), int(FrameDecode::Path::Unreadable));
    }

    void phoneFramesThroughTheScanner()
    {
        const QString text = QStringLiteral("kortelijn://join?server=https%3A%2F%2Fschool.example&invite=k3Jd9sQw81");
        QImage view(1280, 720, QImage::Format_RGB32);
        view.fill(QColor(90, 100, 110));
        QPainter(&view).drawImage(QRect(480, 160, 400, 400), kl::platform::qrImage(text, 400));
        CameraScan scan;
        QSignalSpy found(&scan, &CameraScan::codeFound);
        scan.videoSink()->setVideoFrame(yuvFrameFrom(view, QVideoFrameFormat::Format_NV12));
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().first().toString(), text);
    }

    void refusedCameraStartsNothing()
    {
        CameraScan scan;
        scan.setPermission(std::make_unique<kl::platform::FixedPermission>(Permission::State::Denied));
        QSignalSpy denied(&scan, &CameraScan::cameraDenied);
        QSignalSpy error(&scan, &CameraScan::cameraError);
        QVERIFY(!scan.start());
        QCOMPARE(denied.count(), 0); // from the event loop, after start() has returned
        QVERIFY(denied.wait(5000));
        QVERIFY(!scan.active());
        QCOMPARE(error.count(), 0);
    }

    void cameraWaitsForTheAnswer()
    {
        CameraScan scan;
        auto permission = std::make_unique<AskingPermission>();
        const auto asked = permission->asked;
        const auto pending = permission->pending;
        scan.setPermission(std::move(permission));
        QSignalSpy denied(&scan, &CameraScan::cameraDenied);
        QSignalSpy error(&scan, &CameraScan::cameraError);

        QVERIFY(scan.start()); // asking
        QCOMPARE(*asked, 1);
        QVERIFY(!scan.active()); // nothing opened before the answer
        (*pending)(Permission::State::Denied);
        QVERIFY(denied.wait(5000));
        QVERIFY(!scan.active());

        // Left the screen before answering: the answer starts nothing.
        QVERIFY(scan.start());
        QCOMPARE(*asked, 2);
        scan.stop();
        (*pending)(Permission::State::Granted);
        QCoreApplication::processEvents(); // delivers the queued answer (and ignores it)
        QCOMPARE(denied.count(), 1);
        QCOMPARE(error.count(), 0);
        QVERIFY(!scan.active());

        // Yes: the camera opens (or, on a machine without one, the scanner says so).
        QVERIFY(scan.start());
        (*pending)(Permission::State::Granted);
        if (CameraScan::cameraAvailable()) {
            QTRY_VERIFY_WITH_TIMEOUT(scan.active() || !error.isEmpty(), 10000);
        } else {
            QVERIFY(error.wait(5000));
            QVERIFY(!scan.active());
        }
        QCOMPARE(denied.count(), 1);
    }

    void startWithoutACamera()
    {
        if (CameraScan::cameraAvailable()) {
            QSKIP("this machine has a camera; the no-camera answer is tested where there is none");
        }
        CameraScan scan;
        QVERIFY(!scan.start());
        QVERIFY(!scan.active());
    }
};

QTEST_MAIN(TestCameraScan)
#include "tst_camerascan.moc"
