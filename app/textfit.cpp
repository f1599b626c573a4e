#include "textfit.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>

qreal TextFit::widestWord(const QString &text, const QString &family, bool bold, int pixelSize) const
{
    QFont font(family);
    font.setPixelSize(std::max(1, pixelSize));
    font.setBold(bold);
    const QFontMetricsF metrics(font);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qreal widest = 0;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

int TextFit::wordFitPixelSize(const QString &text, const QString &family, bool bold, int pixelSize,
    int minimumPixelSize, qreal width) const
{
    if (width <= 0 || pixelSize <= minimumPixelSize) {
        return pixelSize;
    }
    for (int size = pixelSize; size > minimumPixelSize; --size) {
        if (widestWord(text, family, bold, size) <= width) {
            return size;
        }
    }
    return minimumPixelSize;
}
