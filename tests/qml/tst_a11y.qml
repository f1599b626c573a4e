// Every screen's item tree, at font scale 1.0 and 2.0 on a 360 px wide phone: each
// control a finger can use (buttons, fields, switches, list rows) has an accessible name
// and a touch target of at least 48 x 48 px.
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
    Component { id: induction; InductionPage {} }

    function cleanup() {
        Settings.fontScale = 1.0;
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
            ["induction", induction, {}]
        ];
    }

    function test_everyControlNamedAndLargeEnough_data() {
        return [{ tag: "1.0", scale: 1.0 }, { tag: "2.0", scale: 2.0 }];
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
            page.destroy();
        }
        verify(all.length === 0, all.length + " problems:\n" + all.join("\n"));
    }
}
