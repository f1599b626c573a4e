// The one toolbar of every page: back arrow (pushed pages), title, and the page's own
// buttons after it. White on the teal bar in light and dark alike, also after switching
// theme while running (the bar's inherited foreground otherwise keeps the colour of the
// theme it started in). A long title at a large text size first shrinks (down to the
// normal title size), then ends in an ellipsis.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ToolBar {
    id: bar

    property string title
    // False on the start page and the tabs: nothing to go back to; the title is bold there.
    property bool backVisible: true
    // The page's own buttons, placed right of the title.
    default property alias actions: actionRow.data
    readonly property alias titleLabel: titleLabel
    readonly property alias backButton: backButton
    readonly property alias actionRow: actionRow
    signal back()

    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.backVisible ? 0 : 16
        spacing: 0
        ToolButton {
            id: backButton
            objectName: "backButton"
            visible: bar.backVisible
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
            font.bold: !bar.backVisible
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Math.min(Theme.title, 20)
            elide: Label.ElideRight
            verticalAlignment: Text.AlignVCenter
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        RowLayout {
            id: actionRow
            spacing: 0
        }
    }
}
