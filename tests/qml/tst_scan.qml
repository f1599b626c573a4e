import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn

TypingTestCase {
    id: testCase
    name: "Scan"
    when: windowShown
    width: 390
    height: 844

    Component { id: scanComponent; ScanPage { width: 390; height: 844 } }
    Component { id: network; PartnerModel { store: Store; scope: PartnerModel.Mine } }

    readonly property string vcard: "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kramer;Lotte;;;\r\nFN:Lotte Kramer\r\n"
        + "ORG:Kinderfysio Kramer\r\nTITLE:Kinderfysiotherapeut\r\nTEL;TYPE=CELL:0687654321\r\nEND:VCARD\r\n"

    function labelsIn(item) {
        let texts = [];
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i];
            if (c instanceof Label && c.visible)
                texts.push(c.text);
            texts = texts.concat(labelsIn(c));
        }
        return texts;
    }

    function test_noCameraSaysSoInDutch() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        verify(!page.session.cameraAvailable);
        const texts = labelsIn(page);
        verify(texts.some(t => t.startsWith("Hier is geen camera om mee te scannen.")), texts.join(" | "));
        compare(page.chooseButton.text, "Kies een afbeelding");
        verify(!page.confirmation.visible);
    }

    function test_contactCardConfirmationShowsWhatIsSaved() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        page.session.handleText(vcard);
        compare(page.session.result, ScanSession.Contact);
        verify(page.confirmation.visible);
        const texts = labelsIn(page.confirmation);
        for (const expected of ["Wordt bewaard als je eigen partner (alleen op deze telefoon). Verbeter wat niet klopt:",
                                "Voornaam", "Organisatie (optioneel)", "Mobiel nummer"])
            verify(texts.indexOf(expected) >= 0, expected + " not in " + texts.join(" | "));
        // The card's values fill the fields; what the card lacks stays empty.
        const values = page.contactForm.values();
        compare(values.givenName, "Lotte");
        compare(values.familyName, "Kramer");
        compare(values.organisationName, "Kinderfysio Kramer");
        compare(values.functionTitle, "Kinderfysiotherapeut");
        compare(values.mobile, "0687654321");
        compare(values.email, "");
        verify(!page.dirty);
    }

    function test_cancelSavesNothingAndSaveAddsThePartner() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        const mine = createTemporaryObject(network, testCase);
        const before = mine.count;
        page.session.handleText(vcard);
        waitForRendering(page);
        tap(findChild(page, "cancelContact"));
        compare(page.session.result, ScanSession.Nothing);
        verify(!page.confirmation.visible);
        compare(mine.count, before);

        page.session.handleText(vcard);
        waitForRendering(page);
        const saved = signalSpy.createObject(testCase, { target: page.session, signalName: "contactSaved" });
        tap(findChild(page, "saveContact"));
        compare(saved.count, 1);
        tryCompare(mine, "count", before + 1);
        compare(Store.lastMessage, "Lotte Kramer staat nu bij je eigen partners.");
        saved.destroy();
    }

    function test_linkIsExplained() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        page.session.handleText("https://www.bibliotheek.example/overvecht");
        compare(page.session.result, ScanSession.WebAddress);
        compare(page.session.message,
                "Deze code is een link naar www.bibliotheek.example — geen KorteLijn-code. Open hem in je browser als je hem vertrouwt.");
        verify(!page.confirmation.visible);
    }

    Component { id: signalSpy; SignalSpy {} }
}
