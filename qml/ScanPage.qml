// Scan a QR code: a staff invitation joins the school, a partner's contact card becomes
// your own partner after you have seen what will be saved, anything else is explained.
// Without a camera (this build, a desktop, CI) the page says so and offers a picture.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import KorteLijn

EditorPage {
    id: page

    readonly property alias session: session
    readonly property alias confirmation: confirmation
    readonly property alias contactForm: contactForm
    readonly property alias chooseButton: chooseButton

    title: qsTr("Scan a QR code")
    // A scanned card the teacher corrected but did not save yet.
    dirty: session.result === ScanSession.Contact && contactForm.dirty

    header: PageHeader {
        title: page.title
        onBack: page.requestBack()
    }

    ScanSession {
        id: session
        store: Store
        connection: Connection
        onContactSaved: personId => {
            Store.say(qsTr("%1 is now one of your own partners.").arg(
                [session.contact.givenName, session.contact.familyName].join(" ").trim()));
            if (ApplicationWindow.window)
                ApplicationWindow.window.openPartner(AppStore.Person, personId);
        }
    }

    Component.onDestruction: session.stopCamera()

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a picture with a QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)")]
        onAccepted: session.decodeFile(selectedFile)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            // The camera's view; it stops at the first code it reads.
            Loader {
                active: session.cameraAvailable
                visible: active
                Layout.fillWidth: true
                Layout.preferredHeight: active ? width * 3 / 4 : 0
                sourceComponent: VideoOutput {
                    id: viewfinder
                    fillMode: VideoOutput.PreserveAspectCrop
                    Component.onCompleted: session.startCamera(viewfinder)
                    Accessible.name: qsTr("Camera view")
                }
            }
            Button {
                visible: session.cameraAvailable && !session.cameraActive
                text: qsTr("Scan again")
                Layout.leftMargin: 16
                onClicked: {
                    session.reset();
                    session.startCamera(null);
                }
            }
            Label {
                visible: session.cameraAvailable
                text: qsTr("Hold the QR code in front of the camera.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                visible: !session.cameraAvailable
                text: qsTr("There is no camera to scan with here. Choose a picture of the QR code instead, for example a screenshot or a photo someone sent you.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 16
            }
            Button {
                id: chooseButton
                text: qsTr("Choose a picture")
                highlighted: !session.cameraAvailable && session.result === ScanSession.Nothing
                // White text on a dark teal: readable in the dark theme too (its accent is light).
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                enabled: !session.busy
                Layout.leftMargin: 16
                onClicked: fileDialog.open()
            }
            BusyIndicator {
                visible: session.busy
                running: visible
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                id: messageLabel
                visible: session.message.length > 0
                text: session.message
                wrapMode: Text.Wrap
                font.bold: session.result !== ScanSession.Contact
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            // An invitation: one button, nothing happens before it is tapped.
            Button {
                visible: session.result === ScanSession.Invite
                text: qsTr("Join the school")
                highlighted: true
                // White text on a dark teal: readable in the dark theme too (its accent is light).
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                Layout.leftMargin: 16
                onClicked: {
                    session.joinSchool();
                    if (ApplicationWindow.window)
                        ApplicationWindow.window.openSettings();
                }
            }

            // A contact card: what will be saved, then save or cancel.
            Pane {
                id: confirmation
                visible: session.result === ScanSession.Contact
                Material.elevation: 1
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        text: qsTr("Saved as your own partner (only on this phone). Correct anything that is wrong:")
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    // The card's fields, to check and correct before saving.
                    PersonFields {
                        id: contactForm
                        editor: session.contact
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: session.contact.errorString.length > 0
                        text: session.contact.errorString
                        color: Material.color(Material.Red)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 8
                        Layout.topMargin: 8
                        Button {
                            objectName: "saveContact"
                            text: qsTr("Save partner")
                            highlighted: true
                            // White text on a dark teal: readable in the dark theme too (its accent is light).
                            Material.accent: Material.color(Material.Teal, Material.Shade700)
                            Accessible.name: text
                            onClicked: session.saveContact(contactForm.values())
                        }
                        Button {
                            objectName: "cancelContact"
                            text: qsTr("Cancel")
                            flat: true
                            Accessible.name: text
                            onClicked: session.reset()
                        }
                    }
                }
            }
            Item { implicitHeight: 16 }
        }
    }
}
