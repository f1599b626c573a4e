// "Nieuw op school: maak kennis met je partners": the school's induction path, one card
// per partner (face, what to ask them, when they are in the building, who owns them inside
// school, their quick lines) with a "kennisgemaakt" tick that stays on this phone.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    readonly property alias steps: induction
    readonly property alias list: list
    readonly property alias cards: repeater

    function openLine(row, model) {
        const error = model.open(row);
        if (error.length > 0)
            ApplicationWindow.window.toast(error);
    }

    title: qsTr("New at school")

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    InductionModel {
        id: induction
        store: Store
    }

    ScrollView {
        id: list
        anchors.fill: parent
        contentWidth: availableWidth
        Accessible.name: qsTr("Partners to meet")

        ColumnLayout {
            width: list.availableWidth
            spacing: 8

            WrapLabel {
                objectName: "heading"
                text: qsTr("New at school: meet your partners")
                pixelSize: Theme.heading
                strong: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 12
            }
            WrapLabel {
                text: qsTr("Get to know the partners the school works with most. Tick a partner once you have met them; the ticks stay on this phone.")
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            WrapLabel {
                objectName: "progressLabel"
                text: qsTr("%1 of %2 met").arg(induction.done).arg(induction.count)
                pixelSize: Theme.subtitle
                strong: true
                color: Material.accent
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            ProgressBar {
                from: 0
                to: Math.max(1, induction.count)
                value: induction.done
                Accessible.name: qsTr("%1 of %2 met").arg(induction.done).arg(induction.count)
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            WrapLabel {
                objectName: "allDone"
                visible: induction.count > 0 && !induction.open
                text: qsTr("You have met everyone on the path. You know whom to call.")
                strong: true
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            WrapLabel {
                visible: induction.count === 0
                text: qsTr("Your school has not set out an induction path yet.")
                opacity: 0.7
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Item { implicitHeight: 4 }

            Repeater {
                id: repeater
                model: induction
                delegate: Pane {
                    id: card
                    objectName: "stepCard"
                    required property int index
                    required property string stepId
                    required property int targetKind
                    required property string targetId
                    required property string name
                    required property string initials
                    required property string face
                    required property string functionTitle
                    required property string organisationName
                    required property string why
                    required property string availability
                    required property bool atSchoolNow
                    required property string ownerRole
                    required property string ownerContact
                    required property bool ticked

                    readonly property alias tick: tickBox

                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    padding: 12
                    background: Rectangle {
                        radius: 12
                        color: Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.06) : Qt.rgba(0, 0.5, 0.45, 0.05)
                        border.width: 1
                        border.color: card.ticked ? Material.accent : Qt.rgba(0.5, 0.5, 0.5, 0.3)
                    }

                    QuickLineModel {
                        id: lines
                        store: Store
                        mode: QuickLineModel.Partner
                        partnerKind: card.targetKind
                        partnerId: card.targetId
                    }

                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: 8

                        ItemDelegate {
                            objectName: "openPartner"
                            Layout.fillWidth: true
                            padding: 0
                            Accessible.name: qsTr("%1, %2. Open the partner page").arg(card.name)
                                .arg([card.functionTitle, card.organisationName].filter(s => s.length > 0).join(", "))
                            onClicked: ApplicationWindow.window.openPartner(card.targetKind, card.targetId)
                            contentItem: RowLayout {
                                spacing: 12
                                Avatar {
                                    initials: card.initials
                                    face: card.face
                                    name: card.name
                                    highlight: card.atSchoolNow
                                    Layout.preferredWidth: 56
                                    Layout.preferredHeight: 56
                                    Layout.alignment: Qt.AlignTop
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    WrapLabel {
                                        text: card.name
                                        pixelSize: Theme.large
                                        strong: true
                                        Layout.fillWidth: true
                                    }
                                    WrapLabel {
                                        text: [card.functionTitle, card.organisationName].filter(s => s.length > 0).join(" · ")
                                        visible: text.length > 0
                                        opacity: 0.8
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }

                        WrapLabel {
                            objectName: "why"
                            text: card.why
                            pixelSize: Theme.subtitle
                            Layout.fillWidth: true
                        }
                        WrapLabel {
                            text: card.availability
                            visible: text.length > 0
                            color: card.atSchoolNow ? Material.accent : Material.foreground
                            strong: card.atSchoolNow
                            Layout.fillWidth: true
                        }
                        WrapLabel {
                            objectName: "owner"
                            visible: card.ownerRole.length > 0 || card.ownerContact.length > 0
                            text: card.ownerContact.length > 0
                                ? qsTr("Owner at school: %1, %2").arg(card.ownerRole).arg(card.ownerContact)
                                : qsTr("Owner at school: %1").arg(card.ownerRole)
                            opacity: 0.8
                            Layout.fillWidth: true
                        }

                        Repeater {
                            model: lines
                            delegate: LineButton {
                                onActivated: row => page.openLine(row, lines)
                                Layout.fillWidth: true
                            }
                        }

                        CheckBox {
                            id: tickBox
                            objectName: "tick"
                            text: qsTr("Met")
                            checked: card.ticked
                            Layout.minimumHeight: Theme.touch
                            Accessible.name: qsTr("Met %1").arg(card.name)
                            onToggled: {
                                if (!induction.setTicked(card.index, checked))
                                    checked = card.ticked;
                            }
                        }
                    }
                }
            }
            Item { implicitHeight: 16 }
        }
    }
}
