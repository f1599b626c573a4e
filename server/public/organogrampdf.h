// "Wie doet wat" on paper: the organogram's SVG (organogram.h) drawn onto one landscape
// A4 or A3 page of a PDF, scaled to fit with margins, for the `organogram` admin command.
// Like the poster (posterpdf.h) it needs Qt's font database, so it runs under a
// QGuiApplication on the offscreen platform.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

namespace kl::server {

Status writeOrganogramPdf(const QByteArray &svg, QPageSize::PageSizeId paper, const QString &title, const QString &file);

} // namespace kl::server
