#include "qrmatrix.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

namespace kl {

Result<QrMatrix> QrMatrix::encode(const QString &text)
{
    ZXing::BitMatrix bits;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        writer.setEccLevel(4); // zxing's 0..8 scale: 4 is level M
        writer.setMargin(0);
        bits = writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &e) {
        return Error { QStringLiteral("qr.encode"),
            QStringLiteral("the QR code could not be made: %1").arg(QString::fromUtf8(e.what())) };
    }
    QrMatrix m;
    m.m_size = bits.width();
    m.m_modules.assign(std::size_t(m.m_size) * std::size_t(m.m_size), 0);
    for (int y = 0; y < m.m_size; ++y) {
        for (int x = 0; x < m.m_size; ++x) {
            m.m_modules[std::size_t(y) * std::size_t(m.m_size) + std::size_t(x)] = bits.get(x, y) ? 1 : 0;
        }
    }
    return m;
}

QByteArray QrMatrix::svg(int quiet) const
{
    const int total = m_size + 2 * quiet;
    QByteArray path;
    path.reserve(m_size * m_size * 4);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m_size && dark(x + run, y)) {
                ++run;
            }
            // One horizontal run of dark modules: move, right, down, back left, close.
            path += 'M' + QByteArray::number(x + quiet) + ' ' + QByteArray::number(y + quiet) + 'h'
                + QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    const QByteArray n = QByteArray::number(total);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + ' ' + n + "\" width=\"" + QByteArray::number(total * 8)
        + "\" height=\"" + QByteArray::number(total * 8) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

} // namespace kl
