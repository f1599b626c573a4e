// Home's way into the induction path: a prominent card while the teacher has met nobody
// on it yet, a compact line once they have started, nothing when every step is ticked
// (or the school has no path).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

ColumnLayout {
    id: entry

    readonly property alias steps: induction
    readonly property bool prominent: induction.open && induction.done === 0

    visible: induction.open
    spacing: 0

    InductionModel {
        id: induction
        store: Store
    }

    ItemDelegate {
        objectName: "inductionEntry"
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.topMargin: 8
        Layout.minimumHeight: Theme.touch
        topPadding: entry.prominent ? 16 : 8
        bottomPadding: entry.prominent ? 16 : 8
        leftPadding: 16
        rightPadding: 16
        Accessible.name: qsTr("New at school: meet your partners. %1 of %2 met").arg(induction.done).arg(induction.count)
        onClicked: ApplicationWindow.window.openInduction()

        background: Rectangle {
            radius: 12
            color: entry.prominent ? Material.accent : (Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.08) : Qt.rgba(0, 0.5, 0.45, 0.08))
        }

        contentItem: RowLayout {
            spacing: 12
            AppIcon {
                name: "people"
                icon.color: entry.prominent ? (Material.theme === Material.Dark ? "black" : "white") : Material.accent
                Layout.alignment: Qt.AlignVCenter
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                WrapLabel {
                    text: qsTr("New at school: meet your partners")
                    pixelSize: entry.prominent ? Theme.large : Theme.body
                    strong: true
                    color: entry.prominent ? (Material.theme === Material.Dark ? "black" : "white") : Material.foreground
                    Layout.fillWidth: true
                }
                WrapLabel {
                    objectName: "entryProgress"
                    text: entry.prominent
                        ? qsTr("%1 partners to get to know: who they are, what to ask them and when they are at school.").arg(induction.count)
                        : qsTr("%1 of %2 met").arg(induction.done).arg(induction.count)
                    color: entry.prominent ? (Material.theme === Material.Dark ? "black" : "white") : Material.foreground
                    opacity: entry.prominent ? 1 : 0.8
                    pixelSize: Theme.caption
                    Layout.fillWidth: true
                }
            }
        }
    }
}
