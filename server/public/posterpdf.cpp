#include "posterpdf.h"

#include "qrmatrix.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace kl::server {

Status writePosterPdf(const PublicCard &c, const QString &url, PublicLanguage lang, const QString &file)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error { QStringLiteral("poster.gui"), QStringLiteral("a PDF poster needs a QGuiApplication (offscreen platform)") };
    }
    auto qr = QrMatrix::encode(url);
    if (!qr) {
        return qr.error();
    }
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(c.displayName());
    pdf.setCreator(QStringLiteral("KorteLijn"));
    QPainter p;
    if (!p.begin(&pdf)) {
        return Error { QStringLiteral("poster.write"), QStringLiteral("cannot write %1").arg(file) };
    }
    const double mm = 300 / 25.4; // device pixels per millimetre
    const double width = 210 * mm;
    auto centred = [&](double top, double heightMm, const QString &text, double pointSize, bool bold, QColor colour) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        p.setFont(f);
        p.setPen(colour);
        const QRectF box(15 * mm, top, width - 30 * mm, heightMm * mm);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        return top + p.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text).height();
    };
    p.setRenderHint(QPainter::Antialiasing);
    // Face: the photo cropped to a circle, or the initials on a green disc.
    const QRectF face((width - 60 * mm) / 2, 20 * mm, 60 * mm, 60 * mm);
    QImage photo;
    if (!c.photo.isEmpty() && photo.loadFromData(c.photo)) {
        const int side = std::min(photo.width(), photo.height());
        photo = photo.copy((photo.width() - side) / 2, (photo.height() - side) / 2, side, side);
        QPainterPath circle;
        circle.addEllipse(face);
        p.save();
        p.setClipPath(circle);
        p.drawImage(face, photo);
        p.restore();
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x0b, 0x6e, 0x4f));
        p.drawEllipse(face);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(60);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(face, Qt::AlignCenter, c.initials());
    }
    double y = 88 * mm;
    y = centred(y, 40, c.displayName(), 40, true, QColor(0x11, 0x11, 0x11)) + 3 * mm;
    if (!c.functions.isEmpty()) {
        y = centred(y, 30, c.functions.join(QStringLiteral(", ")), 22, false, QColor(0x11, 0x11, 0x11)) + 2 * mm;
    }
    if (!c.organisation.isEmpty()) {
        y = centred(y, 20, c.organisation, 18, false, QColor(0x33, 0x33, 0x33)) + 2 * mm;
    }
    if (!c.presence.isEmpty()) {
        QStringList lines { lang == PublicLanguage::English ? QStringLiteral("At school") : QStringLiteral("Op school") };
        for (const Presence &pr : c.presence) {
            lines << publiccard::presenceText(pr, lang);
        }
        y = centred(y + 4 * mm, 40, lines.join(QLatin1Char('\n')), 16, false, QColor(0x11, 0x11, 0x11));
    }
    // The QR as vector squares: sharp at any printer resolution. 75 mm wide including
    // its quiet zone, at the bottom of the page.
    const int quiet = 4;
    const int modules = qr.value().size() + 2 * quiet;
    const double module = 75 * mm / modules;
    const QPointF origin((width - 75 * mm) / 2, 190 * mm);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRectF(origin, QSizeF(75 * mm, 75 * mm)), Qt::white);
    for (int qy = 0; qy < qr.value().size(); ++qy) {
        for (int qx = 0; qx < qr.value().size(); ++qx) {
            if (qr.value().dark(qx, qy)) {
                p.fillRect(QRectF(origin.x() + (qx + quiet) * module, origin.y() + (qy + quiet) * module, module, module), Qt::black);
            }
        }
    }
    p.setRenderHint(QPainter::Antialiasing);
    y = centred(268 * mm, 12,
        lang == PublicLanguage::English ? QStringLiteral("Scan with your phone's camera and add me to your contacts")
                                        : QStringLiteral("Scan met je telefooncamera en zet mij in je contacten"),
        14, false, QColor(0x11, 0x11, 0x11));
    centred(y + 1 * mm, 10, url, 10, false, QColor(0x33, 0x33, 0x33));
    if (!p.end()) {
        return Error { QStringLiteral("poster.write"), QStringLiteral("cannot write %1").arg(file) };
    }
    return {};
}

} // namespace kl::server
