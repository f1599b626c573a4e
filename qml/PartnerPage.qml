// Partner detail: face, name, role, when at school, channels, "vraag mij over", the
// school's own contact for this partner, my private note, and the stale-contact report.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

EditorPage {
    id: page

    property alias kind: detail.kind
    property alias targetId: detail.targetId
    readonly property alias detail: detail

    function openFlagDialog() {
        flagDialog.open();
    }

    function contact(channel) {
        const error = detail.contact(channel);
        if (error.length > 0)
            ApplicationWindow.window.toast(error);
    }

    title: detail.name
    // An unsaved note asks before it is dropped; a reload (star, sync) keeps it.
    dirty: noteDraft.dirty
    readonly property alias noteField: noteField
    StackView.onDeactivating: flagDialog.close()
    StackView.onRemoved: flagDialog.close()

    PartnerDetail {
        id: detail
        store: Store
    }

    header: PageHeader {
        title: detail.name
        onBack: page.requestBack()
            ToolButton {
                objectName: "starButton"
                icon.source: detail.starred ? "icons/star.svg" : "icons/star-outline.svg"
                icon.color: detail.starred ? Material.color(Material.Amber) : Material.foreground
                checkable: false
                Accessible.name: detail.starred ? qsTr("Remove from my network") : qsTr("Add to my network")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
                onClicked: detail.setStarred(!detail.starred)
            }
            ToolButton {
                icon.source: "icons/share.svg"
                Accessible.name: qsTr("Share contact details")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
                onClicked: detail.share()
            }
    }

    FlagDialog {
        id: flagDialog
        detail: detail
        parent: Overlay.overlay
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: 0

            Label {
                visible: !detail.exists
                text: qsTr("This partner is no longer in the list.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: 16
            }

            // At a large text size the face goes above the name, so a long name or
            // function title keeps the screen's width.
            GridLayout {
                visible: detail.exists
                columns: Theme.fontScale > 1.15 ? 1 : 2
                columnSpacing: 16
                rowSpacing: 8
                Layout.fillWidth: true
                Layout.margins: 16
                Avatar {
                    initials: detail.initials
                    face: detail.face
                    name: detail.name
                    highlight: detail.atSchoolNow
                    Layout.preferredWidth: 72
                    Layout.preferredHeight: 72
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    WrapLabel {
                        text: detail.name
                        pixelSize: Theme.heading
                        strong: true
                        Layout.fillWidth: true
                    }
                    WrapLabel {
                        text: detail.vacant ? qsTr("Vacant: nobody holds this function now") : detail.functionTitle
                        visible: text.length > 0 && text !== detail.name
                        Layout.fillWidth: true
                    }
                    WrapLabel {
                        text: detail.organisationName
                        visible: text.length > 0 && text !== detail.name
                        opacity: 0.75
                        Layout.fillWidth: true
                    }
                    WrapLabel {
                        text: detail.personal ? qsTr("My own partner · only on this device") : detail.category
                        visible: text.length > 0
                        opacity: 0.6
                        pixelSize: Theme.caption
                        Layout.fillWidth: true
                    }
                }
            }

            Pane {
                visible: detail.exists && detail.availability.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                padding: 12
                background: Rectangle {
                    radius: 8
                    color: detail.atSchoolNow ? Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.18)
                                              : Qt.rgba(0.5, 0.5, 0.5, 0.12)
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    WrapLabel {
                        text: detail.availability
                        strong: true
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: detail.presence
                        WrapLabel {
                            required property string modelData
                            text: modelData
                            opacity: 0.8
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            GridLayout {
                visible: detail.exists && !detail.vacant && detail.kind !== AppStore.Organisation
                columns: Theme.fontScale > 1.3 ? 2 : 4
                columnSpacing: 8
                Layout.fillWidth: true
                Layout.margins: 16
                Repeater {
                    model: [
                        { channel: 0, text: qsTr("Call"), icon: "call", enabled: detail.canCall },
                        { channel: 1, text: qsTr("WhatsApp"), icon: "whatsapp", enabled: detail.canWhatsApp },
                        { channel: 2, text: qsTr("SMS"), icon: "sms", enabled: detail.canSms },
                        { channel: 3, text: qsTr("E-mail"), icon: "email", enabled: detail.canEmail }
                    ]
                    Button {
                        required property var modelData
                        text: modelData.text
                        icon.source: "icons/" + modelData.icon + ".svg"
                        display: AbstractButton.TextUnderIcon
                        enabled: modelData.enabled
                        font.pixelSize: Theme.small
                        font.capitalization: Font.MixedCase
                        implicitHeight: 72
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Accessible.name: qsTr("%1 %2").arg(modelData.text).arg(detail.name)
                        onClicked: page.contact(modelData.channel)
                    }
                }
            }
            WrapLabel {
                visible: detail.exists && detail.phoneDisplay.length + detail.email.length > 0
                text: [detail.phoneDisplay, detail.email].filter(s => s.length > 0).join("  ·  ")
                opacity: 0.75
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            SectionHeading {
                visible: detail.contacts.length > 0
                text: qsTr("Contacts")
                Layout.fillWidth: true
            }
            Repeater {
                model: detail.contacts
                ItemDelegate {
                    required property var modelData
                    Layout.fillWidth: true
                    leftPadding: 16
                    text: modelData.name ? modelData.name + " · " + modelData.title : modelData.title
                    Accessible.name: text
                    onClicked: ApplicationWindow.window.openPartner(modelData.kind, modelData.targetId)
                }
            }

            SectionHeading {
                visible: detail.topics.length > 0
                text: qsTr("Ask me about")
                Layout.fillWidth: true
            }
            Flow {
                visible: detail.topics.length > 0
                spacing: 8
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Repeater {
                    model: detail.topics
                    Label {
                        required property string modelData
                        text: modelData
                        padding: 8
                        leftPadding: 12
                        rightPadding: 12
                        background: Rectangle {
                            radius: height / 2
                            color: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.15)
                        }
                    }
                }
            }

            SectionHeading {
                visible: detail.internalContact.length > 0
                text: qsTr("Our contact at school")
                Layout.fillWidth: true
            }
            Label {
                visible: detail.internalContact.length > 0
                text: detail.ownerRole.length > 0 ? qsTr("%1 (%2) keeps in touch with this partner.").arg(detail.internalContact).arg(detail.ownerRole)
                                                  : qsTr("%1 keeps in touch with this partner.").arg(detail.internalContact)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            SectionHeading {
                visible: detail.formerHolders.length > 0
                text: qsTr("Previously")
                Layout.fillWidth: true
            }
            Label {
                visible: detail.formerHolders.length > 0
                text: detail.formerHolders.join("\n")
                opacity: 0.75
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            SectionHeading {
                visible: detail.exists
                text: qsTr("My note (only on this device)")
                Layout.fillWidth: true
            }
            TextArea {
                id: noteField
                Layout.minimumHeight: Theme.touch
                objectName: "noteField"
                visible: detail.exists
                placeholderText: qsTr("For example: prefers WhatsApp after 15:00")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Private note")
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Draft { id: noteDraft; field: noteField; stored: detail.note }
            Button {
                objectName: "saveNote"
                visible: detail.exists && noteDraft.dirty
                text: qsTr("Save note")
                Accessible.name: text
                Layout.leftMargin: 16
                onClicked: {
                    if (detail.saveNote(noteField.text))
                        noteDraft.load();
                }
            }

            SectionHeading {
                visible: detail.exists
                text: qsTr("More")
                Layout.fillWidth: true
            }
            ItemDelegate {
                objectName: "addToContacts"
                visible: detail.exists && !detail.vacant
                text: qsTr("Add to my phone's contacts")
                icon.source: "icons/contact-add.svg"
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: {
                    if (!detail.addToContacts())
                        ApplicationWindow.window.toast(detail.errorString);
                }
            }
            ItemDelegate {
                objectName: "showQr"
                visible: detail.exists && detail.personId.length > 0
                text: qsTr("Show QR code for parents")
                icon.source: "icons/qr.svg"
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: ApplicationWindow.window.openQr(detail.personId)
            }
            ItemDelegate {
                visible: detail.exists && detail.kind !== AppStore.Organisation
                text: qsTr("New quick line to %1").arg(detail.name)
                icon.source: "icons/bolt.svg"
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: ApplicationWindow.window.openLineEditor("", detail.kind, detail.targetId)
            }
            ItemDelegate {
                visible: detail.exists && detail.personal && detail.personId.length > 0
                text: qsTr("Edit my partner")
                icon.source: "icons/edit.svg"
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: ApplicationWindow.window.openPersonEditor(detail.personId)
            }
            ItemDelegate {
                objectName: "reportOutdated"
                visible: detail.exists && !detail.personal
                text: detail.openFlags > 0 ? qsTr("Report outdated (%n open report(s))", "", detail.openFlags)
                                           : qsTr("Report outdated")
                icon.source: "icons/flag.svg"
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: flagDialog.open()
            }
            Item { implicitHeight: 24 }
        }
    }
}
