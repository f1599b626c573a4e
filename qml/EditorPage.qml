// A page that holds a teacher's unsaved typing. Back (the toolbar arrow, Escape, Android
// back) asks before anything typed is dropped: "Keep editing" or "Discard".
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    // True while something typed or chosen here is not saved yet.
    property bool dirty: false
    readonly property alias discardDialog: discardDialog

    // Leaves the page, asking first when that would lose an edit.
    function requestBack() {
        if (dirty) {
            discardDialog.open();
            return;
        }
        leave();
    }
    function leave() {
        if (page.StackView.view)
            page.StackView.view.pop();
    }
    // Called when the teacher chose "Discard": pages reset their fields here if they stay.
    signal discarded()

    StackView.onDeactivating: discardDialog.close()

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 32 : 360, 420)
        modal: true
        title: qsTr("Discard your changes?")
        contentItem: Label {
            text: qsTr("What you typed here is not saved yet.")
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "keepEditing"
                text: qsTr("Keep editing")
                flat: true
                Accessible.name: text
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "discardChanges"
                text: qsTr("Discard")
                flat: true
                Accessible.name: qsTr("Discard changes")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: {
            page.discarded();
            page.leave();
        }
    }
}
