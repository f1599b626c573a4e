// Quick lines: the pinned ones in home-screen order (move up/down), and all others.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property int sectionIndex: 2
    readonly property alias pinned: pinnedModel
    readonly property alias all: allModel

    title: qsTr("Quick lines")

    header: PageHeader {
        title: page.title
        backVisible: false
        ToolButton {
            objectName: "newLineButton"
            icon.source: "icons/add.svg"
            Accessible.name: qsTr("New quick line")
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            onClicked: ApplicationWindow.window.openLineEditor("")
        }
    }

    QuickLineModel {
        id: pinnedModel
        store: Store
        mode: QuickLineModel.Pinned
    }
    QuickLineModel {
        id: allModel
        store: Store
        mode: QuickLineModel.All
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 0

            Label {
                text: qsTr("A quick line opens WhatsApp, SMS, a call or an e-mail to a partner with your message filled in. Pinned lines are on the home screen.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
                Layout.margins: 16
            }

            SectionHeading {
                text: qsTr("On the home screen")
                Layout.fillWidth: true
            }
            Repeater {
                model: pinnedModel
                delegate: ItemDelegate {
                    id: pinnedRow
                    required property int index
                    required property string lineId
                    required property string label
                    required property string targetName
                    required property int channel
                    Layout.fillWidth: true
                    leftPadding: 16
                    rightPadding: 4
                    Accessible.name: qsTr("Edit %1").arg(label)
                    onClicked: ApplicationWindow.window.openLineEditor(lineId)
                    contentItem: RowLayout {
                        spacing: 4
                        AppIcon {
                            name: ["call", "whatsapp", "sms", "email"][pinnedRow.channel]
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Layout.leftMargin: 12
                            WrapLabel {
                                text: pinnedRow.label
                                Layout.fillWidth: true
                            }
                            WrapLabel {
                                text: pinnedRow.targetName
                                opacity: 0.7
                                pixelSize: Theme.caption
                                Layout.fillWidth: true
                            }
                        }
                        ToolButton {
                            objectName: "moveUp" + pinnedRow.index
                            icon.source: "icons/up.svg"
                            enabled: pinnedRow.index > 0
                            Accessible.name: qsTr("Move %1 up").arg(pinnedRow.label)
                            onClicked: pinnedModel.movePinned(pinnedRow.index, pinnedRow.index - 1)
                        }
                        ToolButton {
                            objectName: "moveDown" + pinnedRow.index
                            icon.source: "icons/down.svg"
                            enabled: pinnedRow.index < pinnedModel.count - 1
                            Accessible.name: qsTr("Move %1 down").arg(pinnedRow.label)
                            onClicked: pinnedModel.movePinned(pinnedRow.index, pinnedRow.index + 1)
                        }
                    }
                }
            }

            SectionHeading {
                text: qsTr("All lines")
                Layout.fillWidth: true
            }
            Repeater {
                model: allModel
                delegate: ItemDelegate {
                    id: lineRow
                    required property string lineId
                    required property string label
                    required property string targetName
                    required property string message
                    required property int channel
                    required property bool pinned
                    Layout.fillWidth: true
                    leftPadding: 16
                    rightPadding: 4
                    Accessible.name: qsTr("Edit %1").arg(label)
                    onClicked: ApplicationWindow.window.openLineEditor(lineId)
                    contentItem: RowLayout {
                        spacing: 4
                        AppIcon {
                            name: ["call", "whatsapp", "sms", "email"][lineRow.channel]
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Layout.leftMargin: 12
                            WrapLabel {
                                text: lineRow.label
                                Layout.fillWidth: true
                            }
                            WrapLabel {
                                text: lineRow.targetName
                                opacity: 0.7
                                pixelSize: Theme.caption
                                Layout.fillWidth: true
                            }
                            WrapLabel {
                                visible: text.length > 0
                                text: lineRow.message
                                opacity: 0.6
                                pixelSize: Theme.caption
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        ToolButton {
                            icon.source: "icons/pin.svg"
                            icon.color: lineRow.pinned ? Material.accent : Material.hintTextColor
                            Accessible.name: lineRow.pinned ? qsTr("Unpin %1").arg(lineRow.label) : qsTr("Pin %1").arg(lineRow.label)
                            onClicked: allModel.setPinned(lineRow.lineId, !lineRow.pinned)
                        }
                    }
                }
            }
            Item { implicitHeight: 24 }
        }
    }
}
