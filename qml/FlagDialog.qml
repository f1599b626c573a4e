// "Meld verouderd": tell the coordinator a contact is stale. Append-only on the server.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Dialog {
    id: dialog

    required property var detail
    property alias comment: commentField.text
    property int reason: reasons.checkedButton ? reasons.checkedButton.reason : 0

    function submit() {
        if (dialog.detail.report(dialog.reason, commentField.text)) {
            commentField.clear();
            dialog.close();
        }
    }

    title: qsTr("Report outdated contact")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 480)

    ButtonGroup { id: reasons }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        Label {
            text: qsTr("What is wrong with %1?").arg(dialog.detail.name)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RadioButton {
            objectName: "reasonWrong"
            readonly property int reason: 0
            text: qsTr("The number is wrong")
            checked: true
            ButtonGroup.group: reasons
            Accessible.name: text
        }
        RadioButton {
            objectName: "reasonMoved"
            readonly property int reason: 1
            text: qsTr("Works elsewhere now")
            ButtonGroup.group: reasons
            Accessible.name: text
        }
        RadioButton {
            objectName: "reasonOther"
            readonly property int reason: 2
            text: qsTr("Something else")
            ButtonGroup.group: reasons
            Accessible.name: text
        }
        // The question sits above the field, wrapped: as a placeholder it was cut off.
        Label {
            id: commentLabel
            text: dialog.reason === 2 ? qsTr("What should the coordinator know? (required)")
                                      : qsTr("Comment for the coordinator (optional)")
            wrapMode: Text.Wrap
            Accessible.ignored: true
            Layout.fillWidth: true
            Layout.topMargin: 8
        }
        TextArea {
            id: commentField
            Layout.minimumHeight: Theme.touch
            objectName: "commentField"
            placeholderText: qsTr("Comment")
            wrapMode: TextEdit.Wrap
            Accessible.name: commentLabel.text
            Layout.fillWidth: true
        }
        Label {
            text: dialog.detail.errorString
            visible: text.length > 0
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Please do not mention pupils. Your report goes to the school's coordinator.")
            font.pixelSize: Theme.small
            opacity: 0.7
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                objectName: "cancelReport"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: text
                onClicked: dialog.close()
            }
            Button {
                objectName: "sendReport"
                text: qsTr("Send report")
                highlighted: true
                // White text on a dark teal: readable in the dark theme too (its accent is light).
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                Accessible.name: text
                onClicked: dialog.submit()
            }
        }
    }
}
