// The induction path ("Nieuw op school: maak kennis met je partners") on the demo school:
// ticking a step, the progress ("1 van 10"), the tick on disk and nowhere in the outbox,
// ticks that survive a pulled sync page (the step changed, added, removed) and a new
// screen over the same file, and Home's entry: prominent, then compact, then gone.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TestCase {
    id: testCase
    name: "Induction"
    when: windowShown
    width: 360
    height: 780

    Component { id: pageComponent; InductionPage { width: 360; height: 780 } }
    Component { id: homeComponent; HomePage { width: 360; height: 780 } }

    property var originalWhy: ({})

    function initTestCase() {
        for (const r of TestDb.rows("SELECT id, why FROM induction_steps"))
            originalWhy[r.id] = r.why;
    }

    function cleanup() {
        verify(TestDb.applySyncedChange("DELETE FROM induction_ticks"));
        verify(TestDb.applySyncedChange("DELETE FROM induction_steps WHERE id LIKE 'test-%'"));
        for (const id in originalWhy)
            verify(TestDb.applySyncedChange("UPDATE induction_steps SET why = ?, deleted = 0 WHERE id = ?", [originalWhy[id], id]));
        Settings.fontScale = 1.0;
    }

    function n(sql, args) {
        return TestDb.row(sql, args || []).n;
    }

    function roleAt(model, row, role) {
        return model.data(model.index(row, 0), role);
    }

    // Scrolls the page so the item is on screen, then lets it render.
    function reveal(page, item) {
        const f = page.list.contentItem;
        const pos = item.mapToItem(f.contentItem, 0, 0);
        f.contentY = Math.max(0, Math.min(f.contentHeight - f.height, pos.y - 24));
        waitForRendering(page);
    }

    // The card of a row, scrolled into view.
    function cardAt(page, row) {
        const card = page.cards.itemAt(row);
        if (card)
            reveal(page, card);
        return card;
    }

    function tap(page, item) {
        reveal(page, item);
        mouseClick(item);
    }

    function test_demoPathShowsTenCards() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        verify(page);
        compare(page.title, "Nieuw op school");
        verify(findChild(page.list, "heading"), "the page says what it is");
        compare(findChild(page.list, "heading").text, "Nieuw op school: maak kennis met je partners");
        compare(page.steps.count, n("SELECT count(*) AS n FROM induction_steps WHERE deleted = 0"));
        compare(page.steps.count, 10);
        compare(page.steps.done, 0);
        compare(findChild(page.list, "progressLabel").text, "0 van 10 kennisgemaakt");
        // The first step: the CJG's schoolmaatschappelijk werker, her why-line, when she is
        // at school and who owns the CJG inside school (the IB'er and her deputy).
        const card = cardAt(page, 0);
        verify(card);
        compare(card.name, "Ayşe Öztürk");
        compare(card.functionTitle, "Schoolmaatschappelijk werker");
        compare(card.why, "Bel hier als je je zorgen maakt over de thuissituatie van een leerling");
        verify(card.availability.length > 0, "when she is in the building");
        compare(card.ownerRole, "IB'er");
        compare(card.ownerContact, "Fatima El Amrani, vervanger Ruud Visser");
        compare(findChild(card, "owner").text, "Eigenaar op school: IB'er, Fatima El Amrani, vervanger Ruud Visser");
        // Her quick line is on the card, the same button Home uses.
        verify(findChild(card, "lineButton"), "the partner's quick line is on the card");
        compare(findChild(card, "lineButton").label, "App de schoolmaatschappelijk werker");
    }

    function test_tickIsStoredOnThePhoneOnly() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        const outboxBefore = n("SELECT count(*) AS n FROM sync_outbox");
        const card = cardAt(page, 2);
        verify(card.tick.height >= 48 && card.tick.width >= 48);
        compare(card.tick.Accessible.name, "Kennisgemaakt met " + card.name);
        tap(page, card.tick);
        compare(page.steps.done, 1);
        compare(findChild(page.list, "progressLabel").text, "1 van 10 kennisgemaakt");
        verify(roleAt(page.steps, 2, InductionModel.TickedRole));
        // On disk, in the device-only table; nothing for the server in the outbox.
        compare(n("SELECT count(*) AS n FROM induction_ticks WHERE step_id = ?", [card.stepId]), 1);
        compare(n("SELECT count(*) AS n FROM sync_outbox"), outboxBefore);
        compare(n("SELECT count(*) AS n FROM sync_outbox WHERE fields LIKE '%' || ? || '%' OR row_id = ?", [card.stepId, card.stepId]), 0);
        // Untick: gone again.
        tap(page, cardAt(page, 2).tick);
        compare(page.steps.done, 0);
        compare(n("SELECT count(*) AS n FROM induction_ticks"), 0);
    }

    function test_ticksSurviveASyncAndANewScreen() {
        const page = createTemporaryObject(pageComponent, testCase.parent);
        verify(page.steps.setTicked(0, true));
        verify(page.steps.setTicked(4, true));
        const first = roleAt(page.steps, 0, InductionModel.StepIdRole);
        const fifth = roleAt(page.steps, 4, InductionModel.StepIdRole);
        compare(page.steps.done, 2);

        // A pulled page changes the line of a ticked step: the new line, the tick stays.
        verify(TestDb.applySyncedChange("UPDATE induction_steps SET why = ?, row_version = row_version + 1 WHERE id = ?",
            ["Bel hier als een leerling thuis iets ingrijpends meemaakt", first]));
        tryCompare(page.steps, "done", 2);
        compare(roleAt(page.steps, 0, InductionModel.WhyRole), "Bel hier als een leerling thuis iets ingrijpends meemaakt");
        verify(roleAt(page.steps, 0, InductionModel.TickedRole));

        // The coordinator adds a step at the end and the phone pulls it: 2 of 11.
        const fn = TestDb.row("SELECT id FROM functions WHERE title = 'Jongerenwerker' AND deleted = 0").id;
        verify(TestDb.applySyncedChange("INSERT INTO induction_steps(id, target_kind, target_id, why, sort_order, row_version, updated_at)"
            + " VALUES ('test-step', 'function', ?, 'Bel hier als groep 8 zich zorgen maakt over de overstap', 50, 999, '2026-11-24T09:00:00Z')", [fn]));
        tryCompare(page.steps, "count", 11);
        compare(page.steps.done, 2);
        compare(findChild(page.list, "progressLabel").text, "2 van 11 kennisgemaakt");
        compare(roleAt(page.steps, 10, InductionModel.NameRole), "Ilias Mourad");

        // A step the coordinator removes takes its tick out of the count.
        verify(TestDb.applySyncedChange("UPDATE induction_steps SET deleted = 1 WHERE id = ?", [fifth]));
        tryCompare(page.steps, "count", 10);
        compare(page.steps.done, 1);

        // A new screen over the same file (as after a restart) shows the same ticks.
        page.destroy();
        const again = createTemporaryObject(pageComponent, testCase.parent);
        compare(again.steps.count, 10);
        compare(again.steps.done, 1);
        compare(roleAt(again.steps, 0, InductionModel.StepIdRole), first);
        verify(roleAt(again.steps, 0, InductionModel.TickedRole));
        compare(TestDb.row("SELECT step_id FROM induction_ticks WHERE step_id = ?", [first]).step_id, first);
    }

    function test_homeEntryProminentThenCompactThenGone() {
        const home = createTemporaryObject(homeComponent, testCase.parent);
        waitForRendering(home);
        const entry = findChild(home, "inductionEntry");
        verify(entry);
        verify(entry.visible);
        verify(entry.parent.prominent, "a teacher who met nobody yet sees the path first");
        verify(entry.height >= 48);
        compare(entry.Accessible.name, "Nieuw op school: maak kennis met je partners. 0 van 10 kennisgemaakt");
        const steps = entry.parent.steps;
        verify(steps.setTicked(0, true));
        // A tick on the page reaches Home's own model without reopening Home.
        const page = createTemporaryObject(pageComponent, testCase.parent);
        verify(page.steps.setTicked(1, true));
        tryCompare(steps, "done", 2);
        verify(entry.visible);
        verify(!entry.parent.prominent, "compact once started");
        compare(findChild(home, "entryProgress").text, "2 van 10 kennisgemaakt");
        for (let i = 0; i < steps.count; ++i)
            verify(page.steps.setTicked(i, true));
        tryCompare(steps, "done", 10);
        verify(!entry.parent.visible, "gone when every partner is met");
        verify(!page.steps.open);
        page.list.contentItem.contentY = 0;
        tryCompare(findChild(page.list, "allDone"), "visible", true);
        compare(findChild(page.list, "progressLabel").text, "10 van 10 kennisgemaakt");
    }

    function test_largeTextHolds() {
        Settings.fontScale = 2.0;
        const page = createTemporaryObject(pageComponent, testCase.parent);
        const card = cardAt(page, 0);
        const why = findChild(card, "why");
        // Wrapped, not cut off: the line fits the card's width and shows every line.
        verify(why.width <= card.width);
        verify(why.lineCount > 1);
        verify(!why.truncated);
        verify(card.tick.height >= 48);
    }
}
