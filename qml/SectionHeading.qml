// A small heading between groups of a screen or list.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Label {
    topPadding: 16
    bottomPadding: 4
    leftPadding: 16
    rightPadding: 16
    font.pixelSize: Theme.body
    font.bold: true
    color: Material.accent
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
