// Add or edit my own partner. Errors appear in Dutch (or English) next to the field;
// nothing is stored until every field is valid.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property alias personId: editor.personId
    readonly property alias editor: editor
    readonly property alias givenField: givenField
    readonly property alias familyField: familyField
    readonly property alias organisationField: organisationField
    readonly property alias mobileField: mobileField
    readonly property alias errorLabel: errorLabel

    function save() {
        editor.givenName = givenField.text;
        editor.familyName = familyField.text;
        editor.organisationName = organisationField.text;
        editor.functionTitle = functionField.text;
        editor.mobile = mobileField.text;
        editor.whatsapp = whatsappField.text;
        editor.landline = landlineField.text;
        editor.email = emailField.text;
        if (editor.save()) {
            Store.say(qsTr("Saved on this device."));
            if (page.StackView.view)
                page.StackView.view.pop();
            return true;
        }
        return false;
    }

    title: editor.isNew ? qsTr("New partner") : qsTr("Edit partner")

    PersonEditor {
        id: editor
        store: Store
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                icon.source: "icons/back.svg"
                Accessible.name: qsTr("Back")
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: page.title
                font.pixelSize: 20
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                text: qsTr("Save")
                Accessible.name: qsTr("Save partner")
                onClicked: page.save()
            }
        }
    }

    Dialog {
        id: confirmRemove
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 420)
        modal: true
        title: qsTr("Remove %1?").arg(editor.givenName + " " + editor.familyName)
        contentItem: Label {
            text: qsTr("This removes the partner, your note and your quick lines to them from this phone.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                text: qsTr("Keep")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                text: qsTr("Remove")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: {
            if (editor.remove()) {
                Store.say(qsTr("Partner removed."));
                page.StackView.view.pop(null);
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 560)
            x: (scroll.availableWidth - width) / 2
            spacing: 4

            Label {
                text: qsTr("Only on this device: the school and other teachers do not see your own partners.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
                Layout.topMargin: 12
            }
            Label {
                id: errorLabel
                text: editor.errorString
                visible: text.length > 0
                color: Material.color(Material.Red)
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                Layout.fillWidth: true
                Layout.topMargin: 8
            }

            component Field: TextField {
                property string field
                Layout.fillWidth: true
                Accessible.name: placeholderText
                Material.accent: editor.errorField === field ? Material.Red : page.Material.accent
                onTextEdited: if (editor.errorField === field) editor.clearError()
            }

            Label {
                text: qsTr("First name")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: givenField
                field: "givenName"
                placeholderText: qsTr("First name")
                text: editor.givenName
            }
            Label {
                text: qsTr("Last name")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: familyField
                field: "familyName"
                placeholderText: qsTr("Last name")
                text: editor.familyName
            }
            Label {
                text: qsTr("Organisation (optional)")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: organisationField
                field: "organisationName"
                placeholderText: qsTr("Organisation (optional)")
                text: editor.organisationName
            }
            Label {
                text: qsTr("Role, e.g. remedial teacher (optional)")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: functionField
                field: "functionTitle"
                placeholderText: qsTr("Role, e.g. remedial teacher (optional)")
                text: editor.functionTitle
            }
            Label {
                text: qsTr("Mobile number")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: mobileField
                field: "mobile"
                placeholderText: qsTr("Mobile number")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                text: editor.mobile
            }
            Label {
                text: qsTr("WhatsApp number, if not the mobile number")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: whatsappField
                field: "whatsapp"
                placeholderText: qsTr("WhatsApp number, if not the mobile number")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                text: editor.whatsapp
            }
            Label {
                text: qsTr("Landline")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: landlineField
                field: "landline"
                placeholderText: qsTr("Landline")
                inputMethodHints: Qt.ImhDialableCharactersOnly
                text: editor.landline
            }
            Label {
                text: qsTr("E-mail")
                font.pixelSize: 12
                opacity: 0.7
                wrapMode: Text.Wrap
                Accessible.ignored: true
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Field {
                id: emailField
                field: "email"
                placeholderText: qsTr("E-mail")
                inputMethodHints: Qt.ImhEmailCharactersOnly
                text: editor.email
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                // White text on a dark teal: readable in the dark theme too (its accent is light).
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                Accessible.name: qsTr("Save partner")
                Layout.fillWidth: true
                Layout.topMargin: 8
                onClicked: page.save()
            }
            Button {
                visible: !editor.isNew
                text: qsTr("Remove partner")
                flat: true
                icon.source: "icons/delete.svg"
                Material.foreground: Material.Red
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: confirmRemove.open()
            }
            Item { implicitHeight: 24 }
        }
    }
}
