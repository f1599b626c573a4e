#include "qrcodes.h"

#include <QFile>
#include <QImage>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/BitMatrixIO.h>
#include <ZXing/MultiFormatWriter.h>

namespace kl::server {

Status writeQrFiles(const QString &text, const QString &prefix)
{
    ZXing::BitMatrix matrix;
    try {
        // Error correction level M (eccLevel 4 of 0-8): survives a crease in a printout.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setEccLevel(4).setMargin(0).encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        return Error { QStringLiteral("qr.encode"), QStringLiteral("the QR code could not be made: %1").arg(QString::fromUtf8(e.what())) };
    }
    const int quiet = 4; // modules of white border scanners need
    const int scale = 8;
    const int size = (matrix.width() + 2 * quiet) * scale;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (!matrix.get(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + quiet) * scale + dy);
                std::fill_n(line + (x + quiet) * scale, scale, uchar(0));
            }
        }
    }
    if (!image.save(prefix + QStringLiteral(".png"), "PNG")) {
        return Error { QStringLiteral("qr.write"), QStringLiteral("cannot write %1.png").arg(prefix) };
    }
    // zxing's SVG has no quiet zone; wrap it in a white frame of the same 4 modules.
    ZXing::BitMatrix framed(matrix.width() + 2 * quiet, matrix.height() + 2 * quiet);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y)) {
                framed.set(x + quiet, y + quiet);
            }
        }
    }
    QFile svg(prefix + QStringLiteral(".svg"));
    if (!svg.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error { QStringLiteral("qr.write"), QStringLiteral("cannot write %1.svg").arg(prefix) };
    }
    svg.write(QByteArray::fromStdString(ZXing::ToSVG(framed)));
    return {};
}

Result<QByteArray> qrSvg(const QString &text)
{
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setEccLevel(4).setMargin(0).encode(text.toStdString(), 0, 0);
    } catch (const std::exception &e) {
        return Error { QStringLiteral("qr.encode"), QStringLiteral("the QR code could not be made: %1").arg(QString::fromUtf8(e.what())) };
    }
    const int quiet = 4;
    ZXing::BitMatrix framed(matrix.width() + 2 * quiet, matrix.height() + 2 * quiet);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y)) {
                framed.set(x + quiet, y + quiet);
            }
        }
    }
    return QByteArray::fromStdString(ZXing::ToSVG(framed));
}

} // namespace kl::server
