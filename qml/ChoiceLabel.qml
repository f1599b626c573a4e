// The text of a radio button, switch or check box, wrapping between words (WrapLabel)
// instead of running past the screen's edge at a large text size. The control's contentItem:
// `contentItem: ChoiceLabel { control: theSwitch }`, with Layout.fillWidth on the control.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

WrapLabel {
    // The radio button, switch or check box this is the text of.
    required property Item control

    text: control.text
    pixelSize: control.font.pixelSize > 0 ? control.font.pixelSize : Theme.body
    color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
    verticalAlignment: Text.AlignVCenter
    leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
    rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
}
