// The window: a StackView of screens with bottom navigation on the four top-level screens,
// back navigation (Escape, Android back, the toolbar arrow) and a toast for short messages.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

ApplicationWindow {
    id: window

    width: 390
    height: 844
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("KorteLijn")
    // Every control's text follows the phone's text size from here (see Theme).
    font.pixelSize: Theme.body

    Material.theme: Settings.theme === AppSettings.Dark ? Material.Dark
                  : Settings.theme === AppSettings.Light ? Material.Light : Material.System
    Material.primary: Material.Teal
    Material.accent: Material.theme === Material.Dark ? Material.color(Material.Teal, Material.Shade200) : Material.color(Material.Teal, Material.Shade700)

    // Pages read this to lay out one or two columns.
    readonly property bool wide: width >= 720

    function back() {
        if (stack.depth > 1) {
            // A page holding unsaved typing asks first (EditorPage).
            if (stack.currentItem.requestBack)
                stack.currentItem.requestBack();
            else
                stack.pop();
            return true;
        }
        if (navigation.currentIndex !== 0) {
            navigation.currentIndex = 0;
            return true;
        }
        return false;
    }

    function openPartner(kind, targetId) {
        stack.push(partnerPage, { kind: kind, targetId: targetId });
    }

    function openLineEditor(lineId, targetKind, targetId) {
        stack.push(lineEditPage, { lineId: lineId || "", initialTargetKind: targetKind === undefined ? -1 : targetKind,
                                   initialTargetId: targetId || "" });
    }

    function openPersonEditor(personId) {
        stack.push(personEditPage, { personId: personId || "" });
    }

    function openQr(personId) {
        stack.push(qrPage, { personId: personId });
    }

    function openScan() {
        stack.push(scanPage);
    }

    function openNearby() {
        stack.push(nearbyPage);
    }

    function openOrganogram() {
        stack.push(Qt.resolvedUrl("OrganogramPage.qml"));
    }

    function openInduction() {
        stack.push(inductionPage);
    }

    function openSettings() {
        stack.push(settingsPage);
    }

    function toast(text) {
        // The cannot-open dialog already says it, with its way out.
        if (!text || cannotOpen.showing)
            return;
        toastLabel.text = text;
        toastPopup.open();
        toastTimer.restart();
    }

    // Used by --self-test and --screenshots to visit every screen by name; `args` names
    // the partner, line or person to show.
    function showScreen(name, args) {
        stack.pop(null, StackView.Immediate);
        if (toastPopup.opened)
            toastPopup.close();
        const tabs = { home: 0, search: 0, partners: 1, lines: 2, network: 3 };
        const index = name in tabs ? tabs[name] : 0;
        navigation.currentIndex = index;
        stack.replace(null, topLevel[index], {}, StackView.Immediate);
        switch (name) {
        case "home":
        case "partners":
        case "lines":
        case "network":
            return true;
        case "search":
            stack.currentItem.search(args.query);
            return true;
        case "partner":
        case "flag":
            stack.push(partnerPage, { kind: args.kind, targetId: args.targetId }, StackView.Immediate);
            if (name === "flag")
                stack.currentItem.openFlagDialog();
            return true;
        case "person":
            stack.push(personEditPage, { personId: args.personId }, StackView.Immediate);
            return true;
        case "line":
            stack.push(lineEditPage, { lineId: args.lineId }, StackView.Immediate);
            return true;
        case "settings":
            stack.push(settingsPage, {}, StackView.Immediate);
            return true;
        case "qr":
            stack.push(partnerPage, { kind: args.kind, targetId: args.targetId }, StackView.Immediate);
            stack.push(qrPage, { personId: args.qrPersonId }, StackView.Immediate);
            return true;
        case "scan":
            stack.push(scanPage, {}, StackView.Immediate);
            if (args.scanText)
                stack.currentItem.session.handleText(args.scanText);
            return true;
        case "nearby":
            stack.push(nearbyPage, {}, StackView.Immediate);
            return true;
        case "organogram":
            stack.push(Qt.resolvedUrl("OrganogramPage.qml"), {}, StackView.Immediate);
            return true;
        case "induction":
            stack.push(inductionPage, {}, StackView.Immediate);
            return true;
        case "backup":
            stack.push(settingsPage, {}, StackView.Immediate);
            stack.push(Qt.resolvedUrl("BackupPage.qml"), {}, StackView.Immediate);
            return true;
        }
        return false;
    }

    readonly property list<Component> topLevel: [homePage, partnersPage, linesPage, networkPage]

    onClosing: close => {
        // Android's back key arrives as a close request: go back instead of quitting.
        if (back())
            close.accepted = false;
    }

    Shortcut {
        sequences: ["Esc", StandardKey.Back]
        onActivated: window.back()
    }

    Connections {
        target: Store
        function onMessage(text) { window.toast(text); }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: homePage
    }

    footer: TabBar {
        id: navigation
        visible: stack.depth === 1
        Accessible.name: qsTr("Main sections")
        onCurrentIndexChanged: {
            if (currentIndex >= 0 && stack.depth >= 1 && stack.currentItem && stack.currentItem.sectionIndex !== currentIndex)
                stack.replace(null, window.topLevel[currentIndex], {}, StackView.Immediate);
        }

        // The model holds icon names only, so switching language retranslates the labels
        // without recreating the buttons (and losing the current tab).
        Repeater {
            model: ["home", "people", "bolt", "star"]
            TabButton {
                required property int index
                required property string modelData
                readonly property var labels: [qsTr("Home"), qsTr("Partners"), qsTr("Lines"),
                    qsTr("Network", "short tab label for My network")]
                readonly property var names: [qsTr("Home screen"), qsTr("Partners"), qsTr("Quick lines"),
                    qsTr("My network")]
                text: labels[index]
                icon.source: "icons/" + modelData + ".svg"
                display: AbstractButton.TextUnderIcon
                // Grows with the text size up to what four tabs fit at 360 px, so no label
                // is cut off (the accessible name carries the full text).
                font.pixelSize: Math.min(Theme.small, 15)
                font.capitalization: Font.MixedCase
                Accessible.name: names[index]
            }
        }
    }

    Component { id: homePage; HomePage { sectionIndex: 0 } }
    Component { id: partnersPage; PartnersPage { sectionIndex: 1 } }
    Component { id: linesPage; LinesPage { sectionIndex: 2 } }
    Component { id: networkPage; MyNetworkPage { sectionIndex: 3 } }
    Component { id: partnerPage; PartnerPage {} }
    Component { id: lineEditPage; LineEditPage {} }
    Component { id: personEditPage; PersonEditPage {} }
    Component { id: settingsPage; SettingsPage {} }
    Component { id: qrPage; QrPage {} }
    Component { id: nearbyPage; NearbyPage {} }
    Component { id: scanPage; ScanPage {} }
    Component { id: inductionPage; InductionPage {} }

    CannotOpenDialog {
        id: cannotOpen
        parent: Overlay.overlay
    }

    Popup {
        id: toastPopup
        x: (window.width - width) / 2
        y: window.height - height - (navigation.visible ? navigation.height : 0) - 24
        width: Math.min(window.width - 32, 480)
        padding: 16
        closePolicy: Popup.CloseOnPressOutside
        Material.theme: window.Material.theme === Material.Dark ? Material.Light : Material.Dark
        background: Rectangle { radius: 8; color: Material.background }
        contentItem: Label {
            id: toastLabel
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Timer { id: toastTimer; interval: 4000; onTriggered: toastPopup.close() }
    }
}
