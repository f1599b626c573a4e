// Settings used by tapping: language and theme land in the SQLite file at once; an
// invitation link being typed stays through a language and a theme switch.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "SettingsEditor"

    Component { id: settingsComponent; SettingsPage { width: 360; height: 780 } }

    function meta(key) {
        return TestDb.row("SELECT value FROM meta WHERE key = ?", [key]).value;
    }

    function test_choicesAreStoredAndTypingKept() {
        const page = createTemporaryObject(settingsComponent, testCase.parent);
        waitForRendering(page);
        const invite = findByName(page, "inviteField");
        typeInto(invite, "kortelijn://join?s=https://school.example&c=ABC");
        tap(findByName(page, "languageEn"));
        compare(Settings.language, "en");
        compare(meta("ui.language"), "en");
        compare(page.title, "Settings");
        tap(findByName(page, "themeDark"));
        compare(meta("ui.theme"), "2");
        tap(findByName(page, "themeLight"));
        compare(meta("ui.theme"), "1");
        compare(invite.text, "kortelijn://join?s=https://school.example&c=ABC");
        tap(findByName(page, "languageNl"));
        tap(findByName(page, "themeSystem"));
        compare(meta("ui.language"), "nl");
        compare(meta("ui.theme"), "0");
        compare(page.title, "Instellingen");
        compare(invite.text, "kortelijn://join?s=https://school.example&c=ABC");
    }
}
