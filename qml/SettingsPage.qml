// Settings: language, appearance, the school connection, about.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    title: qsTr("Settings")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                icon.source: "icons/back.svg"
                Accessible.name: qsTr("Back")
                onClicked: page.StackView.view.pop()
            }
            Label {
                text: page.title
                font.pixelSize: 20
                elide: Label.ElideRight
                Layout.fillWidth: true
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
            spacing: 0

            // Two separate groups: radio buttons in one layout are otherwise exclusive together.
            ButtonGroup { id: languageGroup }
            ButtonGroup { id: themeGroup }

            SectionHeading {
                text: qsTr("Language")
                Layout.fillWidth: true
            }
            RadioButton {
                text: "Nederlands"
                checked: Settings.language === "nl"
                ButtonGroup.group: languageGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.language = "nl"
            }
            RadioButton {
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
                text: qsTr("Follow the system")
                checked: Settings.theme === AppSettings.FollowSystem
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.FollowSystem
            }
            RadioButton {
                text: qsTr("Light")
                checked: Settings.theme === AppSettings.Light
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.Light
            }
            RadioButton {
                text: qsTr("Dark")
                checked: Settings.theme === AppSettings.Dark
                ButtonGroup.group: themeGroup
                Accessible.name: text
                Layout.leftMargin: 8
                onClicked: Settings.theme = AppSettings.Dark
            }

            SectionHeading {
                text: qsTr("School connection")
                Layout.fillWidth: true
            }
            Label {
                text: {
                    switch (Connection.state) {
                    case SchoolConnection.Connected:
                        return qsTr("Connected with %1. Last updated %2.").arg(Connection.schoolName)
                            .arg(Connection.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat));
                    case SchoolConnection.Connecting:
                        return qsTr("Connecting with %1…").arg(Connection.serverUrl);
                    case SchoolConnection.Failed:
                        return qsTr("The school server could not be reached: %1").arg(Connection.lastError);
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
