// Settings after the school removed this phone: joined by typing the invitation, revoked
// by the coordinator on the real server, "Bijwerken" tapped. The status says what happened
// and what to do, once: the sync engine's own message is not repeated under it.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnServerTest
import "../../qml"

TypingTestCase {
    id: testCase
    name: "SettingsRevoked"

    Component { id: settingsComponent; SettingsPage { width: 360; height: 780 } }

    function test_revokedPhoneSaysItOnce() {
        const page = createTemporaryObject(settingsComponent, testCase.parent);
        waitForRendering(page);
        typeInto(findByName(page, "inviteField"), TestServer.invite());
        tap(findByName(page, "joinButton"));
        tryCompare(Connection, "state", SchoolConnection.Connected, 30000);

        verify(TestServer.revokeThisPhone(), "the coordinator revoked the phone");
        tap(findByName(page, "syncNowButton"));
        tryCompare(Connection, "state", SchoolConnection.Revoked, 30000);
        verify(Connection.lastError.length > 0, "the engine has its own message");
        waitForRendering(page);

        const status = findByName(page, "connectionStatus");
        verify(status.visible);
        verify(status.text.indexOf("De school heeft deze telefoon van de lijst gehaald.") === 0, status.text);
        const texts = visibleTexts(page);
        verify(texts.indexOf(Connection.lastError) < 0, "the engine's message repeated: " + Connection.lastError);
        const saying = texts.filter(t => t.indexOf("nieuwe uitnodiging") >= 0);
        compare(saying.length, 1, "asks for a new invitation once: " + saying.join(" | "));
        // What is needed to connect again is there.
        verify(findByName(page, "inviteField").visible);
    }
}
