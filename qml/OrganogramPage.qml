// "Wie doet wat": the school's internal roles, who holds each and who stands in, and the
// partners each role owns, drawn from the phone's copy of the school list (the same
// picture the coordinator prints). Pinch or the buttons zoom; dragging moves around; the
// picture is drawn again at each zoom so small text stays sharp.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Window
import KorteLijn

Page {
    id: page

    readonly property alias picture: picture
    readonly property alias flick: flick
    // 1: the whole width of the picture fits the screen.
    property real zoom: 1
    readonly property real minZoom: 1
    readonly property real maxZoom: 6
    property int revision: 0

    title: qsTr("Who does what")

    function setZoom(z) {
        const next = Math.max(minZoom, Math.min(maxZoom, z));
        // Keep the middle of the view where it is.
        const cx = (flick.contentX + flick.width / 2) / Math.max(1, flick.contentWidth);
        const cy = (flick.contentY + flick.height / 2) / Math.max(1, flick.contentHeight);
        zoom = next;
        flick.contentX = Math.max(0, cx * flick.contentWidth - flick.width / 2);
        flick.contentY = Math.max(0, cy * flick.contentHeight - flick.height / 2);
        flick.returnToBounds();
    }

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    Connections {
        target: Store
        // A sync applied rows (a hand-over, a new role): draw the picture again.
        function onPartnersChanged() { page.revision++; }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        WrapLabel {
            objectName: "organogramHint"
            text: qsTr("The school's roles and the partners each role looks after. Red dashes: a role without a deputy, or partners without an owner at school.")
            pixelSize: Theme.caption
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.bottomMargin: 8
        }

        // A Flow: at a large text size the buttons go onto two lines instead of off screen.
        Flow {
            spacing: 8
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.fillWidth: true
            Button {
                objectName: "zoomOutButton"
                text: "−"
                enabled: page.zoom > page.minZoom
                Accessible.name: qsTr("Zoom out")
                width: Math.max(Theme.touch, implicitWidth)
                height: Math.max(Theme.touch, implicitHeight)
                onClicked: page.setZoom(page.zoom / 1.5)
            }
            Button {
                objectName: "zoomInButton"
                text: "+"
                enabled: page.zoom < page.maxZoom
                Accessible.name: qsTr("Zoom in")
                width: Math.max(Theme.touch, implicitWidth)
                height: Math.max(Theme.touch, implicitHeight)
                onClicked: page.setZoom(page.zoom * 1.5)
            }
            Button {
                objectName: "zoomFitButton"
                text: qsTr("Whole picture")
                flat: true
                enabled: page.zoom !== page.minZoom
                Accessible.name: qsTr("Show the whole picture")
                height: Math.max(Theme.touch, implicitHeight)
                onClicked: page.setZoom(page.minZoom)
            }
        }

        Flickable {
            id: flick
            objectName: "organogramFlick"
            clip: true
            contentWidth: picture.width
            contentHeight: picture.height
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 8
            ScrollBar.horizontal: ScrollBar { policy: page.zoom > 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            ScrollBar.vertical: ScrollBar {}

            Image {
                id: picture
                objectName: "organogramImage"
                readonly property real aspect: implicitWidth > 0 ? implicitHeight / implicitWidth : 0.5
                width: flick.width * page.zoom
                height: width * aspect
                // Drawn again at the size it is shown, at the screen's pixel density.
                sourceSize.width: Math.min(8192, Math.round(width * Screen.devicePixelRatio))
                source: "image://organogram/" + (Settings.language === "en" ? "en" : "nl") + "/"
                        + encodeURIComponent(Connection.schoolName) + "?v=" + page.revision
                cache: false
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Who does what: the school's roles and their partners")
            }

            PinchHandler {
                target: null
                property real startZoom: 1
                onActiveChanged: if (active) startZoom = page.zoom
                onActiveScaleChanged: if (active) page.setZoom(startZoom * activeScale)
            }
        }
    }
}
