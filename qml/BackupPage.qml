// "Mijn gegevens meenemen": the teacher's own partners, notes, stars and lines (which
// never go to the school) into one file locked with a passphrase they choose, and back
// on a new phone. The system's file dialog picks the place; BackupSession does the work.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import KorteLijn

Page {
    id: page

    readonly property alias session: session
    readonly property alias passphraseField: passphraseField
    readonly property alias confirmField: confirmField
    readonly property alias importPassphraseField: importPassphraseField
    readonly property alias ruleLabel: ruleLabel
    readonly property alias saveButton: saveButton
    readonly property alias importButton: importButton
    readonly property alias exportStatus: exportStatus
    readonly property alias importStatus: importStatus
    readonly property alias saveDialog: saveDialog
    readonly property alias openDialog: openDialog
    // Which half of the screen the last message belongs to.
    property string lastAction: ""

    function exportTo(url) {
        lastAction = "export";
        return session.exportTo(url, passphraseField.text, confirmField.text);
    }
    function shareFile() {
        lastAction = "export";
        return session.shareFile(passphraseField.text, confirmField.text);
    }
    function importFrom(url) {
        lastAction = "import";
        return session.importFrom(url, importPassphraseField.text);
    }
    // The rules as the teacher types, before anything is tried.
    function liveRule() {
        if (passphraseField.length === 0)
            return qsTr("At least %1 characters. A short sentence is easy to remember and hard to guess.")
                .arg(session.minimumLength);
        const problem = session.passphraseProblem(passphraseField.text,
                                                  confirmField.length > 0 ? confirmField.text : passphraseField.text);
        if (problem.length > 0)
            return problem;
        return confirmField.length > 0 ? qsTr("Both passphrases are the same.")
                                       : qsTr("Long enough. Type it once more below.");
    }

    title: qsTr("Take my data along")

    BackupSession {
        id: session
        store: Store
        onFinished: ok => {
            if (!ok)
                return;
            // The passphrase stays in the teacher's head, not on the screen.
            passphraseField.clear();
            confirmField.clear();
            importPassphraseField.clear();
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save your data")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("KorteLijn data (*.%1)").arg(session.fileSuffix)]
        defaultSuffix: session.fileSuffix
        currentFolder: session.defaultFolder
        selectedFile: session.defaultFolder + "/" + session.suggestedFileName
        onAccepted: page.exportTo(selectedFile)
    }

    FileDialog {
        id: openDialog
        title: qsTr("Choose the file with your data")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("KorteLijn data (*.%1)").arg(session.fileSuffix), qsTr("All files (*)")]
        currentFolder: session.defaultFolder
        onAccepted: page.importFrom(selectedFile)
    }

    header: PageHeader {
        title: page.title
        backButton.enabled: !session.busy
        onBack: page.StackView.view.pop()
    }

    // Busy state, error or result of one half of the screen.
    component Status: ColumnLayout {
        id: status
        required property string action
        readonly property bool mine: page.lastAction === action
        readonly property alias errorText: errorText.text
        readonly property alias resultText: resultText.text
        spacing: 4
        Layout.fillWidth: true
        RowLayout {
            visible: status.mine && session.busy
            spacing: 12
            Layout.fillWidth: true
            BusyIndicator {
                running: parent.visible
                Accessible.name: session.phase
                Layout.preferredWidth: 48
                Layout.preferredHeight: 48
            }
            Label {
                text: session.phase
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                Layout.fillWidth: true
            }
        }
        Label {
            id: errorText
            visible: status.mine && text.length > 0
            text: status.mine ? session.errorString : ""
            color: Material.theme === Material.Dark ? Material.color(Material.Red, Material.Shade300) : Material.color(Material.Red, Material.Shade800)
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
        }
        Label {
            id: resultText
            visible: status.mine && text.length > 0
            text: status.mine ? session.resultText : ""
            wrapMode: Text.Wrap
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 32, 560)
            x: (scroll.availableWidth - width) / 2
            spacing: 8

            Label {
                text: qsTr("Your own partners, private notes, stars and own quick lines stay on this phone and never go to the school. Save them in a file locked with a passphrase, and bring them back on a new phone.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 12
            }

            SectionHeading {
                text: qsTr("Save to a file")
                leftPadding: 0
                Layout.fillWidth: true
            }
            TextField {
                id: passphraseField
                enabled: !session.busy
                objectName: "passphraseField"
                placeholderText: qsTr("Choose a passphrase")
                Accessible.name: qsTr("Choose a passphrase")
                echoMode: showPassphrase.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                onTextEdited: session.clearMessages()
                onAccepted: confirmField.forceActiveFocus()
            }
            TextField {
                id: confirmField
                enabled: !session.busy
                objectName: "confirmField"
                placeholderText: qsTr("Type the passphrase again")
                Accessible.name: qsTr("Type the passphrase again")
                echoMode: showPassphrase.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                onTextEdited: session.clearMessages()
                onAccepted: saveButton.clicked()
            }
            Label {
                id: ruleLabel
                objectName: "ruleLabel"
                text: page.liveRule()
                wrapMode: Text.Wrap
                opacity: 0.8
                Accessible.name: text
                Layout.fillWidth: true
            }
            CheckBox {
                id: showPassphrase
                enabled: !session.busy
                text: qsTr("Show passphrase")
                Accessible.name: text
                Layout.minimumHeight: 48
            }
            Label {
                text: qsTr("Write the passphrase down somewhere safe. Without it nobody can open the file, not even you or the school.")
                wrapMode: Text.Wrap
                opacity: 0.75
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Button {
                    id: saveButton
                    enabled: !session.busy
                    objectName: "saveButton"
                    text: qsTr("Save as…")
                    highlighted: true
                    Material.accent: Material.color(Material.Teal, Material.Shade700)
                    Accessible.name: qsTr("Save my data as a file")
                    Layout.minimumHeight: 48
                    onClicked: {
                        // The rules first: no dialog for a passphrase that will be refused.
                        if (session.passphraseProblem(passphraseField.text, confirmField.text).length > 0)
                            page.exportTo("");
                        else
                            saveDialog.open();
                    }
                }
                Button {
                    visible: session.canShare
                    enabled: !session.busy
                    text: qsTr("Share…")
                    Accessible.name: qsTr("Share my data as a file")
                    Layout.minimumHeight: 48
                    onClicked: page.shareFile()
                }
            }
            Status {
                id: exportStatus
                action: "export"
            }

            SectionHeading {
                text: qsTr("Bring back on this phone")
                leftPadding: 0
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Label {
                text: qsTr("Choose the file from your old phone and type its passphrase. What is already on this phone stays; nothing is added twice.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: importPassphraseField
                enabled: !session.busy
                objectName: "importPassphraseField"
                placeholderText: qsTr("Passphrase of the file")
                Accessible.name: qsTr("Passphrase of the file")
                echoMode: showImportPassphrase.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
                Layout.minimumHeight: 48
                onTextEdited: session.clearMessages()
                onAccepted: importButton.clicked()
            }
            CheckBox {
                id: showImportPassphrase
                enabled: !session.busy
                text: qsTr("Show passphrase")
                Accessible.name: qsTr("Show the file's passphrase")
                Layout.minimumHeight: 48
            }
            Button {
                id: importButton
                enabled: !session.busy
                objectName: "importButton"
                text: qsTr("Choose file…")
                Accessible.name: qsTr("Choose the file and bring my data back")
                Layout.minimumHeight: 48
                onClicked: {
                    if (importPassphraseField.text.trim().length === 0)
                        page.importFrom("");
                    else
                        openDialog.open();
                }
            }
            Status {
                id: importStatus
                action: "import"
            }
            Item { implicitHeight: 24 }
        }
    }
}
