// A label that wraps between words only. When its widest word does not fit (a long Dutch
// compound at a large text size on a narrow phone) the text is drawn smaller until that
// word fits, down to `minimumPixelSize` (the size at normal text scale); no word is broken
// in the middle. Layouts should leave such labels the width of the screen where they can. Set `pixelSize`
// and `strong` instead of font.pixelSize and font.bold (the size is measured from them).
import QtQuick
import QtQuick.Controls
import KorteLijn

Label {
    id: label

    // The wanted size; the drawn size is smaller only when a word would not fit.
    property int pixelSize: Theme.body
    property int minimumPixelSize: Math.min(pixelSize, Math.round(pixelSize / Math.max(1, Theme.fontScale)))
    property bool strong: false

    wrapMode: Text.Wrap
    textFormat: Text.PlainText
    font.family: Theme.fontFamily
    font.bold: strong
    font.pixelSize: pixelSize

    // Measured against the width the layout gives (Layout.fillWidth or anchors); a hidden
    // label has only its own implicit width, so it keeps the wanted size. Delayed: a new
    // size changes the label's implicit size, and the layouts above answer that first.
    Binding {
        target: label
        property: "font.pixelSize"
        value: label.visible ? TextFit.wordFitPixelSize(label.text, Theme.fontFamily, label.strong, label.pixelSize,
                                                        label.minimumPixelSize, label.width - label.leftPadding - label.rightPadding)
                             : label.pixelSize
        delayed: true
    }
}
