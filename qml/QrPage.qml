// A partner's QR code full screen, for a parent to scan at the coffee morning: the link
// to the public page when the school has a server and the partner is published,
// otherwise the contact card itself. Always black on white, whatever the theme.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property alias personId: qr.personId
    readonly property alias qr: qr

    title: qsTr("QR code for parents")

    PartnerQr {
        id: qr
        store: Store
        serverUrl: Connection.serverUrl
        schoolId: Connection.schoolId
    }

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: flick.width - 32
            spacing: 12

            Rectangle {
                id: tile
                objectName: "qrTile"
                visible: qr.available
                color: "white"
                radius: 12
                // As large as the screen allows: easier to scan from across a table.
                Layout.preferredWidth: Math.max(160, Math.min(column.width, page.height - 220, 560))
                Layout.preferredHeight: Layout.preferredWidth
                Layout.alignment: Qt.AlignHCenter

                Image {
                    id: code
                    objectName: "qrImage"
                    anchors.fill: parent
                    anchors.margins: 4
                    source: qr.imageSource
                    sourceSize.width: 1024
                    sourceSize.height: 1024
                    fillMode: Image.PreserveAspectFit
                    smooth: false
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qr.online ? qsTr("QR code with the link to the public page of %1").arg(qr.name)
                                               : qsTr("QR code with the contact card of %1").arg(qr.name)
                }
            }

            Label {
                objectName: "qrName"
                text: qr.name
                font.pixelSize: Theme.display
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: qr.subtitle
                font.pixelSize: Theme.subtitle
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                objectName: "qrMode"
                visible: qr.available
                text: qr.online ? qsTr("Link to the public page") : qsTr("Contact card, works without internet")
                color: Material.accent
                font.pixelSize: Theme.body
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                objectName: "qrExplanation"
                text: qr.explanation
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.8
                Layout.fillWidth: true
            }
            Label {
                visible: qr.online
                text: qr.payload
                font.pixelSize: Theme.caption
                wrapMode: Text.WrapAnywhere
                horizontalAlignment: Text.AlignHCenter
                opacity: 0.7
                Accessible.name: qsTr("Address of the public page: %1").arg(text)
                Layout.fillWidth: true
            }
        }
    }
}
