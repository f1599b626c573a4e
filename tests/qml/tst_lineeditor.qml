// A quick line typed in as a teacher does it: whom (searched and tapped), channel, name on
// the button and message key by key, pin, save; read back from the SQLite file. Then two
// fields edited; drafts kept through a sync and a language or theme switch; back asks;
// the layout holds still when the channel changes; a new line starts on a channel the
// partner has.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "LineEditor"

    Component { id: stackComponent; StackView { width: 360; height: 780; initialItem: Item {} } }
    Component { id: editComponent; LineEditPage {} }
    Component { id: personComponent; PersonEditor { store: Store } }

    function openEditor(props) {
        const stack = createTemporaryObject(stackComponent, testCase.parent);
        const page = stack.push(editComponent, props || {}, StackView.Immediate);
        waitForRendering(page);
        return { stack: stack, page: page };
    }

    function storedLine(label) {
        return TestDb.row("SELECT id, origin, target_kind, target_id, channel, label, template,"
                          + " (CASE WHEN my_pin_set = 1 THEN my_pinned_order ELSE pinned_order END) IS NOT NULL AS pinned"
                          + " FROM quick_lines WHERE label = ? AND deleted = 0", [label]);
    }

    function test_everyFieldTypedIsStored() {
        const s = openEditor();
        const page = s.page;
        verify(page.editor.isNew);
        // Whom: search and tap.
        tap(findByName(page, "targetButton"));
        tryCompare(page.picker, "opened", true);
        const search = findByName(page.picker, "pickerField");
        typeInto(search, "logoped");
        let result = null;
        tryVerify(() => (result = findVisual(page.picker.contentItem, "pickerResult")) !== null);
        tap(result);
        tryCompare(page.picker, "visible", false);
        verify(page.editor.targetName.length > 0);
        // Channel, name, message, pin.
        tap(findByName(page, "channel2"));
        compare(page.editor.channel, AppStore.Sms);
        typeInto(page.labelField, "Logo: even bellen?");
        typeInto(page.templateField, "Hoi {voornaam}, heb je {dag} om {tijd} even?");
        compare(page.labelField.text, "Logo: even bellen?", "the name survives typing the message");
        verify(page.editor.preview.indexOf("{voornaam}") < 0, page.editor.preview);
        tap(findByName(page, "pinSwitch"));
        compare(page.editor.pinned, false);
        tap(findByName(page, "saveButton"));
        compare(page.editor.errorString, "");
        tryCompare(s.stack, "depth", 1);

        const row = storedLine("Logo: even bellen?");
        compare(row.template, "Hoi {voornaam}, heb je {dag} om {tijd} even?");
        compare(row.channel, "sms");
        compare(row.target_id, page.editor.targetId);
        compare(row.pinned, 0);
        compare(row.origin, 1);

        // Two fields edited: both land.
        const again = openEditor({ lineId: row.id }).page;
        compare(again.labelField.text, "Logo: even bellen?");
        compare(again.templateField.text, "Hoi {voornaam}, heb je {dag} om {tijd} even?");
        verify(!again.dirty);
        typeInto(again.labelField, "Logo: overleg", true);
        typeInto(again.templateField, "Hoi {voornaam}, kunnen we {dag} overleggen?", true);
        tap(findByName(again, "saveTop"));
        const edited = storedLine("Logo: overleg");
        compare(edited.id, row.id);
        compare(edited.template, "Hoi {voornaam}, kunnen we {dag} overleggen?");
        compare(edited.channel, "sms");
        verify(again.editor.remove());
    }

    function test_draftSurvivesSyncLanguageAndTheme() {
        const first = openEditor();
        tap(findByName(first.page, "targetButton"));
        typeInto(findByName(first.page.picker, "pickerField"), "logoped");
        let result = null;
        tryVerify(() => (result = findVisual(first.page.picker.contentItem, "pickerResult")) !== null);
        tap(result);
        tryCompare(first.page.picker, "visible", false);
        typeInto(first.page.labelField, "Concept");
        tap(findByName(first.page, "saveButton"));
        const id = storedLine("Concept").id;
        verify(id);

        const page = openEditor({ lineId: id }).page;
        typeInto(page.labelField, " voor morgen");
        typeInto(page.templateField, "Hoi {voornaam}");
        verify(TestDb.applySyncedChange("UPDATE quick_lines SET template = template || '' WHERE origin = 0"));
        Settings.language = "en";
        compare(page.title, "Edit quick line");
        Settings.theme = AppSettings.Dark;
        compare(page.labelField.text, "Concept voor morgen");
        compare(page.templateField.text, "Hoi {voornaam}");
        Settings.language = "nl";
        Settings.theme = AppSettings.FollowSystem;
        typeInto(page.templateField, ", tijd?");
        compare(page.labelField.text, "Concept voor morgen");
        tap(findByName(page, "saveButton"));
        const row = storedLine("Concept voor morgen");
        compare(row.template, "Hoi {voornaam}, tijd?");
        verify(page.editor.remove());
    }

    function test_backAsksBeforeDroppingChanges() {
        const home = TestDb.row("SELECT id FROM quick_lines WHERE deleted = 0 ORDER BY label LIMIT 1");
        const s = openEditor({ lineId: home.id });
        const page = s.page;
        const label = page.labelField.text;
        // Only a channel tapped: that is a change too.
        const other = [0, 1, 2, 3].map(c => findByName(page, "channel" + c)).find(b => b.enabled && !b.checked);
        tap(other);
        verify(page.dirty);
        tap(page.header.backButton);
        tryCompare(page.discardDialog, "opened", true);
        tap(findByName(page.discardDialog.footer, "keepEditing"));
        tryCompare(page.discardDialog, "visible", false);
        compare(s.stack.depth, 2);
        typeInto(page.labelField, "!");
        tap(page.header.backButton);
        tryCompare(page.discardDialog, "opened", true);
        tap(findByName(page.discardDialog.footer, "discardChanges"));
        tryCompare(s.stack, "depth", 1);
        compare(TestDb.row("SELECT label FROM quick_lines WHERE id = ?", [home.id]).label, label);
    }

    function test_layoutHoldsStillWhenTheChannelChanges() {
        const page = openEditor().page;
        const watched = [page.labelField, page.templateField, findByName(page, "pinSwitch"), findByName(page, "saveButton")];
        const where = () => watched.map(i => i.mapToItem(page, 0, 0).y + ":" + i.height).join(" ");
        tap(findByName(page, "channel1"));
        waitForRendering(page);
        const before = where();
        for (const c of [2, 0, 3, 1]) {
            tap(findByName(page, "channel" + c));
            compare(page.editor.channel, c);
            waitForRendering(page);
            compare(where(), before, "after channel " + c);
        }
    }

    function test_newLineStartsOnAChannelThePartnerHas() {
        const person = createTemporaryObject(personComponent, testCase);
        verify(person.save({ givenName: "Vast", familyName: "Nummer", landline: "030 7654321" }));
        const landlineOnly = person.personId;
        const mail = createTemporaryObject(personComponent, testCase);
        verify(mail.save({ givenName: "Alleen", familyName: "Mail", email: "alleen@mail.example" }));

        const page = openEditor({ initialTargetKind: AppStore.Person, initialTargetId: landlineOnly }).page;
        compare(page.editor.channel, AppStore.Call);
        verify(!findByName(page, "channel1").enabled, "no WhatsApp to choose");
        verify(!page.dirty, "opening from the partner's page is not an edit");
        const page2 = openEditor({ initialTargetKind: AppStore.Person, initialTargetId: mail.personId }).page;
        compare(page2.editor.channel, AppStore.Email);
        verify(person.remove());
        verify(mail.remove());
    }
}
