// "Wie doet wat" on the phone: image://organogram/<nl|en>/<school name>?v=<n> draws the
// school's roles, who holds them and who stands in, and the partners each owns, from the
// phone's own copy of the school list (school_roles, organisations), with the same drawing
// the server prints (core/organogram.h). Only school rows: a teacher's own partners are not
// part of the school's picture. Rendered at the requested size so a zoomed picture stays
// sharp; `v` changes when the list does, so QML asks again.
#pragma once

#include "database.h"

#include <QQuickImageProvider>

class OrganogramImageProvider : public QQuickImageProvider
{
public:
    explicit OrganogramImageProvider(kl::Database &db);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The picture as SVG, for the image and for tests.
    [[nodiscard]] QByteArray svg(const QString &schoolName, const QString &language) const;

private:
    kl::Database &m_db;
};
