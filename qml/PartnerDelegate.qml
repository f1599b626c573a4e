// One row of a partner list: face, name, function and organisation, present-today marker.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ItemDelegate {
    id: row

    property string initials
    property string face
    property string name
    property string functionTitle
    property string organisationName
    property bool presentToday: false
    property bool starred: false
    property bool vacant: false
    readonly property bool large: Theme.fontScale > 1.15

    width: ListView.view ? ListView.view.width : implicitWidth
    leftPadding: 16
    rightPadding: 16
    topPadding: 8
    bottomPadding: 8
    Accessible.name: [name, functionTitle, organisationName, presentToday ? qsTr("at school today") : ""]
        .filter(s => s.length > 0).join(", ")

    contentItem: RowLayout {
        spacing: 12
        Avatar {
            initials: row.initials
            face: row.face
            name: row.name
            highlight: row.presentToday
            Layout.alignment: Qt.AlignVCenter
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            WrapLabel {
                text: row.name
                pixelSize: Theme.subtitle
                font.italic: row.vacant
                Layout.fillWidth: true
            }
            WrapLabel {
                text: row.vacant ? qsTr("Vacant, ask the school's contact") : row.functionTitle
                visible: text.length > 0
                opacity: 0.8
                Layout.fillWidth: true
            }
            WrapLabel {
                text: row.organisationName
                visible: text.length > 0
                opacity: 0.65
                pixelSize: Theme.caption
                Layout.fillWidth: true
            }
            // At a large text size the "today" mark goes under the text (the name keeps the width).
            Label {
                visible: row.presentToday && row.large
                text: qsTr("today")
                font.pixelSize: Theme.small
                color: Material.accent
            }
        }
        ColumnLayout {
            spacing: 4
            visible: row.starred || (row.presentToday && !row.large)
            Layout.alignment: Qt.AlignVCenter
            AppIcon {
                name: "star"
                visible: row.starred
                icon.color: Material.color(Material.Amber)
                Layout.alignment: Qt.AlignRight
            }
            Label {
                visible: row.presentToday && !row.large
                text: qsTr("today")
                font.pixelSize: Theme.small
                color: Material.accent
                Layout.alignment: Qt.AlignRight
            }
        }
    }
}
