// A TestCase that uses a screen the way a person does: scroll a control into view, tap
// it, type one key at a time. Shared by the editor suites.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn

TestCase {
    id: typing

    when: windowShown
    width: 360
    height: 780

    // A test that switched language or theme midway leaves the next one in Dutch, light.
    function cleanup() {
        Settings.language = "nl";
        Settings.theme = AppSettings.FollowSystem;
    }

    // The nearest Flickable the item sits in (a ScrollView's content), or null.
    function flickableOf(item) {
        for (let p = item.parent; p; p = p.parent) {
            if (p instanceof Flickable)
                return p;
        }
        return null;
    }

    // Scrolls the item's Flickable so the item is on screen.
    function reveal(item) {
        const f = flickableOf(item);
        if (!f)
            return;
        const pos = item.mapToItem(f.contentItem, 0, 0);
        const maxY = Math.max(0, f.contentHeight - f.height);
        if (pos.y < f.contentY || pos.y + item.height > f.contentY + f.height)
            f.contentY = Math.max(0, Math.min(maxY, pos.y - 24));
    }

    // Waits until the layouts above the item have placed it (a control that just became
    // visible is positioned at the next polish, not at once).
    function settle(item) {
        for (let p = item; p; p = p.parent) {
            const layout = p;
            tryVerify(() => !isPolishScheduled(layout), 5000, "layout never settled");
        }
    }

    function tap(item) {
        verify(item, "nothing to tap");
        verify(item.visible, (item.objectName || item) + " is not visible");
        settle(item);
        reveal(item);
        settle(item);
        mouseClick(item);
    }

    // Taps the field and types `text` key by key at the end of what it holds; with
    // `replace` the old text is selected and deleted first, as a person would.
    function typeInto(field, text, replace) {
        tap(field);
        verify(field.activeFocus, (field.objectName || field) + " has no focus after a tap");
        if (replace) {
            keySequence(StandardKey.SelectAll);
            keyClick(Qt.Key_Backspace);
            compare(field.text, "", "field emptied");
        } else {
            keySequence(StandardKey.MoveToEndOfDocument);
        }
        for (const ch of text)
            keyClick(ch);
    }

    // Like findChild, through the visual tree (list delegates are not QObject children).
    function findVisual(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i) {
            const found = findVisual(kids[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // Every text a person sees under `item` (visible, not transparent), in tree order.
    function visibleTexts(item) {
        let out = [];
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i) {
            const c = kids[i];
            if (!c.visible || c.opacity === 0)
                continue;
            if (c.text !== undefined && typeof c.text === "string" && c.text.length > 0)
                out.push(c.text);
            out = out.concat(visibleTexts(c));
        }
        return out;
    }

    function findByName(item, name) {
        const found = findChild(item, name);
        verify(found, "no " + name);
        return found;
    }
}
