// Text sizes that keep words whole: the largest pixel size, from the wanted size down to a
// minimum, at which every word of a text fits a width. WrapLabel.qml draws with it, so a
// long Dutch compound ("Schoolmaatschappelijk") at a large text size on a narrow phone is
// drawn a little smaller instead of being broken in the middle.
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class TextFit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit TextFit(QObject *parent = nullptr) : QObject(parent) { }

    // Measured with the font `family` (bold or not) at whole pixel sizes. A width of 0 or
    // less (not laid out yet) gives pixelSize.
    Q_INVOKABLE int wordFitPixelSize(const QString &text, const QString &family, bool bold,
        int pixelSize, int minimumPixelSize, qreal width) const;
    // The widest word of `text` in that font, in pixels.
    Q_INVOKABLE qreal widestWord(const QString &text, const QString &family, bool bold, int pixelSize) const;
};
