// A pinned quick line as a large button: channel, label, whom, and whether they are at
// school now (and if not, when they are). One tap opens the channel.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

ItemDelegate {
    id: button

    required property int index
    required property string label
    required property string targetName
    required property int channel
    required property bool atSchoolNow
    required property string availability
    required property bool available

    objectName: "lineButton"
    signal activated(int row)

    readonly property var channelIcons: ["call", "whatsapp", "sms", "email"]
    readonly property var channelNames: [qsTr("Call"), qsTr("WhatsApp"), qsTr("SMS"), qsTr("E-mail")]

    topPadding: 12
    bottomPadding: 12
    leftPadding: 12
    rightPadding: 12
    topInset: 4
    bottomInset: 4
    Accessible.name: qsTr("%1: %2 to %3. %4").arg(label).arg(channelNames[channel]).arg(targetName).arg(availability)
    onClicked: button.activated(index)

    background: Rectangle {
        radius: 12
        color: button.down ? Qt.darker(base, 1.1) : base
        readonly property color base: Material.theme === Material.Dark ? Qt.rgba(1, 1, 1, 0.08) : Qt.rgba(0, 0.5, 0.45, 0.08)
        border.width: 1
        border.color: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.35)
    }

    // At a large text size the channel's circle gives its width to the text (a long Dutch
    // word needs it) and a small icon goes before the channel's name instead.
    readonly property bool large: Theme.fontScale > 1.15

    contentItem: RowLayout {
        spacing: 12
        Rectangle {
            visible: !button.large
            implicitWidth: 48
            implicitHeight: 48
            radius: 24
            color: Material.accent
            Layout.alignment: Qt.AlignVCenter
            AppIcon {
                anchors.centerIn: parent
                name: button.channelIcons[button.channel]
                icon.color: Material.theme === Material.Dark ? "black" : "white"
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            WrapLabel {
                text: button.label
                pixelSize: Theme.large
                strong: true
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 6
                Layout.fillWidth: true
                AppIcon {
                    visible: button.large
                    name: button.channelIcons[button.channel]
                    icon.color: Material.accent
                    Layout.alignment: Qt.AlignTop
                }
                WrapLabel {
                    text: button.channelNames[button.channel] + " · " + button.targetName
                    opacity: 0.8
                    Layout.fillWidth: true
                }
            }
            WrapLabel {
                text: button.available ? button.availability : qsTr("No number or address known")
                color: button.atSchoolNow ? Material.accent : Material.foreground
                opacity: button.atSchoolNow ? 1 : 0.7
                pixelSize: Theme.caption
                Layout.fillWidth: true
            }
        }
    }
}
