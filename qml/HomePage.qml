// Home: search on top (results as you type), pinned quick lines as large buttons,
// who is at school today, and recently used lines.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    property int sectionIndex: 0
    readonly property alias searchField: searchField
    readonly property alias searchResults: searchModel
    readonly property alias pinnedLines: pinnedModel

    function search(text) {
        searchField.text = text;
    }

    function openLine(row, model) {
        const error = model.open(row);
        if (error.length > 0)
            ApplicationWindow.window.toast(error);
    }

    title: qsTr("KorteLijn")

    header: PageHeader {
        title: page.title
        backVisible: false
        ToolButton {
            objectName: "nearbyButton"
            icon.source: "icons/near.svg"
            Accessible.name: qsTr("Nearby")
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            onClicked: ApplicationWindow.window.openNearby()
        }
        ToolButton {
            objectName: "settingsButton"
            icon.source: "icons/settings.svg"
            Accessible.name: qsTr("Settings")
            ToolTip.text: Accessible.name
            ToolTip.visible: hovered
            onClicked: ApplicationWindow.window.openSettings()
        }
    }

    SearchModel {
        id: searchModel
        store: Store
        query: searchField.text
    }
    QuickLineModel {
        id: pinnedModel
        store: Store
        mode: QuickLineModel.Pinned
    }
    QuickLineModel {
        id: recentModel
        store: Store
        mode: QuickLineModel.Recent
    }
    TodayModel {
        id: todayModel
        store: Store
        locationId: Here.locationId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: searchField
            Layout.minimumHeight: Theme.touch
            placeholderText: qsTr("Search partner, function or topic")
            inputMethodHints: Qt.ImhNoPredictiveText
            leftPadding: 48
            Accessible.name: qsTr("Search partners")
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.topMargin: 8
            AppIcon {
                name: "search"
                anchors.left: parent.left
                anchors.leftMargin: 12
                anchors.verticalCenter: parent.verticalCenter
            }
            ToolButton {
                visible: searchField.text.length > 0
                icon.source: "icons/close.svg"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                Accessible.name: qsTr("Clear search")
                onClicked: searchField.clear()
            }
        }

        ListView {
            id: resultsView
            visible: searchField.text.trim().length > 0
            model: searchModel
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Search results")
            delegate: PartnerDelegate {
                required property var model
                name: model.title
                initials: model.initials
                functionTitle: model.subtitle
                organisationName: model.personal ? qsTr("My own partner") : ""
                onClicked: ApplicationWindow.window.openPartner(model.kind, model.targetId)
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: resultsView.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Nobody found for “%1”. Try a function (logopedist), an organisation (CJG) or a topic (verzuim).").arg(searchField.text.trim())
                opacity: 0.7
            }
        }

        ScrollView {
            id: homeScroll
            visible: !resultsView.visible
            contentWidth: availableWidth
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                width: homeScroll.availableWidth
                spacing: 0

                InductionEntry {
                    Layout.fillWidth: true
                }
                SectionHeading {
                    text: qsTr("Quick lines")
                    Layout.fillWidth: true
                }
                Label {
                    visible: pinnedModel.count === 0
                    text: qsTr("Pin a quick line to reach a partner in one tap.")
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
                GridLayout {
                    columns: ApplicationWindow.window && ApplicationWindow.window.wide ? 2 : 1
                    columnSpacing: 8
                    rowSpacing: 0
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Repeater {
                        model: pinnedModel
                        delegate: LineButton {
                            onActivated: row => page.openLine(row, pinnedModel)
                            Layout.fillWidth: true
                        }
                    }
                }

                SectionHeading {
                    text: qsTr("At school today")
                    Layout.fillWidth: true
                }
                Label {
                    visible: Here.locations.length > 1 && Here.locationName.length > 0
                    text: Here.locationName
                    opacity: 0.7
                    font.pixelSize: Theme.caption
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
                Label {
                    visible: todayModel.count === 0
                    text: qsTr("No partners at school today.")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                }
                Repeater {
                    model: todayModel
                    delegate: ItemDelegate {
                        id: todayRow
                        required property int targetKind
                        required property string targetId
                        required property string name
                        required property string initials
                        required property string functionTitle
                        required property string organisationName
                        required property string time
                        required property string room
                        required property bool now
                        required property bool past
                        Layout.fillWidth: true
                        leftPadding: 16
                        rightPadding: 16
                        opacity: past ? 0.6 : 1
                        Accessible.name: [time, name, functionTitle, room, now ? qsTr("at school now") : ""]
                            .filter(s => s.length > 0).join(", ")
                        onClicked: ApplicationWindow.window.openPartner(targetKind, targetId)
                        // At a large text size the time goes above the name, so the name
                        // and function keep the row's width.
                        readonly property bool stacked: Theme.fontScale > 1.15
                        readonly property string when: todayRow.now ? todayRow.time + " · " + qsTr("now") : todayRow.time
                        contentItem: RowLayout {
                            spacing: 12
                            ColumnLayout {
                                visible: !todayRow.stacked
                                spacing: 0
                                Layout.alignment: Qt.AlignTop
                                Label {
                                    text: todayRow.time
                                    font.bold: true
                                }
                                Label {
                                    visible: todayRow.now
                                    text: qsTr("now")
                                    color: Material.accent
                                    font.bold: true
                                    font.pixelSize: Theme.small
                                }
                            }
                            Avatar {
                                initials: todayRow.initials
                                name: todayRow.name
                                highlight: todayRow.now
                                Layout.preferredWidth: 40
                                Layout.preferredHeight: 40
                                Layout.alignment: Qt.AlignTop
                            }
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                WrapLabel {
                                    visible: todayRow.stacked
                                    text: todayRow.when
                                    color: todayRow.now ? Material.accent : Material.foreground
                                    strong: true
                                    Layout.fillWidth: true
                                }
                                WrapLabel {
                                    text: todayRow.name
                                    Layout.fillWidth: true
                                }
                                WrapLabel {
                                    text: [todayRow.functionTitle || todayRow.organisationName, todayRow.room]
                                        .filter(s => s.length > 0).join(" · ")
                                    opacity: 0.7
                                    pixelSize: Theme.caption
                                    Layout.fillWidth: true
                                }
                            }
                        }
                    }
                }

                SectionHeading {
                    visible: recentModel.count > 0
                    text: qsTr("Recently used")
                    Layout.fillWidth: true
                }
                Repeater {
                    model: recentModel
                    delegate: ItemDelegate {
                        id: recentRow
                        required property int index
                        required property string label
                        required property string targetName
                        required property int channel
                        Layout.fillWidth: true
                        leftPadding: 16
                        text: label
                        icon.source: "icons/" + ["call", "whatsapp", "sms", "email"][channel] + ".svg"
                        Accessible.name: label + ", " + targetName
                        onClicked: page.openLine(index, recentModel)
                    }
                }
                Item { implicitHeight: 16 }
            }
        }
    }
}
