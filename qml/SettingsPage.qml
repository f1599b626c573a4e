// Settings: language, appearance, the school connection, about.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    title: qsTr("Settings")

    header: PageHeader {
        title: page.title
        onBack: page.StackView.view.pop()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 640)
            x: (scroll.availableWidth - width) / 2
            spacing: 0

            // Two separate groups: radio buttons in one layout are otherwise exclusive together.
            ButtonGroup { id: languageGroup }
            ButtonGroup { id: themeGroup }

            SectionHeading {
                text: qsTr("Language")
                Layout.fillWidth: true
            }
            RadioButton {
                id: choice1
                contentItem: ChoiceLabel { control: choice1 }
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "languageNl"
                text: "Nederlands"
                checked: Settings.language === "nl"
                ButtonGroup.group: languageGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.language = "nl"
            }
            RadioButton {
                id: choice2
                contentItem: ChoiceLabel { control: choice2 }
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "languageEn"
                text: "English"
                checked: Settings.language === "en"
                ButtonGroup.group: languageGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.language = "en"
            }

            SectionHeading {
                text: qsTr("Appearance")
                Layout.fillWidth: true
            }
            RadioButton {
                id: choice3
                contentItem: ChoiceLabel { control: choice3 }
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "themeSystem"
                text: qsTr("Follow the system")
                checked: Settings.theme === AppSettings.FollowSystem
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.FollowSystem
            }
            RadioButton {
                id: choice4
                contentItem: ChoiceLabel { control: choice4 }
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "themeLight"
                text: qsTr("Light")
                checked: Settings.theme === AppSettings.Light
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.Light
            }
            RadioButton {
                id: choice5
                contentItem: ChoiceLabel { control: choice5 }
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "themeDark"
                text: qsTr("Dark")
                checked: Settings.theme === AppSettings.Dark
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.Dark
            }

            SectionHeading {
                visible: Here.locations.length > 0
                text: qsTr("My school location")
                Layout.fillWidth: true
            }
            Label {
                visible: Here.locations.length > 1
                text: qsTr("Used for “at school today” and for distances when your position is not known.")
                wrapMode: Text.Wrap
                opacity: 0.7
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            ButtonGroup { id: locationGroup }
            Repeater {
                model: Here.locations
                RadioButton {
                    id: choice6
                    contentItem: ChoiceLabel { control: choice6 }
                    Layout.fillWidth: true
                    Layout.rightMargin: 16
                    required property var modelData
                    text: modelData.name
                    checked: Here.chosenLocationId === modelData.id
                    ButtonGroup.group: locationGroup
                    Accessible.name: text
                    Layout.leftMargin: 8
                    onClicked: Here.chosenLocationId = modelData.id
                }
            }
            SectionHeading {
                text: qsTr("School connection")
                Layout.fillWidth: true
            }
            Label {
                id: connectionStatus
                objectName: "connectionStatus"
                text: {
                    switch (Connection.state) {
                    case SchoolConnection.Connected:
                        return qsTr("Connected with %1. Last updated %2.").arg(Connection.schoolName)
                            .arg(Connection.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat));
                    case SchoolConnection.Connecting:
                        return Connection.serverUrl.length > 0
                            ? qsTr("Connecting with %1…").arg(Connection.schoolName || Connection.serverUrl)
                            : qsTr("Joining the school…");
                    case SchoolConnection.Failed:
                        return !isNaN(Connection.lastSync.getTime())
                            ? qsTr("Could not update just now; the list on this phone is from %1. KorteLijn tries again by itself.")
                                .arg(Connection.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
                            : qsTr("Could not reach the school yet. KorteLijn tries again by itself.")
                    case SchoolConnection.Revoked:
                        return qsTr("The school has removed this phone from its list. Your own partners and notes are still here. Ask the coordinator for a new invitation to connect again.")
                    default:
                        return qsTr("Not connected to a school server.");
                    }
                }
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                objectName: "connectionError"
                // A revoked phone's status above already says what happened and what to do.
                visible: Connection.lastError.length > 0 && Connection.state !== SchoolConnection.Connected
                         && Connection.state !== SchoolConnection.Revoked
                text: Connection.lastError
                color: Material.color(Material.Red)
                wrapMode: Text.Wrap
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 4
            }
            Label {
                objectName: "pendingChanges"
                visible: Connection.pendingChanges > 0
                text: qsTr("%n change(s) waiting to be sent to the school.", "", Connection.pendingChanges)
                wrapMode: Text.Wrap
                Accessible.name: text
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 4
            }
            Button {
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "syncNowButton"
                visible: Connection.state === SchoolConnection.Connected || Connection.state === SchoolConnection.Failed
                enabled: !Connection.syncing
                text: Connection.syncing ? qsTr("Updating…") : qsTr("Update now")
                Accessible.name: text
                Layout.leftMargin: 16
                Layout.topMargin: 8
                Layout.minimumHeight: 48
                onClicked: Connection.syncNow()
            }
            Button {
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "contactsSyncButton"
                visible: Connection.state === SchoolConnection.Connected || Connection.state === SchoolConnection.Failed
                text: qsTr("Put the school list in your phone's contacts")
                Accessible.name: text
                flat: true
                Layout.leftMargin: 16
                Layout.topMargin: 4
                Layout.minimumHeight: 48
                onClicked: page.StackView.view.push(Qt.resolvedUrl("ContactsSyncPage.qml"))
            }
            ColumnLayout {
                visible: Connection.state === SchoolConnection.NotConnected || Connection.state === SchoolConnection.Revoked
                         || (Connection.state === SchoolConnection.Connecting && Connection.serverUrl.length === 0)
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 8
                spacing: 8
                TextField {
                    id: inviteField
                    objectName: "inviteField"
                    placeholderText: qsTr("Invitation link from your school")
                    Accessible.name: qsTr("Invitation link from your school")
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    Layout.fillWidth: true
                    Layout.minimumHeight: 48
                    onAccepted: joinButton.clicked()
                }
                Button {
                    id: joinButton
                    Layout.fillWidth: true
                    objectName: "joinButton"
                    text: qsTr("Join school")
                    enabled: !Connection.syncing
                    highlighted: true
                    // White text on a dark teal: readable in the dark theme too (its accent is light).
                    Material.accent: Material.color(Material.Teal, Material.Shade700)
                    Accessible.name: text
                    Layout.minimumHeight: 48
                    onClicked: Connection.join(inviteField.text)
                }
                ToolButton {
                    objectName: "scanInviteButton"
                    icon.source: "icons/qr.svg"
                    enabled: !Connection.syncing
                    Accessible.name: qsTr("Scan the invitation's QR code")
                    ToolTip.text: Accessible.name
                    ToolTip.visible: hovered
                    Layout.minimumHeight: 48
                    onClicked: ApplicationWindow.window.openScan()
                }
            }
            Label {
                visible: Connection.demoData
                text: qsTr("The partner list on this phone is the demo school “Basisschool De Regenboog”. When your school connects its server, its own list replaces it.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
                Layout.margins: 16
            }

            SectionHeading {
                text: qsTr("Privacy")
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Your own partners, notes, stars and which lines you use stay on this phone. The school list only holds the partners' work contact details. Do not put pupils' names in messages or notes.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Button {
                Layout.fillWidth: true
                Layout.rightMargin: 16
                objectName: "backupButton"
                text: qsTr("Take my data along…")
                flat: true
                Accessible.name: qsTr("Take my data along to a new phone")
                Layout.leftMargin: 8
                Layout.minimumHeight: 48
                onClicked: page.StackView.view.push(backupPage)
            }
            Component {
                id: backupPage
                BackupPage {}
            }

            SectionHeading {
                text: qsTr("About")
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("KorteLijn %1: short lines between school and partners.").arg(Settings.version)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Item { implicitHeight: 24 }
        }
    }
}
