// Every screen's item tree, at font scale 1.0, 1.3 and 2.0 on a 360 px wide phone: each
// control a finger can use (buttons, fields, switches, list rows) has an accessible name
// and a touch target of at least 48 x 48 px; nothing sticks out past the screen's edges;
// and no wrapped text has a word wider than its line (Text.Wrap would break it mid-word).
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "Accessibility"

    Component { id: home; HomePage {} }
    Component { id: partners; PartnersPage {} }
    Component { id: lines; LinesPage {} }
    Component { id: network; MyNetworkPage {} }
    Component { id: partner; PartnerPage {} }
    Component { id: lineEdit; LineEditPage {} }
    Component { id: personEdit; PersonEditPage {} }
    Component { id: settings; SettingsPage {} }
    Component { id: nearby; NearbyPage {} }
    Component { id: scan; ScanPage {} }
    Component { id: qr; QrPage {} }
    Component { id: backup; BackupPage {} }
    Component { id: contactsSync; ContactsSyncPage {} }
    Component { id: organogram; OrganogramPage {} }
    Component { id: induction; InductionPage {} }

    function cleanup() {
        Settings.fontScale = 1.0;
    }

    FontMetrics { id: metrics }

    // The widest word of a text in the item's own font.
    function widestWord(item) {
        metrics.font = item.font;
        let widest = 0, word = "";
        for (const w of item.text.split(/\s+/)) {
            const a = metrics.advanceWidth(w);
            if (a > widest) {
                widest = a;
                word = w;
            }
        }
        return { width: widest, word: word };
    }

    // Items under `item` that stick out of the page sideways, and wrapped texts whose words
    // do not fit their lines. Items inside a clipping view are checked against that view.
    function layoutProblems(item, page, where) {
        let out = [];
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i) {
            const c = kids[i];
            if (!c.visible || c.opacity === 0 || c.width <= 0 || c.height <= 0)
                continue;
            // What a person reads or taps; the style's shadows and ripples may reach past
            // the edge on purpose.
            const content = c instanceof Text || interactive(c);
            const left = c.mapToItem(page, 0, 0).x;
            const right = c.mapToItem(page, c.width, 0).x;
            const label = (c.objectName || c.text || String(c)).toString().slice(0, 40);
            if (content && (left < -0.5 || right > page.width + 0.5))
                out.push(where + ": “" + label + "” spans x " + Math.round(left) + ".." + Math.round(right)
                         + " on a " + page.width + " px page");
            // Codes and links to copy (monospace) may break anywhere; words may not.
            if (c instanceof Text && c.wrapMode !== Text.NoWrap && c.text.length > 0 && c.font.family !== "monospace") {
                const room = c.width - c.leftPadding - c.rightPadding;
                const w = widestWord(c);
                if (w.width > room + 0.5)
                    out.push(where + ": “" + w.word + "” is " + Math.round(w.width) + " px in a "
                             + Math.round(room) + " px line (broken mid-word)");
            }
            out = out.concat(layoutProblems(c, page, where));
        }
        return out;
    }

    function interactive(item) {
        return item instanceof AbstractButton || item instanceof TextField || item instanceof TextArea
            || item instanceof Slider || item instanceof ComboBox;
    }

    // Problems of every visible, enabled control under `item`.
    function problems(item, where) {
        let out = [];
        const kids = item.children || [];
        for (let i = 0; i < kids.length; ++i) {
            const c = kids[i];
            if (!c.visible || c.opacity === 0)
                continue;
            if (interactive(c) && c.enabled) {
                const name = c.Accessible.name || "";
                const label = (c.objectName || c.text || c.placeholderText || String(c)).toString().slice(0, 40);
                if (name.length === 0)
                    out.push(where + ": “" + label + "” has no accessible name");
                if (c.width < 48 || c.height < 48)
                    out.push(where + ": “" + label + "” is " + Math.round(c.width) + "x" + Math.round(c.height));
            }
            out = out.concat(problems(c, where));
        }
        return out;
    }

    function pages() {
        const personId = TestDb.row("SELECT id FROM persons WHERE origin = 1 AND deleted = 0 LIMIT 1").id;
        const fn = TestDb.row("SELECT f.id FROM functions f WHERE f.title LIKE 'Schoolmaatschappelijk%' LIMIT 1").id;
        const lineId = TestDb.row("SELECT id FROM quick_lines WHERE deleted = 0 ORDER BY label LIMIT 1").id;
        return [
            ["home", home, {}], ["partners", partners, {}], ["lines", lines, {}], ["network", network, {}],
            ["partner", partner, { kind: AppStore.Function, targetId: fn }],
            ["own partner", partner, { kind: AppStore.Person, targetId: personId }],
            ["line editor", lineEdit, { lineId: lineId }], ["new line", lineEdit, {}],
            ["person editor", personEdit, { personId: personId }], ["settings", settings, {}],
            ["nearby", nearby, {}], ["scan", scan, {}], ["qr", qr, { personId: personId }],
            ["backup", backup, {}], ["contacts sync", contactsSync, {}], ["organogram", organogram, {}],
            ["induction", induction, {}]
        ];
    }

    function test_everyControlNamedAndLargeEnough_data() {
        return [{ tag: "1.0", scale: 1.0 }, { tag: "1.3", scale: 1.3 }, { tag: "2.0", scale: 2.0 }];
    }

    function test_everyControlNamedAndLargeEnough(data) {
        Settings.fontScale = data.scale;
        let all = [];
        for (const [name, component, props] of pages()) {
            let p = Object.assign({ width: 360, height: 780 }, props);
            const page = createTemporaryObject(component, testCase.parent, p);
            verify(page, name);
            page.font.pixelSize = Theme.body;
            waitForRendering(page);
            all = all.concat(problems(page, name));
            all = all.concat(layoutProblems(page, page, name));
            page.destroy();
        }
        for (const p of all)
            console.log(p);
        verify(all.length === 0, all.length + " problems (listed above), first: " + all[0]);
    }
}
