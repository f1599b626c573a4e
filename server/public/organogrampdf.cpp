#include "organogrampdf.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace kl::server {

Status writeOrganogramPdf(const QByteArray &svg, QPageSize::PageSizeId paper, const QString &title, const QString &file)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error { QStringLiteral("organogram.gui"), QStringLiteral("a PDF needs a QGuiApplication (offscreen platform)") };
    }
    QSvgRenderer picture(svg);
    if (!picture.isValid()) {
        return Error { QStringLiteral("organogram.svg"), QStringLiteral("the picture could not be drawn") };
    }
    QPdfWriter pdf(file);
    pdf.setPageLayout(QPageLayout(QPageSize(paper), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("KorteLijn"));
    QPainter p;
    if (!p.begin(&pdf)) {
        return Error { QStringLiteral("organogram.write"), QStringLiteral("cannot write %1").arg(file) };
    }
    // The whole picture on the page, its proportions kept, centred at the top.
    const QRectF page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const QSizeF size = picture.viewBoxF().size().scaled(page.size(), Qt::KeepAspectRatio);
    picture.render(&p, QRectF(QPointF((page.width() - size.width()) / 2, 0), size));
    if (!p.end()) {
        return Error { QStringLiteral("organogram.write"), QStringLiteral("cannot write %1").arg(file) };
    }
    return {};
}

} // namespace kl::server
