// The toolbar of a pushed page: back arrow, title, and the page's own buttons after it.
// White on the teal bar in light and dark alike, also after switching theme while running
// (the bar's inherited foreground otherwise keeps the colour of the theme it started in).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ToolBar {
    id: bar

    property string title
    // The page's own buttons, placed right of the title.
    default property alias actions: actionRow.data
    readonly property alias titleLabel: titleLabel
    readonly property alias backButton: backButton
    signal back()

    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ToolButton {
            id: backButton
            objectName: "backButton"
            icon.source: "icons/back.svg"
            icon.color: bar.Material.foreground
            Accessible.name: qsTr("Back")
            onClicked: bar.back()
        }
        Label {
            id: titleLabel
            text: bar.title
            color: bar.Material.foreground
            font.pixelSize: Theme.title
            elide: Label.ElideRight
            Layout.fillWidth: true
        }
        RowLayout {
            id: actionRow
            spacing: 0
        }
    }
}
