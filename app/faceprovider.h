// Partners' faces for QML: image://faces/<personId>?v=<checksum> gives the person's photo,
// cropped to a circle at the requested size. A face you know lowers the threshold
// (the research's coffee morning); initials stand in when there is no photo.
#pragma once

#include "database.h"

#include <QQuickImageProvider>

class FaceImageProvider : public QQuickImageProvider
{
public:
    explicit FaceImageProvider(kl::Database &db);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The URL for a photo, or empty when there is none; changes when the photo does.
    [[nodiscard]] static QString urlFor(const QString &personId, const QByteArray &photo);
    [[nodiscard]] static QImage circle(const QImage &photo, int diameter);

private:
    kl::Database &m_db;
};
