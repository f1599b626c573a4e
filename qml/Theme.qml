// The one place text sizes come from. Every size follows the font scale (the phone's text
// size setting, or --font-scale for screenshots and tests); no text has a fixed pixel size.
pragma Singleton
import QtQuick
import KorteLijn

QtObject {
    readonly property real fontScale: Settings.fontScale
    readonly property int body: Math.round(14 * fontScale)
    readonly property int small: Math.round(12 * fontScale)
    readonly property int caption: Math.round(13 * fontScale)
    readonly property int subtitle: Math.round(16 * fontScale)
    readonly property int large: Math.round(17 * fontScale)
    readonly property int title: Math.round(20 * fontScale)
    readonly property int display: Math.round(24 * fontScale)
    readonly property int heading: Math.round(22 * fontScale)
    // The family text is drawn in (the Material style's choice: Roboto when the system has it);
    // WrapLabel measures its words in it.
    readonly property string fontFamily: Qt.fontFamilies().indexOf("Roboto") >= 0 ? "Roboto" : Qt.application.font.family
    // A touch target: at least 48 px (controls grow past it with their text).
    readonly property int touch: 48
}
