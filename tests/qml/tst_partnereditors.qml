// The two editors on a partner's page, used as a teacher does: the private note (typed,
// kept through a star tap, a sync, a language and a theme switch, saved, read back from
// the SQLite file, edited again) and the stale-contact report (reason tapped, comment
// typed, sent, read back; its question is never cut off).
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "PartnerEditors"

    Component { id: stackComponent; StackView { width: 360; height: 780; initialItem: Item {} } }
    Component { id: partnerComponent; PartnerPage {} }

    function cjg() {
        return TestDb.row("SELECT f.id FROM functions f WHERE f.title LIKE 'Schoolmaatschappelijk%' AND f.deleted = 0"
                          + " ORDER BY f.id LIMIT 1").id;
    }

    function openPartner(id) {
        const stack = createTemporaryObject(stackComponent, testCase.parent);
        const page = stack.push(partnerComponent, { kind: AppStore.Function, targetId: id }, StackView.Immediate);
        waitForRendering(page);
        verify(page.detail.exists);
        return { stack: stack, page: page };
    }

    // The note and reports of a function with a holder are about the person holding it.
    function storedNote(page) {
        return TestDb.row("SELECT body FROM private_notes WHERE target_kind = 'person' AND target_id = ?",
                          [page.detail.personId]).body;
    }

    function test_noteDraftSurvivesReloadsAndIsStored() {
        const id = cjg();
        verify(id);
        const s = openPartner(id);
        const page = s.page;
        const starred = page.detail.starred;
        typeInto(page.noteField, "Liever WhatsApp na 15:00");
        // The star reloads the page's partner; the note being typed stays.
        tap(findByName(page, "starButton"));
        compare(page.detail.starred, !starred);
        compare(page.noteField.text, "Liever WhatsApp na 15:00");
        // A sync page arrives.
        verify(TestDb.applySyncedChange("UPDATE functions SET topics = topics || '' WHERE id = ?", [id]));
        compare(page.noteField.text, "Liever WhatsApp na 15:00");
        Settings.language = "en";
        Settings.theme = AppSettings.Dark;
        compare(page.noteField.text, "Liever WhatsApp na 15:00");
        Settings.language = "nl";
        Settings.theme = AppSettings.FollowSystem;
        typeInto(page.noteField, ", niet op woensdag");
        compare(storedNote(page), undefined, "nothing stored before Save");

        // Back asks before the note is dropped.
        tap(page.header.backButton);
        tryCompare(page.discardDialog, "opened", true);
        tap(findByName(page.discardDialog.footer, "keepEditing"));
        tryCompare(page.discardDialog, "visible", false);

        tap(findByName(page, "saveNote"));
        compare(storedNote(page), "Liever WhatsApp na 15:00, niet op woensdag");
        verify(!page.dirty);
        tap(findByName(page, "starButton"));
        compare(page.detail.starred, starred);

        // Edited again on a fresh page: loaded from the file, replaced, stored.
        const again = openPartner(id).page;
        compare(again.noteField.text, "Liever WhatsApp na 15:00, niet op woensdag");
        typeInto(again.noteField, "Belt terug binnen een dag", true);
        tap(findByName(again, "saveNote"));
        compare(storedNote(again), "Belt terug binnen een dag");
        verify(!again.dirty);
        verify(again.detail.saveNote(""));
    }

    function test_reportTypedAndSentIsStored() {
        const id = cjg();
        const page = openPartner(id).page;
        const before = TestDb.rows("SELECT id FROM flags WHERE target_id = ?", [page.detail.personId]).length;
        tap(findByName(page, "reportOutdated"));
        const send = findByName(page, "sendReport");
        tryCompare(send, "visible", true);
        const dialog = findByName(page, "reasonOther");
        tap(dialog);
        typeInto(findByName(page, "commentField"), "Nieuw nummer staat op de website");
        tap(send);
        tryCompare(send, "visible", false);
        const rows = TestDb.rows("SELECT reason, comment FROM flags WHERE target_id = ? ORDER BY created_at, rowid", [page.detail.personId]);
        compare(rows.length, before + 1);
        compare(rows[rows.length - 1].reason, "other");
        compare(rows[rows.length - 1].comment, "Nieuw nummer staat op de website");

        // A second report with another reason and comment: both stored as typed.
        tap(findByName(page, "reportOutdated"));
        tryCompare(send, "visible", true);
        compare(findByName(page, "commentField").text, "", "a sent comment does not linger");
        tap(findByName(page, "reasonMoved"));
        typeInto(findByName(page, "commentField"), "Werkt sinds maart bij Lokalis");
        tap(send);
        tryCompare(send, "visible", false);
        const after = TestDb.rows("SELECT reason, comment FROM flags WHERE target_id = ? ORDER BY created_at, rowid", [page.detail.personId]);
        compare(after.length, before + 2);
        compare(after[after.length - 1].reason, "left_organisation");
        compare(after[after.length - 1].comment, "Werkt sinds maart bij Lokalis");
    }

    function textsIn(item) {
        let out = [];
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i];
            if (c.visible && c.truncated !== undefined && c.text !== undefined && c.text.length > 0)
                out.push(c);
            out = out.concat(textsIn(c));
        }
        return out;
    }

    function test_reportDialogCutsNothingOff() {
        const page = openPartner(cjg()).page;
        tap(findByName(page, "reportOutdated"));
        const send = findByName(page, "sendReport");
        tryCompare(send, "visible", true);
        for (const reason of ["reasonWrong", "reasonOther"]) {
            tap(findByName(page, reason));
            waitForRendering(send);
            const comment = findByName(page, "commentField");
            for (const t of textsIn(comment.parent))
                verify(!t.truncated && t.contentWidth <= t.width + 1, "cut off: “" + t.text + "”");
        }
        tap(findByName(page, "cancelReport"));
    }
}
