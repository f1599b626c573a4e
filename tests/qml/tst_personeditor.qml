// My own partner, typed in the way a teacher does it: every field tapped and typed key by
// key, saved, and read back from the SQLite file. Then two fields edited; then a draft
// kept through a sync, a language and a theme switch; back asks before dropping it.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "PersonEditor"

    Component { id: stackComponent; StackView { width: 360; height: 780; initialItem: Item {} } }
    Component { id: editComponent; PersonEditPage {} }

    readonly property var typed: ({
        givenName: "Quirine", familyName: "de Vries", organisationName: "Praktijk De Vries",
        functionTitle: "Speltherapeut", mobile: "06 12345678", whatsapp: "06 87654321",
        landline: "030 1234567", email: "sanne@praktijk.example"
    })

    function openEditor(personId) {
        const stack = createTemporaryObject(stackComponent, testCase.parent);
        const page = stack.push(editComponent, { personId: personId || "" }, StackView.Immediate);
        waitForRendering(page);
        return { stack: stack, page: page };
    }

    function stored(givenName) {
        return TestDb.row("SELECT p.id, p.origin, p.given_name, p.family_name, p.mobile, p.whatsapp, p.landline,"
                          + " p.email, o.name AS organisation,"
                          + " (SELECT f.title FROM holdings h JOIN functions f ON f.id = h.function_id"
                          + "  WHERE h.person_id = p.id AND h.until IS NULL AND h.deleted = 0) AS title"
                          + " FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id"
                          + " WHERE p.given_name = ? AND p.deleted = 0", [givenName]);
    }

    function removeStored(id) {
        const page = openEditor(id).page;
        verify(page.editor.remove());
    }

    function test_everyFieldTypedIsStored() {
        const s = openEditor();
        const page = s.page;
        verify(page.editor.isNew);
        for (const f of page.form.fields)
            typeInto(f, typed[f.field]);
        for (const f of page.form.fields)
            compare(f.text, typed[f.field], f.field + " still shows what was typed");
        tap(findByName(page, "saveButton"));
        compare(page.editor.errorString, "");
        tryCompare(s.stack, "depth", 1);

        const row = stored("Quirine");
        compare(row.family_name, "de Vries");
        compare(row.organisation, "Praktijk De Vries");
        compare(row.title, "Speltherapeut");
        compare(row.mobile, "+31612345678");
        compare(row.whatsapp, "+31687654321");
        compare(row.landline, "+31301234567");
        compare(row.email, "sanne@praktijk.example");
        compare(row.origin, 1);

        // Edit two fields of the stored partner: both changes land, the rest stays.
        const again = openEditor(row.id).page;
        compare(again.form.fields[1].text, "de Vries");
        compare(again.form.fields[4].text, "06 12345678");
        verify(!again.dirty);
        typeInto(again.form.fields[1], "Bakker", true);
        typeInto(again.form.fields[7], "s.bakker@praktijk.example", true);
        verify(again.dirty);
        tap(findByName(again, "saveTop"));
        const edited = stored("Quirine");
        compare(edited.family_name, "Bakker");
        compare(edited.email, "s.bakker@praktijk.example");
        compare(edited.mobile, "+31612345678");
        compare(edited.organisation, "Praktijk De Vries");
        compare(edited.title, "Speltherapeut");
        removeStored(row.id);
    }

    function test_refusedSaveKeepsEveryFieldAndStoresNothing() {
        const page = openEditor().page;
        typeInto(page.form.fields[0], "Xaviera");
        typeInto(page.form.fields[1], "Smit");
        typeInto(page.form.fields[4], "06-123");
        tap(findByName(page, "saveButton"));
        compare(page.editor.errorField, "mobile");
        compare(page.errorLabel.text,
                "“06-123” is geen geldig telefoonnummer. Controleer de cijfers, bijvoorbeeld 06 12345678 of 020 1234567.");
        compare(page.form.fields[0].text, "Xaviera");
        compare(page.form.fields[1].text, "Smit");
        verify(page.dirty, "still unsaved");
        compare(stored("Xaviera").id, undefined);
        typeInto(page.form.fields[4], "06 11223344", true);
        compare(page.editor.errorString, "", "typing in the field clears its error");
        tap(findByName(page, "saveButton"));
        const row = stored("Xaviera");
        compare(row.family_name, "Smit");
        compare(row.mobile, "+31611223344");
        removeStored(row.id);
    }

    function test_draftSurvivesSyncLanguageAndTheme() {
        const first = openEditor();
        for (const f of [0, 1])
            typeInto(first.page.form.fields[f], ["Ymke", "Jansen"][f]);
        tap(findByName(first.page, "saveButton"));
        const id = stored("Ymke").id;
        verify(id);

        const page = openEditor(id).page;
        typeInto(page.form.fields[1], "-Peters");
        typeInto(page.form.fields[2], "Praktijk Peters");
        // A sync page arrives and the screens reload.
        verify(TestDb.applySyncedChange("UPDATE organisations SET website = website WHERE origin = 0"));
        compare(page.form.fields[1].text, "Jansen-Peters");
        compare(page.form.fields[2].text, "Praktijk Peters");
        // Language and theme switched in the middle of typing.
        Settings.language = "en";
        compare(page.title, "Edit partner");
        compare(page.form.fields[1].text, "Jansen-Peters");
        Settings.theme = AppSettings.Dark;
        Settings.theme = AppSettings.Light;
        compare(page.form.fields[2].text, "Praktijk Peters");
        Settings.language = "nl";
        Settings.theme = AppSettings.FollowSystem;
        typeInto(page.form.fields[3], "Logopedist");
        compare(page.form.fields[1].text, "Jansen-Peters");
        tap(findByName(page, "saveButton"));
        const row = stored("Ymke");
        compare(row.family_name, "Jansen-Peters");
        compare(row.organisation, "Praktijk Peters");
        compare(row.title, "Logopedist");
        removeStored(id);
    }

    function test_backAsksBeforeDroppingTypedText() {
        const s = openEditor();
        const page = s.page;
        // Nothing typed: back just goes back.
        tap(page.header.backButton);
        compare(s.stack.depth, 1);
        tryCompare(s.stack, "busy", false);

        const page2 = s.stack.push(editComponent, {}, StackView.Immediate);
        waitForRendering(page2);
        typeInto(page2.form.fields[0], "Wiebren");
        tap(page2.header.backButton);
        verify(page2.discardDialog.opened || page2.discardDialog.visible);
        compare(s.stack.depth, 2);
        tryCompare(page2.discardDialog, "opened", true);
        tap(findByName(page2.discardDialog.footer, "keepEditing"));
        tryCompare(page2.discardDialog, "visible", false);
        compare(s.stack.depth, 2);
        compare(page2.form.fields[0].text, "Wiebren");

        tap(page2.header.backButton);
        tryCompare(page2.discardDialog, "opened", true);
        tap(findByName(page2.discardDialog.footer, "discardChanges"));
        tryCompare(s.stack, "depth", 1);
        compare(stored("Wiebren").id, undefined);
    }
}
