// A tinted icon from assets/icons, for places that are not buttons.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Button {
    property string name
    flat: true
    enabled: false
    padding: 0
    topInset: 0
    bottomInset: 0
    implicitWidth: 24
    implicitHeight: 24
    background: null
    icon.source: name ? "icons/" + name + ".svg" : ""
    icon.width: width
    icon.height: height
    icon.color: Material.foreground
    display: AbstractButton.IconOnly
    Accessible.ignored: true
}
