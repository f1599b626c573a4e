// "Dichtbij": partner organisations nearest first. The position is asked only when the
// teacher taps the button (never continuously); without one, distances are measured
// from the chosen school location and one quiet line says so.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    readonly property alias nearbyModel: nearby
    readonly property alias locateButton: locateButton
    readonly property alias basisLabel: basisLabel
    readonly property alias list: list

    title: qsTr("Nearby")

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    NearbyModel {
        id: nearby
        store: Store
        whereabouts: Here
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 8
            Button {
                id: locateButton
                text: Here.busy ? qsTr("Finding your position…") : qsTr("Where am I?")
                icon.source: "icons/near.svg"
                enabled: !Here.busy
                Accessible.name: qsTr("Find my position once")
                onClicked: Here.locate()
            }
            BusyIndicator {
                visible: Here.busy
                running: visible
                Layout.preferredWidth: 32
                Layout.preferredHeight: 32
            }
            Item { Layout.fillWidth: true }
        }
        Label {
            objectName: "positionProblem"
            visible: !Here.busy && Here.problem.length > 0
            text: Here.problem
            color: Material.color(Material.Orange, Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
        }
        Label {
            id: basisLabel
            text: Here.basis
            wrapMode: Text.Wrap
            opacity: 0.7
            font.pixelSize: Theme.caption
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 4
        }

        ListView {
            id: list
            model: nearby
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Partners by distance")
            delegate: ItemDelegate {
                id: row
                required property string organisationId
                required property string name
                required property string category
                required property string address
                required property string distance
                required property bool personal
                width: ListView.view.width
                leftPadding: 16
                rightPadding: 16
                Accessible.name: [name, distance, category].join(", ")
                onClicked: ApplicationWindow.window.openPartner(AppStore.Organisation, organisationId)
                contentItem: RowLayout {
                    spacing: 12
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: row.name
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: [row.category, row.address, row.personal ? qsTr("My own partner") : ""]
                                .filter(s => s.length > 0).join(" · ")
                            opacity: 0.7
                            font.pixelSize: Theme.caption
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: row.distance
                        font.bold: true
                        color: Material.accent
                        Layout.alignment: Qt.AlignVCenter
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("No partners with an address on the map yet.")
                opacity: 0.7
            }
        }
    }
}
