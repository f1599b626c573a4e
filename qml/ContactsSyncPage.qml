// "Zet de schoollijst in de contacten van je telefoon": a read-only CardDAV login for
// this phone (ContactsSync), shown with copy buttons, and the way to add it: DAVx5 on
// Android (a link that fills everything in), a configuration profile on iOS, the three
// values by hand anywhere else (Thunderbird). docs/carddav.md has the steps.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    title: qsTr("School list in your contacts")

    ContactsSync {
        id: contacts
        connection: Connection
    }

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    component CopyRow: RowLayout {
        id: row
        property string label
        property string value
        property string copyName
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 8
        spacing: 8
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: row.label
                opacity: 0.75
                font.pixelSize: Theme.caption
            }
            Label {
                text: row.value
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
                Accessible.name: row.label + ": " + row.value
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: row.copyName
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy %1").arg(row.label)
            Layout.minimumHeight: 48
            onClicked: {
                contacts.copy(row.value)
                copied.text = qsTr("%1 copied").arg(row.label)
                copied.open()
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            Label {
                text: qsTr("Your phone can show the school's partners in its own contacts and dialler, so it says who is calling. The list is read-only and kept up to date by the phone. Only what staff of the school may see is in it.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.margins: 16
            }
            Button {
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "createContactsLogin"
                visible: contacts.state !== ContactsSync.Ready
                enabled: contacts.state !== ContactsSync.Working && Connection.joined
                text: contacts.state === ContactsSync.Working ? qsTr("Making the login…") : qsTr("Make a login for this phone")
                highlighted: true
                Material.accent: Material.color(Material.Teal, Material.Shade700)
                Accessible.name: text
                Layout.leftMargin: 16
                Layout.minimumHeight: 48
                onClicked: contacts.create(qsTr("Contacts on this phone"))
            }
            Label {
                objectName: "contactsError"
                visible: contacts.state === ContactsSync.Failed
                text: contacts.errorText
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            ColumnLayout {
                visible: contacts.state === ContactsSync.Ready
                spacing: 8
                Layout.fillWidth: true

                SectionHeading {
                    text: qsTr("Your login")
                    Layout.fillWidth: true
                }
                CopyRow {
                    label: qsTr("Server address")
                    value: contacts.serverAddress
                    copyName: "copyServer"
                }
                CopyRow {
                    label: qsTr("User name")
                    value: contacts.username
                    copyName: "copyUser"
                }
                CopyRow {
                    label: qsTr("Password")
                    value: contacts.password
                    copyName: "copyPassword"
                }
                Label {
                    text: qsTr("The password is shown only now. Removing this phone from the school also ends this login.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }

                SectionHeading {
                    text: qsTr("Android")
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Install DAVx⁵ (Play Store or F-Droid), then tap the button: DAVx⁵ opens with everything filled in. Choose “Log in”, select the address book and allow access to your contacts.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
                Button {
                    Layout.fillWidth: true
                    Layout.rightMargin: 16
                    objectName: "openDavx5"
                    text: qsTr("Open in DAVx⁵")
                    Accessible.name: text
                    highlighted: contacts.platform === "android"
                    Layout.leftMargin: 16
                    Layout.minimumHeight: 48
                    onClicked: {
                        if (!contacts.open(contacts.davx5Url)) {
                            copied.text = qsTr("DAVx⁵ is not installed")
                            copied.open()
                        }
                    }
                }

                SectionHeading {
                    text: qsTr("iPhone and iPad")
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Copy the password first. Then download the profile, open Settings, tap “Profile downloaded” and “Install”; paste the password when asked.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
                Button {
                    Layout.fillWidth: true
                    Layout.rightMargin: 16
                    objectName: "downloadProfile"
                    text: qsTr("Download the profile")
                    Accessible.name: text
                    highlighted: contacts.platform === "ios"
                    Layout.leftMargin: 16
                    Layout.minimumHeight: 48
                    onClicked: contacts.open(contacts.profileUrl)
                }

                SectionHeading {
                    text: qsTr("Other apps (Thunderbird)")
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Add a CardDAV address book with the server address, user name and password above.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    Layout.bottomMargin: 16
                }
            }
        }
    }

    ToolTip {
        id: copied
        timeout: 2000
        x: (page.width - width) / 2
        y: page.height - height - 32
    }
}
