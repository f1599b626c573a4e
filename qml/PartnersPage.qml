// Partners: the school's list and my own, by category or A-Z.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property int sectionIndex: 1
    readonly property alias partners: partnerModel

    title: qsTr("Partners")

    header: PageHeader {
        title: page.title
        backVisible: false
        ToolButton {
            objectName: "orderButton"
            text: partnerModel.order === PartnerModel.ByCategory ? qsTr("A-Z") : qsTr("By category")
            Accessible.name: partnerModel.order === PartnerModel.ByCategory ? qsTr("Sort A to Z")
                                                                            : qsTr("Group by category")
            onClicked: partnerModel.order = partnerModel.order === PartnerModel.ByCategory
                       ? PartnerModel.Alphabetical : PartnerModel.ByCategory
        }
    }

    PartnerModel {
        id: partnerModel
        store: Store
        scope: scopeBar.currentIndex === 0 ? PartnerModel.School : PartnerModel.Mine
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: scopeBar
            Layout.fillWidth: true
            Accessible.name: qsTr("Which partners")
            TabButton {
                text: qsTr("School")
                Accessible.name: qsTr("The school's partners")
            }
            TabButton {
                text: qsTr("My own")
                Accessible.name: qsTr("My own partners")
            }
        }

        ListView {
            id: list
            model: partnerModel
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Partner list")
            section.property: "section"
            section.criteria: ViewSection.FullString
            section.delegate: SectionHeading {
                required property string section
                text: section
                width: ListView.view.width
            }
            delegate: PartnerDelegate {
                required property var model
                initials: model.initials
                face: model.face
                name: model.name
                functionTitle: model.functionTitle
                organisationName: model.organisationName
                presentToday: model.presentToday
                starred: model.starred
                vacant: model.vacant
                onClicked: ApplicationWindow.window.openPartner(model.kind, model.targetId)
            }
            ScrollIndicator.vertical: ScrollIndicator {}

            Label {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.7
                text: scopeBar.currentIndex === 0 ? qsTr("The school's partner list is empty.")
                                                  : qsTr("You have not added partners of your own yet. Add them under My network.")
            }
        }
    }
}
