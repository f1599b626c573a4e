#include "photos.h"

#include "storage.h"

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

} // namespace kl::server::photos
