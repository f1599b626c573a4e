// "Mijn gegevens meenemen" as a teacher uses it: passphrases typed key by key, the rules
// answering in Dutch while typing, a real export (argon2id at the phone's limits) to a
// file, and imports of it: wrong passphrase, not a KorteLijn file, the right one.
import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Backup"
    when: windowShown
    width: 390
    height: 844

    // The system's file dialog is not driven here: the page's own entry points take the
    // place it would give back (one file in /tmp, replaced by each run).
    readonly property url file: "file:///tmp/kortelijn-tst_qml-backup.kortelijn"

    Component { id: pageComponent; BackupPage { width: 390; height: 844 } }

    function type(field, text) {
        mouseClick(field);
        verify(field.activeFocus, field.objectName + " has focus");
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
        compare(field.text, text);
    }

    function test_1_rulesAnswerWhileTyping() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        verify(page.ruleLabel.text.indexOf("Minstens 10 tekens") === 0, page.ruleLabel.text);
        type(page.passphraseField, "fietsbel9");
        compare(page.ruleLabel.text, "Kies een wachtzin van minstens 10 tekens, bijvoorbeeld een korte zin.");
        keyClick("x");
        compare(page.ruleLabel.text, "Lang genoeg. Typ hem hieronder nog een keer.");
        type(page.confirmField, "fietsbel9");
        compare(page.ruleLabel.text, "De twee wachtzinnen zijn niet gelijk. Typ hem opnieuw.");
        keyClick("x");
        compare(page.ruleLabel.text, "De wachtzinnen zijn gelijk.");
        // Typed, not shown.
        compare(page.passphraseField.echoMode, TextInput.Password);
        verify(!page.saveDialog.visible);

        // Save with a confirmation that differs: the message, and no file dialog.
        keyClick(Qt.Key_Backspace);
        mouseClick(page.saveButton);
        compare(page.exportStatus.errorText, "De twee wachtzinnen zijn niet gelijk. Typ hem opnieuw.");
        compare(page.session.errorField, "confirm");
        verify(!page.session.busy);
        // Back in the field, typing again clears the message.
        mouseClick(page.confirmField);
        keyClick("x");
        compare(page.exportStatus.errorText, "");
        verify(!page.saveDialog.visible);
        // With both the same, the system's save dialog opens on today's file name.
        mouseClick(page.saveButton);
        tryVerify(() => page.saveDialog.visible);
        verify(String(page.saveDialog.selectedFile).endsWith("/KorteLijn-mijn-gegevens-2026-11-24.kortelijn"),
               String(page.saveDialog.selectedFile));
        // The dialog itself belongs to Qt; the test goes no further than the system would.
        page.saveDialog.reject();
        tryVerify(() => !page.saveDialog.visible);
        verify(!page.session.busy);
        compare(page.exportStatus.resultText, "");
    }

    function test_2_exportThenImport() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        type(page.passphraseField, "fiets door de polder");
        type(page.confirmField, "fiets door de polder");
        verify(page.exportTo(testCase.file));
        // The key derivation runs on a worker: the screen says what happens meanwhile.
        verify(page.session.busy);
        compare(page.session.phase, "Het bestand wordt op slot gedaan met je wachtzin…");
        verify(!page.saveButton.enabled);
        tryCompare(page.session, "busy", false, 30000);
        compare(page.session.errorString, "");
        verify(page.exportStatus.resultText.indexOf("Opgeslagen: ") === 0, page.exportStatus.resultText);
        verify(page.exportStatus.resultText.indexOf("eigen partner") > 0, page.exportStatus.resultText);
        compare(page.passphraseField.text, "");
        compare(page.confirmField.text, "");

        // A wrong passphrase: a clear message, nothing changed.
        const other = createTemporaryObject(pageComponent, testCase.parent);
        type(other.importPassphraseField, "fiets door de polders");
        verify(other.importFrom(testCase.file));
        tryCompare(other.session, "busy", false, 30000);
        compare(other.importStatus.errorText,
                "De wachtzin past niet bij dit bestand. Controleer hem en probeer het opnieuw; er is niets veranderd.");
        compare(other.session.errorField, "importPassphrase");

        // The right one, on the phone the file came from: everything is already here.
        other.importPassphraseField.clear();
        type(other.importPassphraseField, "fiets door de polder");
        verify(other.importFrom(testCase.file));
        tryCompare(other.session, "busy", false, 30000);
        compare(other.importStatus.errorText, "");
        verify(other.importStatus.resultText.indexOf("Toegevoegd 0, bijgewerkt 0") > 0, other.importStatus.resultText);
        compare(other.importPassphraseField.text, "");
    }

    function test_3_importRefusesOtherFiles() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        // Without a passphrase the file dialog does not open.
        mouseClick(page.importButton);
        compare(page.importStatus.errorText, "Vul de wachtzin in die je koos toen je het bestand opsloeg.");
        verify(!page.openDialog.visible);
        type(page.importPassphraseField, "fiets door de polder");
        verify(page.importFrom(Qt.resolvedUrl("tst_backup.qml")));
        tryCompare(page.session, "busy", false, 30000);
        compare(page.importStatus.errorText,
                "Dit is geen KorteLijn-bestand met je gegevens. Kies het bestand dat je op je oude telefoon hebt opgeslagen.");
    }
}
