// When the phone cannot open a quick line, a channel or the contacts app: say so in plain
// words and offer the way out (copy the number or address, copy the message).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KorteLijn

Dialog {
    id: dialog

    property string message
    property string address
    property string text
    // True from the report until the teacher chose; the window's toast stays quiet then.
    property bool showing: false
    onClosed: showing = false

    title: qsTr("Could not open")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 480)

    Connections {
        target: Store
        function onCannotOpen(message, address, text) {
            dialog.message = message;
            dialog.address = address;
            dialog.text = text;
            dialog.showing = true;
            dialog.open();
        }
    }

    function copy(value) {
        Store.copyText(value);
        dialog.showing = false;
        dialog.close();
        Store.say(qsTr("Copied. Paste it in another app."));
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            objectName: "cannotOpenMessage"
            text: dialog.message
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.address.length > 0
            text: dialog.address
            font.bold: true
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Button {
            objectName: "copyAddress"
            visible: dialog.address.length > 0
            text: qsTr("Copy %1").arg(dialog.address)
            Accessible.name: qsTr("Copy the number or address")
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            onClicked: dialog.copy(dialog.address)
        }
        Button {
            objectName: "copyText"
            visible: dialog.text.length > 0
            text: qsTr("Copy the message")
            Accessible.name: text
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touch
            onClicked: dialog.copy(dialog.text)
        }
        Button {
            objectName: "closeCannotOpen"
            text: qsTr("Close")
            flat: true
            Accessible.name: text
            Layout.alignment: Qt.AlignRight
            Layout.minimumHeight: Theme.touch
            onClicked: dialog.close()
        }
    }
}
