// The camera path without the camera: pictures read from image files are written as
// video frames (BGRA, like a webcam delivers) into the QVideoSink the camera would write
// to; everything after the hardware (frame conversion, decoding off the GUI thread,
// dropping frames while busy, reporting each code once) is the real code.
#include "camerascan.h"
#include "qrcode.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrameFormat>

#include <cstring>

using kl::platform::CameraScan;

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
