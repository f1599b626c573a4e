#include "qrcode.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/TextUtfEncoding.h>

namespace kl::platform {

std::optional<QString> decodeQr(const QImage &image)
{
    if (image.isNull()) {
        return std::nullopt;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
        int(gray.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return std::nullopt;
    }
    return QString::fromStdWString(result.text());
}

std::optional<QString> decodeQrFile(const QString &path)
{
    QImage image(path);
    if (image.isNull()) {
        return std::nullopt;
    }
    return decodeQr(image);
}

QImage qrImage(const QString &text, int pixels)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8);
    writer.setEccLevel(4); // zxing's 0..8 scale: 4 is level M
    writer.setMargin(4);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
    const int modules = matrix.width();
    const int scale = std::max(1, pixels / std::max(1, modules));
    QImage out(modules * scale, modules * scale, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (matrix.get(x, y)) {
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *line = out.scanLine(y * scale + dy);
                    std::fill(line + x * scale, line + (x + 1) * scale, 0);
                }
            }
        }
    }
    return out;
}

} // namespace kl::platform
