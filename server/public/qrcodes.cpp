#include "qrcodes.h"

#include "qrmatrix.h"

#include <QBuffer>
#include <QFile>
#include <QImage>

namespace kl::server {

namespace {

constexpr int kQuiet = 4; // modules of white border scanners need

QImage render(const QrMatrix &matrix, int scale)
{
    const int size = (matrix.size() + 2 * kQuiet) * scale;
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.dark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + kQuiet) * scale + dy);
                std::fill_n(line + (x + kQuiet) * scale, scale, uchar(0));
            }
        }
    }
    return image;
}

} // namespace

Result<QByteArray> qrPng(const QString &text, int pixelsPerModule)
{
    auto matrix = QrMatrix::encode(text);
    if (!matrix) {
        return matrix.error();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!render(matrix.value(), std::clamp(pixelsPerModule, 1, 32)).save(&buffer, "PNG")) {
        return Error { QStringLiteral("qr.write"), QStringLiteral("the QR image could not be written") };
    }
    return bytes;
}

Result<QByteArray> qrSvg(const QString &text)
{
    auto matrix = QrMatrix::encode(text);
    if (!matrix) {
        return matrix.error();
    }
    return matrix.value().svg(kQuiet);
}

Status writeQrFiles(const QString &text, const QString &prefix)
{
    auto png = qrPng(text);
    auto svg = qrSvg(text);
    if (!png) {
        return png.error();
    }
    if (!svg) {
        return svg.error();
    }
    for (const auto &[suffix, bytes] : { std::pair { QStringLiteral(".png"), png.value() }, std::pair { QStringLiteral(".svg"), svg.value() } }) {
        QFile file(prefix + suffix);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            return Error { QStringLiteral("qr.write"), QStringLiteral("cannot write %1%2").arg(prefix, suffix) };
        }
    }
    return {};
}

} // namespace kl::server
