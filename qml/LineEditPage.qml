// Create or edit a quick line: whom, which channel, label, template with placeholders,
// live preview, availability, privacy hint, pin.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

EditorPage {
    id: page

    property alias lineId: editor.lineId
    property int initialTargetKind: -1
    property string initialTargetId
    readonly property alias editor: editor
    readonly property alias labelField: labelField
    readonly property alias templateField: templateField

    function save() {
        editor.label = labelField.text;
        editor.templateText = templateField.text;
        if (editor.save()) {
            labelDraft.load();
            templateDraft.load();
            Store.say(qsTr("Quick line saved."));
            leave();
            return true;
        }
        return false;
    }

    title: editor.isNew ? qsTr("New quick line") : qsTr("Edit quick line")
    dirty: labelDraft.dirty || templateDraft.dirty || editor.choicesModified

    Component.onCompleted: {
        if (initialTargetKind >= 0 && initialTargetId.length > 0)
            editor.begin(initialTargetKind, initialTargetId);
    }

    LineEditor {
        id: editor
        store: Store
    }
    Draft { id: labelDraft; field: labelField; stored: editor.savedLabel }
    Draft { id: templateDraft; field: templateField; stored: editor.savedTemplate }

    header: PageHeader {
        title: page.title
        onBack: page.requestBack()
        ToolButton {
            objectName: "saveTop"
            text: qsTr("Save")
            Accessible.name: qsTr("Save quick line")
            onClicked: page.save()
        }
    }

    readonly property alias picker: picker
    Dialog {
        id: picker
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 24, 480)
        height: Math.min(parent.height - 48, 640)
        modal: true
        title: qsTr("Whom is this line for?")
        footer: DialogButtonBox {
            Button {
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
        }
        onOpened: pickerField.forceActiveFocus()

        SearchModel {
            id: pickerModel
            store: Store
            includeOrganisations: false
            query: pickerField.text
        }
        ColumnLayout {
            anchors.fill: parent
            TextField {
                id: pickerField
                Layout.minimumHeight: Theme.touch
                objectName: "pickerField"
                placeholderText: qsTr("Search a function or person")
                Accessible.name: placeholderText
                Layout.fillWidth: true
            }
            ListView {
                model: pickerModel
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: ItemDelegate {
                    objectName: "pickerResult"
                    required property int kind
                    required property string targetId
                    required property string title
                    required property string subtitle
                    width: ListView.view.width
                    text: title + (subtitle.length > 0 ? " · " + subtitle : "")
                    Accessible.name: text
                    onClicked: {
                        editor.setTarget(kind, targetId);
                        picker.close();
                    }
                }
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 4

            WrapLabel {
                id: errorLabel
                text: editor.errorString
                visible: text.length > 0
                color: Material.color(Material.Red)
                strong: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                Layout.fillWidth: true
                Layout.topMargin: 8
            }

            SectionHeading {
                text: qsTr("To")
                leftPadding: 0
                Layout.fillWidth: true
            }
            ItemDelegate {
                id: targetButton
                objectName: "targetButton"
                Layout.fillWidth: true
                leftPadding: 0
                Accessible.name: editor.targetName.length > 0 ? qsTr("Partner: %1. Tap to change.").arg(editor.targetName)
                                                              : qsTr("Choose a partner")
                onClicked: picker.open()
                // At a large text size "Change" goes under the name, which keeps the width.
                readonly property bool large: Theme.fontScale > 1.15
                contentItem: RowLayout {
                    id: targetRow
                    spacing: 12
                    Avatar {
                        Layout.alignment: Qt.AlignTop
                        visible: editor.targetName.length > 0
                        initials: editor.targetName.split(" ").map(w => w.charAt(0)).filter(c => c === c.toUpperCase()).slice(0, 2).join("")
                        name: editor.targetName
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        WrapLabel {
                            text: editor.targetName.length > 0 ? editor.targetName : qsTr("Choose a partner")
                            strong: true
                            Layout.fillWidth: true
                        }
                        WrapLabel {
                            text: editor.targetDetail
                            visible: text.length > 0
                            opacity: 0.7
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: targetButton.large
                            text: qsTr("Change")
                            color: Material.accent
                        }
                    }
                    Label {
                        visible: !targetButton.large
                        text: qsTr("Change")
                        color: Material.accent
                    }
                }
            }
            WrapLabel {
                visible: editor.availability.length > 0
                text: editor.atSchoolNow ? editor.availability : qsTr("Not at school now. %1").arg(editor.availability)
                color: editor.atSchoolNow ? Material.accent : Material.foreground
                Layout.fillWidth: true
            }

            WrapLabel {
                visible: editor.channelHint.length > 0
                text: editor.channelHint
                color: Material.color(Material.Orange)
                Layout.fillWidth: true
            }

            SectionHeading {
                text: qsTr("Channel")
                leftPadding: 0
                Layout.fillWidth: true
            }
            ButtonGroup { id: channels }
            GridLayout {
                // Two rows of two when the text is large: four buttons do not fit their names then.
                columns: Theme.fontScale > 1.3 ? 2 : 4
                columnSpacing: 4
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { channel: 1, text: qsTr("WhatsApp"), icon: "whatsapp" },
                        { channel: 2, text: qsTr("SMS"), icon: "sms" },
                        { channel: 0, text: qsTr("Call"), icon: "call" },
                        { channel: 3, text: qsTr("E-mail"), icon: "email" }
                    ]
                    Button {
                        required property var modelData
                        readonly property bool reachable: editor.availableChannels.indexOf(modelData.channel) >= 0
                        objectName: "channel" + modelData.channel
                        text: modelData.text
                        icon.source: "icons/" + modelData.icon + ".svg"
                        display: AbstractButton.TextUnderIcon
                        // A channel this partner has no number or address for cannot be chosen
                        // (still shown, so the buttons never move).
                        enabled: reachable || checked
                        checkable: true
                        checked: editor.channel === modelData.channel
                        highlighted: checked
                        // White text on a dark teal: readable in the dark theme too (its accent is light).
                        Material.accent: Material.color(Material.Teal, Material.Shade700)
                        font.pixelSize: Theme.small
                        font.capitalization: Font.MixedCase
                        implicitHeight: Math.max(64, implicitContentHeight + topPadding + bottomPadding)
                        ButtonGroup.group: channels
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Accessible.name: reachable ? qsTr("Channel: %1").arg(modelData.text)
                                                   : qsTr("Channel: %1 (no number or address for this partner)").arg(modelData.text)
                        onClicked: editor.channel = modelData.channel
                    }
                }
            }

            SectionHeading {
                text: qsTr("Name on the button")
                leftPadding: 0
                Layout.fillWidth: true
            }
            TextField {
                id: labelField
                Layout.minimumHeight: Theme.touch
                objectName: "labelField"
                placeholderText: qsTr("e.g. App the CJG")
                Accessible.name: qsTr("Name on the button")
                Layout.fillWidth: true
            }

            // Present for every channel, so nothing below moves when the channel changes; a
            // call has no message, so the field is only switched off then.
            SectionHeading {
                text: qsTr("Message")
                leftPadding: 0
                Layout.fillWidth: true
            }
            TextArea {
                id: templateField
                Layout.minimumHeight: Theme.touch
                objectName: "templateField"
                enabled: editor.channel !== 0
                placeholderText: editor.channel !== 0 ? qsTr("Hi {voornaam}, do you have time {dag} at {tijd}?")
                                                 : qsTr("A call has no message.")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Message template")
                Layout.fillWidth: true
                onTextChanged: editor.templateText = text
            }
            Flow {
                enabled: editor.channel !== 0
                spacing: 4
                Layout.fillWidth: true
                Repeater {
                    model: editor.placeholders
                    Button {
                        required property string modelData
                        text: modelData
                        flat: true
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("Insert %1").arg(modelData)
                        onClicked: {
                            templateField.insert(templateField.cursorPosition, modelData);
                            templateField.forceActiveFocus();
                        }
                    }
                }
            }
            WrapLabel {
                visible: editor.templateHint.length > 0
                text: editor.templateHint
                color: Material.color(Material.Orange)
                Layout.fillWidth: true
            }
            Pane {
                visible: editor.privacyHint.length > 0
                Layout.fillWidth: true
                padding: 12
                background: Rectangle {
                    radius: 8
                    color: Qt.rgba(1, 0.6, 0, 0.16)
                }
                RowLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 8
                    AppIcon { name: "shield" }
                    WrapLabel {
                        text: editor.privacyHint
                        Accessible.name: text
                        Layout.fillWidth: true
                    }
                }
            }

            SectionHeading {
                visible: editor.preview.length > 0
                text: qsTr("Preview")
                leftPadding: 0
                Layout.fillWidth: true
            }
            Pane {
                visible: editor.preview.length > 0
                opacity: editor.channel !== 0 ? 1 : 0.5
                Layout.fillWidth: true
                padding: 12
                background: Rectangle {
                    radius: 12
                    color: Material.theme === Material.Dark ? "#1f3b36" : "#dcf8c6"
                }
                WrapLabel {
                    id: previewLabel
                    anchors.left: parent.left
                    anchors.right: parent.right
                    text: editor.preview
                    Accessible.name: qsTr("Preview: %1").arg(text)
                }
            }

            Switch {
                id: pinSwitch
                objectName: "pinSwitch"
                text: qsTr("Pin on the home screen")
                checked: editor.pinned
                Accessible.name: text
                onToggled: editor.pinned = checked
                contentItem: ChoiceLabel { control: pinSwitch }
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save")
                highlighted: true
                // White text on a dark teal: readable in the dark theme too (its accent is light).
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                Accessible.name: qsTr("Save quick line")
                Layout.fillWidth: true
                onClicked: page.save()
            }
            WrapLabel {
                visible: editor.schoolOwned
                text: qsTr("This line comes from the school. Your changes are saved as your own line in its place.")
                opacity: 0.75
                Layout.fillWidth: true
            }
            Button {
                visible: !editor.isNew
                text: editor.schoolOwned ? qsTr("Remove from my home screen") : qsTr("Delete line")
                flat: true
                icon.source: "icons/delete.svg"
                Material.foreground: Material.Red
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: {
                    if (editor.remove())
                        page.leave();
                }
            }
            Item { implicitHeight: 24 }
        }
    }
}
