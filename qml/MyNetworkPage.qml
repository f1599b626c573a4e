// My network: partners I keep myself (only on this device) and school partners I starred.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property int sectionIndex: 3
    readonly property alias mine: mineModel
    readonly property alias starredPartners: starredModel

    title: qsTr("My network")

    header: PageHeader {
        title: page.title
        backVisible: false
        ToolButton {
            objectName: "scanButton"
            icon.source: "icons/qr.svg"
            Accessible.name: qsTr("Scan a contact card")
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            onClicked: ApplicationWindow.window.openScan()
        }
        ToolButton {
            objectName: "addPersonButton"
            icon.source: "icons/add.svg"
            Accessible.name: qsTr("Add my own partner")
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            onClicked: ApplicationWindow.window.openPersonEditor("")
        }
    }

    PartnerModel {
        id: mineModel
        store: Store
        scope: PartnerModel.Mine
        order: PartnerModel.Alphabetical
    }
    PartnerModel {
        id: starredModel
        store: Store
        scope: PartnerModel.Starred
        order: PartnerModel.Alphabetical
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 0

            Label {
                text: qsTr("Partners you add here stay on this phone. The school does not see them.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
                Layout.margins: 16
            }

            SectionHeading {
                text: qsTr("My own partners")
                Layout.fillWidth: true
            }
            Repeater {
                model: mineModel
                delegate: PartnerDelegate {
                    required property var model
                    Layout.fillWidth: true
                    initials: model.initials
                    face: model.face
                    name: model.name
                    functionTitle: model.functionTitle
                    organisationName: model.organisationName
                    presentToday: model.presentToday
                    starred: model.starred
                    onClicked: ApplicationWindow.window.openPartner(model.kind, model.targetId)
                }
            }
            Button {
                Layout.fillWidth: true
                Layout.rightMargin: 16
                text: qsTr("Add my own partner")
                icon.source: "icons/add.svg"
                Accessible.name: text
                Layout.leftMargin: 16
                onClicked: ApplicationWindow.window.openPersonEditor("")
            }

            SectionHeading {
                text: qsTr("Starred school partners")
                Layout.fillWidth: true
            }
            Label {
                visible: starredModel.count === 0
                text: qsTr("Tap the star on a partner to keep them here.")
                wrapMode: Text.Wrap
                opacity: 0.7
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Repeater {
                model: starredModel
                delegate: PartnerDelegate {
                    required property var model
                    required property int index
                    Layout.fillWidth: true
                    initials: model.initials
                    face: model.face
                    name: model.name
                    functionTitle: model.functionTitle
                    organisationName: model.organisationName
                    presentToday: model.presentToday
                    starred: true
                    onClicked: ApplicationWindow.window.openPartner(model.kind, model.targetId)
                }
            }
            Item { implicitHeight: 24 }
        }
    }
}
