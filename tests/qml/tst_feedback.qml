// What the teacher sees after acting: the home cards in the language just chosen, the
// toolbar readable after a theme switch, and a Dutch way out when the phone cannot open a
// quick line or the contacts app (the platform edge refuses; nothing else is faked).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "Feedback"

    Component {
        id: themed
        // Like the window: the theme follows the setting, the bar is teal.
        Item {
            width: 360
            height: 780
            property alias stack: stack
            Material.theme: Settings.theme === AppSettings.Dark ? Material.Dark : Material.Light
            Material.primary: Material.Teal
            StackView { id: stack; anchors.fill: parent; initialItem: Item {} }
        }
    }
    Component { id: homeComponent; HomePage { width: 360; height: 780 } }
    Component { id: partnerComponent; PartnerPage {} }
    Component { id: dialogComponent; CannotOpenDialog { parent: testCase.parent } }

    function cleanup() {
        TestDb.setPlatformOpens(true);
        Settings.language = "nl";
        Settings.theme = AppSettings.FollowSystem;
    }

    function test_homeCardsFollowTheLanguage() {
        const home = createTemporaryObject(homeComponent, testCase.parent);
        waitForRendering(home);
        const dutch = visibleTexts(home).join(" | ");
        verify(dutch.indexOf("Volgende keer op school") >= 0 || dutch.indexOf("Nu op school") >= 0, dutch);
        Settings.language = "en";
        const english = visibleTexts(home).join(" | ");
        for (const word of ["Volgende keer", "Nu op school", "vandaag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])
            verify(english.indexOf(word) < 0, "still Dutch (" + word + "): " + english);
        verify(english.indexOf("Next time at school") >= 0 || english.indexOf("At school now") >= 0, english);
    }

    Component { id: homePage; HomePage {} }
    Component { id: partnersPage; PartnersPage {} }
    Component { id: linesPage; LinesPage {} }
    Component { id: networkPage; MyNetworkPage {} }
    Component { id: qrPage; QrPage {} }
    Component { id: nearbyPage; NearbyPage {} }
    Component { id: settingsPage; SettingsPage {} }

    function test_toolbarStaysReadableAfterThemeSwitch_data() {
        const fn = TestDb.row("SELECT id FROM functions WHERE deleted = 0 ORDER BY title LIMIT 1").id;
        const person = TestDb.row("SELECT id FROM persons WHERE origin = 1 AND deleted = 0 LIMIT 1").id;
        return [
            { tag: "partner", component: partnerComponent, props: { kind: AppStore.Function, targetId: fn }, back: true },
            { tag: "home", component: homePage, props: {}, back: false },
            { tag: "partners", component: partnersPage, props: {}, back: false },
            { tag: "lines", component: linesPage, props: {}, back: false },
            { tag: "network", component: networkPage, props: {}, back: false },
            { tag: "qr", component: qrPage, props: { personId: person }, back: true },
            { tag: "nearby", component: nearbyPage, props: {}, back: true },
            { tag: "settings", component: settingsPage, props: {}, back: true }
        ];
    }

    // Every page's bar is the one PageHeader: title, back arrow and the page's own buttons
    // stay white on teal after dark -> light at run time.
    function test_toolbarStaysReadableAfterThemeSwitch(data) {
        Settings.theme = AppSettings.Dark;
        const root = createTemporaryObject(themed, testCase.parent);
        const page = root.stack.push(data.component, data.props, StackView.Immediate);
        waitForRendering(page);
        verify(page.header instanceof PageHeader, "the page's toolbar is PageHeader");
        const header = page.header;
        compare(header.backButton.visible, data.back, "back arrow shown on pushed pages only");
        verify(header.titleLabel.text.length > 0, "a title");
        compare(header.titleLabel.Accessible.name, header.titleLabel.text);
        const title = header.titleLabel;
        const start = String(title.color);
        const actions = [];
        for (let i = 0; i < header.actionRow.children.length; ++i) {
            const b = header.actionRow.children[i];
            if (b.visible && b instanceof AbstractButton)
                actions.push(b);
        }
        Settings.theme = AppSettings.Light;
        waitForRendering(page);
        compare(String(title.color), start, "title colour after dark -> light");
        compare(String(header.backButton.icon.color), start, "back arrow after dark -> light");
        // Light on the teal bar, in both themes.
        verify(title.color.hslLightness > 0.8, "title is light: " + title.color);
        for (const b of actions) {
            verify(b.Accessible.name.length > 0, "toolbar button has a name");
            if (b.icon.source.toString().length > 0 && b.objectName !== "starButton")
                verify(b.icon.color.hslLightness > 0.8, b.Accessible.name + " icon is light: " + b.icon.color);
            else if (b.text.length > 0)
                verify(b.palette.buttonText.hslLightness > 0.8 || b.Material.foreground.hslLightness > 0.8,
                       b.Accessible.name + " text is light");
        }
    }

    function test_lineThatCannotOpenOffersCopies() {
        TestDb.setPlatformOpens(false);
        const dialog = createTemporaryObject(dialogComponent, testCase);
        const home = createTemporaryObject(homeComponent, testCase.parent);
        waitForRendering(home);
        const line = findVisual(home, "lineButton");
        verify(line);
        tap(line);
        tryCompare(dialog, "opened", true);
        compare(dialog.message.indexOf("Deze telefoon heeft geen app die dit opent."), 0, dialog.message);
        verify(dialog.address.length > 0);
        verify(dialog.text.length > 0, "the message to copy");
        tap(findByName(dialog.contentItem, "copyText"));
        compare(TestDb.clipboard(), dialog.text);
        tryCompare(dialog, "visible", false);
        compare(Store.lastMessage, "Gekopieerd. Plak het in een andere app.");
    }

    function test_contactsThatCannotOpenOfferCopies() {
        TestDb.setPlatformOpens(false);
        const dialog = createTemporaryObject(dialogComponent, testCase);
        const stack = createTemporaryObject(themed, testCase.parent).stack;
        const id = TestDb.row("SELECT f.id FROM functions f WHERE f.title LIKE 'Schoolmaatschappelijk%' LIMIT 1").id;
        const page = stack.push(partnerComponent, { kind: AppStore.Function, targetId: id }, StackView.Immediate);
        waitForRendering(page);
        tap(findByName(page, "addToContacts"));
        tryCompare(dialog, "opened", true);
        compare(dialog.message, "Deze telefoon heeft geen contacten-app die de kaart aanneemt. Kopieer de gegevens en voeg ze zelf toe.");
        tap(findByName(dialog.contentItem, "copyAddress"));
        compare(TestDb.clipboard(), page.detail.phoneDisplay);
    }
}
