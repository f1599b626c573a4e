import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "LineEdit"
    when: windowShown
    width: 390
    height: 844

    Component { id: homeComponent; HomePage { width: 390; height: 844 } }
    Component { id: editComponent; LineEditPage { width: 390; height: 844 } }

    function test_editingALineUpdatesHome() {
        const home = createTemporaryObject(homeComponent, testCase.parent);
        const lineId = home.pinnedLines.data(home.pinnedLines.index(0, 0), QuickLineModel.IdRole);
        const edit = createTemporaryObject(editComponent, testCase.parent, { lineId: lineId });
        verify(edit);
        compare(edit.editor.isNew, false);
        edit.labelField.text = "CJG: even overleggen";
        edit.templateField.text = "Hallo {voornaam}, ben je {dag} om {tijd} in kamer 12?";
        // Live preview fills the placeholders for the partner behind the line.
        compare(edit.editor.preview, "Hallo Ayşe, ben je vandaag om 8:30 in kamer 12?");
        // The first pinned line is one of the school's: this phone is not a coordinator's,
        // so the edit becomes the teacher's own line in the same place on home.
        verify(edit.editor.schoolOwned);
        verify(edit.save());
        const savedId = edit.editor.lineId;
        verify(savedId !== lineId);
        compare(home.pinnedLines.indexOf(lineId), -1);
        const row = home.pinnedLines.indexOf(savedId);
        compare(row, 0);
        compare(home.pinnedLines.data(home.pinnedLines.index(row, 0), QuickLineModel.LabelRole), "CJG: even overleggen");
        compare(home.pinnedLines.data(home.pinnedLines.index(row, 0), QuickLineModel.MessageRole),
                "Hallo Ayşe, ben je vandaag om 8:30 in kamer 12?");
    }

    function test_privacyHintAppearsForAPupilName() {
        const home = createTemporaryObject(homeComponent, testCase.parent);
        const lineId = home.pinnedLines.data(home.pinnedLines.index(0, 0), QuickLineModel.IdRole);
        const edit = createTemporaryObject(editComponent, testCase.parent, { lineId: lineId });
        edit.templateField.text = "Hoi {voornaam}, kun je kijken naar leerling Sem?";
        verify(edit.editor.privacyHint.indexOf("Sem") >= 0);
        verify(edit.editor.privacyHint.indexOf("leerling") >= 0, "the hint is in Dutch: " + edit.editor.privacyHint);
        edit.templateField.text = "Hoi {voornaam}, kun je kijken naar een leerling uit mijn groep?";
        compare(edit.editor.privacyHint, "");
    }
}
