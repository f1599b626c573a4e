// Add or edit my own partner. Errors appear in Dutch (or English) next to the field;
// nothing is stored until every field is valid.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

EditorPage {
    id: page

    property alias personId: editor.personId
    readonly property alias editor: editor
    readonly property alias form: form
    readonly property alias errorLabel: errorLabel

    function save() {
        if (editor.save(form.values())) {
            form.reload();
            Store.say(qsTr("Saved on this device."));
            leave();
            return true;
        }
        return false;
    }

    title: editor.isNew ? qsTr("New partner") : qsTr("Edit partner")
    dirty: form.dirty

    PersonEditor {
        id: editor
        store: Store
    }

    header: PageHeader {
        title: page.title
        onBack: page.requestBack()
        ToolButton {
            objectName: "saveTop"
            text: qsTr("Save")
            Accessible.name: qsTr("Save partner")
            onClicked: page.save()
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

            PersonFields {
                id: form
                editor: editor
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveButton"
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
