#include "qrcode.h"

#include "qrmatrix.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/TextUtfEncoding.h>

namespace kl::platform {

std::optional<QString> decodeQr(const PixelView &pixels)
{
    if (!pixels.data || pixels.width <= 0 || pixels.height <= 0) {
        return std::nullopt;
    }
    ZXing::ImageFormat format = ZXing::ImageFormat::Lum;
    int pixelStride = pixels.pixelStride;
    switch (pixels.layout) {
    case PixelView::Layout::Luma:
        break;
    case PixelView::Layout::RGBX:
        format = ZXing::ImageFormat::RGBX;
        pixelStride = 4;
        break;
    case PixelView::Layout::BGRX:
        format = ZXing::ImageFormat::BGRX;
        pixelStride = 4;
        break;
    case PixelView::Layout::XRGB:
        format = ZXing::ImageFormat::XRGB;
        pixelStride = 4;
        break;
    case PixelView::Layout::XBGR:
        format = ZXing::ImageFormat::XBGR;
        pixelStride = 4;
        break;
    }
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::ImageView view(pixels.data, pixels.width, pixels.height, format, pixels.rowStride, pixelStride);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid()) {
        return std::nullopt;
    }
    return QString::fromStdWString(result.text());
}

std::optional<QString> decodeQr(const QImage &image)
{
    if (image.isNull()) {
        return std::nullopt;
    }
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    return decodeQr(PixelView { gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()) });
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
    const auto matrix = QrMatrix::encode(text);
    if (!matrix) {
        return {};
    }
    const int quiet = 4; // modules of white border scanners need
    const int modules = matrix.value().size() + 2 * quiet;
    const int scale = std::max(1, pixels / std::max(1, modules));
    QImage out(modules * scale, modules * scale, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < matrix.value().size(); ++y) {
        for (int x = 0; x < matrix.value().size(); ++x) {
            if (matrix.value().dark(x, y)) {
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *line = out.scanLine((y + quiet) * scale + dy);
                    std::fill(line + (x + quiet) * scale, line + (x + quiet + 1) * scale, 0);
                }
            }
        }
    }
    return out;
}

} // namespace kl::platform
