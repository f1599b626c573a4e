#include "faceprovider.h"

#include <QPainter>
#include <QPainterPath>
#include <QUrl>

FaceImageProvider::FaceImageProvider(kl::Database &db)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_db(db)
{
}

QString FaceImageProvider::urlFor(const QString &personId, const QByteArray &photo)
{
    if (personId.isEmpty() || photo.isEmpty()) {
        return {};
    }
    return QStringLiteral("image://faces/%1?v=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(personId)))
        .arg(qChecksum(photo));
}

QImage FaceImageProvider::circle(const QImage &photo, int diameter)
{
    if (photo.isNull() || diameter <= 0) {
        return {};
    }
    // Centre crop to a square, scale, then keep only the circle (transparent corners).
    const int side = std::min(photo.width(), photo.height());
    const QImage square = photo.copy((photo.width() - side) / 2, (photo.height() - side) / 2, side, side)
                              .scaled(diameter, diameter, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(diameter, diameter, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addEllipse(QRectF(0, 0, diameter, diameter));
    p.setClipPath(path);
    p.drawImage(0, 0, square);
    return out;
}

QImage FaceImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString personId = QUrl::fromPercentEncoding(id.section(QLatin1Char('?'), 0, 0).toLatin1());
    QImage face;
    auto q = m_db.run(QStringLiteral("SELECT photo FROM persons WHERE id = ? AND deleted = 0"), { personId });
    if (q && q.value().next()) {
        const QImage photo = QImage::fromData(q.value().value(0).toByteArray());
        const int diameter = requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 192;
        face = circle(photo, diameter);
    }
    if (size) {
        *size = face.size();
    }
    return face;
}
