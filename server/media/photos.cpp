#include "photos.h"

#include "storage.h"

#include <QtEndian>

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace kl::server::photos {

Result<QByteArray> normalise(const QByteArray &bytes)
{
    QBuffer source;
    source.setData(bytes);
    source.open(QIODevice::ReadOnly);
    QImageReader reader(&source);
    reader.setAutoTransform(true); // a phone's portrait picture is stored sideways plus a rotation tag
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid() || size.isEmpty()) {
        return serverError(QStringLiteral("photo-unreadable"), QStringLiteral("This file is not a picture"));
    }
    if (qint64(size.width()) * size.height() > kMaxSourcePixels) {
        return serverError(QStringLiteral("photo-too-large"),
            QStringLiteral("The picture has %1 x %2 pixels; at most %3 million")
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxSourcePixels / 1'000'000));
    }
    // Decode at (about) the final size where the format allows it: a 24-megapixel JPEG is
    // scaled by the decoder instead of being unpacked whole first.
    if (std::max(size.width(), size.height()) > kMaxSide * 2 && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        reader.setScaledSize(size.scaled(kMaxSide * 2, kMaxSide * 2, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return serverError(QStringLiteral("photo-unreadable"), QStringLiteral("This file is not a picture"));
    }
    if (std::max(image.width(), image.height()) > kMaxSide) {
        image = image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // JPEG has no transparency: what was transparent becomes white, not black.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    QImageWriter writer(&sink, "jpeg");
    writer.setQuality(85);
    writer.setOptimizedWrite(true);
    if (!writer.write(flat)) {
        return serverError(errors::kStorage, QStringLiteral("could not encode the photo: %1").arg(writer.errorString()));
    }
    return out;
}

bool isStoredForm(const QByteArray &bytes)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8 || d[n - 2] != 0xFF || d[n - 1] != 0xD9) {
        return false;
    }
    qsizetype at = 2;
    bool frame = false;
    while (at + 4 <= n) {
        if (d[at] != 0xFF) {
            return false;
        }
        const uchar marker = d[at + 1];
        const int length = qFromBigEndian<quint16>(d + at + 2);
        if (length < 2 || at + 2 + length > n) {
            return false;
        }
        const bool sof = marker == 0xC0 || marker == 0xC1 || marker == 0xC2;
        if (sof) {
            if (length < 7) {
                return false;
            }
            const int height = qFromBigEndian<quint16>(d + at + 5);
            const int width = qFromBigEndian<quint16>(d + at + 7);
            if (width < 1 || height < 1 || width > kMaxSide || height > kMaxSide) {
                return false;
            }
            frame = true;
        } else if (marker == 0xDA) {
            // Entropy-coded data: 0xFF is followed by 0x00 (stuffing), a restart marker or
            // fill; anything else is a segment between scans (tables, the next scan of a
            // progressive picture), which must be one of those kinds too, or the end.
            qsizetype i = at + 2 + length;
            while (i + 1 < n) {
                if (d[i] != 0xFF || d[i + 1] == 0x00 || d[i + 1] == 0xFF || (d[i + 1] >= 0xD0 && d[i + 1] <= 0xD7)) {
                    ++i;
                    continue;
                }
                const uchar inner = d[i + 1];
                if (inner == 0xD9) {
                    if (i + 2 != n) {
                        return false; // data after the end marker
                    }
                    break;
                }
                if ((inner != 0xC4 && inner != 0xDA && inner != 0xDB && inner != 0xDD) || i + 4 > n) {
                    return false;
                }
                i += 2 + qFromBigEndian<quint16>(d + i + 2);
            }
            break;
        } else if (marker != 0xE0 && marker != 0xDB && marker != 0xC4 && marker != 0xDD) {
            return false; // APP1..APP15 (EXIF, XMP, ICC), COM, anything else
        }
        if (marker == 0xE0 && (length < 7 || qstrncmp(bytes.constData() + at + 4, "JFIF", 5) != 0)) {
            return false;
        }
        at += 2 + length;
    }
    if (!frame) {
        return false;
    }
    QImage image;
    return image.loadFromData(bytes, "JPEG") && std::max(image.width(), image.height()) <= kMaxSide;
}

Result<QByteArray> sanitise(const QByteArray &bytes)
{
    if (isStoredForm(bytes)) {
        return bytes;
    }
    return normalise(bytes);
}

} // namespace kl::server::photos
