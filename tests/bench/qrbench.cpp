// QR decoding on 720p camera-like frames: decode rate and time per frame with the app's
// settings (try harder, rotations, downscale) beside zxing-cpp's fast mode on the same
// frames in the same run.
#include "bench.h"
#include "qrcode.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>

#include <ZXing/ReadBarcode.h>

#include <cstdio>

namespace {

QImage frameWith(const QImage &code, QRandomGenerator &rng, bool withCode)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    QLinearGradient light(0, 0, 1280, 720);
    light.setColorAt(0, QColor(170 + rng.bounded(60), 160 + rng.bounded(60), 150 + rng.bounded(50)));
    light.setColorAt(1, QColor(60 + rng.bounded(60), 60 + rng.bounded(50), 55 + rng.bounded(50)));
    QPainter p(&frame);
    p.fillRect(frame.rect(), light);
    if (withCode) {
        const double size = 220 + rng.bounded(300);
        const double cx = 640 + rng.bounded(-250, 250);
        const double cy = 360 + rng.bounded(-120, 120);
        auto jitter = [&]() { return (rng.generateDouble() - 0.5) * size * 0.24; };
        QPolygonF square { QPointF(0, 0), QPointF(code.width(), 0), QPointF(code.width(), code.height()),
            QPointF(0, code.height()) };
        QPolygonF quad { QPointF(cx - size / 2 + jitter(), cy - size / 2 + jitter()),
            QPointF(cx + size / 2 + jitter(), cy - size / 2 + jitter()),
            QPointF(cx + size / 2 + jitter(), cy + size / 2 + jitter()),
            QPointF(cx - size / 2 + jitter(), cy + size / 2 + jitter()) };
        QTransform t;
        if (QTransform::quadToQuad(square, quad, t)) {
            t = t * QTransform().translate(-cx, -cy) * QTransform().rotate(rng.bounded(360)) * QTransform().translate(cx, cy);
            p.setTransform(t);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(0, 0, code);
        }
    }
    p.end();
    QImage gray = frame.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *line = gray.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            line[x] = uchar(std::clamp(int(line[x]) + rng.bounded(-20, 21), 0, 255));
        }
    }
    return gray;
}

bool plainDecode(const QImage &gray)
{
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
        int(gray.bytesPerLine()));
    ZXing::DecodeHints fast;
    fast.setFormats(ZXing::BarcodeFormat::QRCode);
    fast.setTryHarder(false);
    fast.setTryRotate(false);
    fast.setTryDownscale(false);
    return ZXing::ReadBarcode(view, fast).isValid();
}

} // namespace

int runQrBench(const QStringList &args)
{
    const int frames = std::max(10, bench::optionValue(args, QStringLiteral("--frames"), QStringLiteral("120")).toInt());
    const QStringList payloads { QStringLiteral("kortelijn://join?server=https%3A%2F%2Fpartners.example.nl&invite="
                                                "WCJDtANJDdy1HXw7W-IRkJx2NeynWjRB-YU-lGlID_g"),
        QStringLiteral("https://partners.example.nl/p/cjg-ayse-ozturk"),
        QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ayşe Öztürk\r\nORG:CJG Overvecht\r\n"
                       "TEL;TYPE=cell;VALUE=uri:tel:+31612345678\r\nEMAIL:ayse@cjg.example.nl\r\nEND:VCARD\r\n") };
    QRandomGenerator rng(11);
    std::vector<qint64> ours;
    std::vector<qint64> plain;
    int withCode = 0;
    int oursFound = 0;
    int plainFound = 0;
    int falsePositives = 0;
    for (int i = 0; i < frames; ++i) {
        const bool hasCode = i % 6 != 5; // one frame in six shows no code at all
        const QString text = payloads.at(i % payloads.size());
        const QImage frame = frameWith(kl::platform::qrImage(text, 400), rng, hasCode);
        QElapsedTimer t;
        t.start();
        const auto decoded = kl::platform::decodeQr(frame);
        ours.push_back(t.nsecsElapsed());
        t.start();
        const bool plainOk = plainDecode(frame);
        plain.push_back(t.nsecsElapsed());
        if (hasCode) {
            ++withCode;
            oursFound += decoded && *decoded == text ? 1 : 0;
            plainFound += plainOk ? 1 : 0;
        } else {
            falsePositives += decoded ? 1 : 0;
        }
    }
    std::printf("kl-bench qr: %d frames of 1280x720 (%d with a code, perspective, rotation, uneven light, noise)\n",
        frames, withCode);
    std::printf("%-22s %9s %10s %10s\n", "decoder", "rate", "p50_ms", "p99_ms");
    std::printf("%-22s %8.1f%% %10.2f %10.2f\n", "app (try harder)", 100.0 * oursFound / withCode,
        bench::percentileMs(ours, 50), bench::percentileMs(ours, 99));
    std::printf("%-22s %8.1f%% %10.2f %10.2f\n", "fast (no try harder)", 100.0 * plainFound / withCode,
        bench::percentileMs(plain, 50), bench::percentileMs(plain, 99));
    std::printf("false positives on frames without a code: %d\n", falsePositives);
    return falsePositives == 0 ? 0 : 1;
}
