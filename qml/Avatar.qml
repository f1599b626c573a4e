// A partner's face: the photo when there is one (image://faces, already a circle), else
// initials on a colour derived from the name, so a partner looks the same on every phone.
import QtQuick
import QtQuick.Window
import QtQuick.Controls
import QtQuick.Controls.Material

Rectangle {
    id: avatar

    property string initials
    property string face
    property string name
    property bool highlight: false

    readonly property var palette: [Material.Teal, Material.Indigo, Material.DeepOrange, Material.Purple,
        Material.Green, Material.Blue, Material.Pink, Material.Brown, Material.Cyan, Material.DeepPurple]

    function hash(text) {
        let h = 0;
        for (let i = 0; i < text.length; ++i)
            h = (h * 31 + text.charCodeAt(i)) % 1000003;
        return h;
    }

    implicitWidth: 48
    implicitHeight: 48
    radius: width / 2
    color: Material.color(palette[hash(name || initials) % palette.length], Material.Shade600)
    border.width: highlight ? 3 : 0
    border.color: Material.accent
    Accessible.ignored: true

    Image {
        id: photo
        anchors.fill: parent
        anchors.margins: avatar.border.width
        visible: avatar.face.length > 0 && status === Image.Ready
        source: avatar.face
        sourceSize.width: Math.ceil(width * Screen.devicePixelRatio)
        sourceSize.height: Math.ceil(height * Screen.devicePixelRatio)
        smooth: true
    }

    Label {
        anchors.centerIn: parent
        visible: !photo.visible
        text: avatar.initials
        color: "white"
        font.pixelSize: avatar.height * 0.38
        font.bold: true
    }
}
