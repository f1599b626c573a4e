import QtQuick
import QtTest
import KorteLijn

// The full-screen QR for parents: the offline contact card without a server, the public
// page's link with one, nothing for a partner with no public details.
TestCase {
    id: testCase
    name: "PartnerQr"
    when: windowShown
    width: 390
    height: 844

    Component { id: qrComponent; QrPage { width: 390; height: 844 } }
    Component { id: partnerComponent; PartnerPage { width: 390; height: 844 } }
    Component { id: detailComponent; PartnerDetail { store: Store } }
    SearchModel { id: finder; store: Store; includeOrganisations: false }

    function functionId(query) {
        finder.query = query;
        for (let i = 0; i < finder.count; ++i) {
            if (finder.data(finder.index(i, 0), SearchModel.KindRole) === AppStore.Function)
                return finder.data(finder.index(i, 0), SearchModel.IdRole);
        }
        return "";
    }

    // Ayşe Öztürk, the CJG's schoolmaatschappelijk werker: name, e-mail, function and
    // times at school are public in the demo school; her mobile number is not.
    function ayse() {
        const detail = createTemporaryObject(detailComponent, testCase, { kind: AppStore.Function,
                                                                        targetId: functionId("schoolmaatschappelijk werker") });
        verify(detail.exists);
        verify(detail.personId.length > 0);
        return detail;
    }

    function test_offlineCardWithoutServer() {
        const detail = ayse();
        const page = createTemporaryObject(qrComponent, testCase.parent, { personId: detail.personId });
        verify(page.qr.available);
        verify(!page.qr.online);
        compare(page.qr.name, "Ayşe Öztürk");
        verify(page.qr.payload.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        verify(page.qr.payload.indexOf("FN:Ayşe Öztürk\r\n") > 0);
        verify(page.qr.payload.indexOf("TITLE:Schoolmaatschappelijk werker\r\n") > 0);
        verify(page.qr.payload.indexOf("NOTE:Op school: dinsdag 8:30-12:00") > 0);
        verify(page.qr.payload.indexOf("TEL;TYPE=CELL") < 0, "the mobile number is not public");
        verify(page.qr.payload.indexOf("PHOTO") < 0, "no photo: the code must stay small enough to scan");
        verify(page.qr.payload.indexOf("/p/") < 0, "no page link without a server");
        verify(page.qr.payload.indexOf("URL:https://www.cjgutrecht.nl\r\n") > 0, "the organisation's public website");
        compare(findChild(page, "qrMode").text, "Visitekaartje, werkt zonder internet");
        const image = findChild(page, "qrImage");
        tryCompare(image, "status", Image.Ready);
        waitForRendering(page);
        tryVerify(() => image.paintedWidth >= 300, 5000, "the code fills the screen: " + image.paintedWidth);
        compare(image.Accessible.name, "QR-code met het visitekaartje van Ayşe Öztürk");
        // Black on white also in dark mode: the quiet zone white, a finder pattern black.
        const tile = findChild(page, "qrTile");
        const quiet = tile.mapToItem(page, tile.width / 2, 6);
        const m = image.paintedWidth;
        const corner = image.mapToItem(page, (image.width - m) / 2, (image.height - m) / 2);
        // Walking the diagonal in from the corner: white quiet zone, then the black ring of
        // the top-left finder pattern (grabbed again until the scene graph has drawn it).
        tryVerify(() => {
            const shot = grabImage(page);
            if (String(shot.pixel(Math.round(quiet.x), Math.round(quiet.y))) !== String(Qt.rgba(1, 1, 1, 1)))
                return false;
            for (let d = 1; d < m * 0.15; ++d) {
                const p = String(shot.pixel(Math.round(corner.x + d), Math.round(corner.y + d)));
                if (p === String(Qt.rgba(0, 0, 0, 1)))
                    return d > 2; // a quiet zone before it
            }
            return false;
        }, 5000, "a black finder pattern inside a white quiet zone");
        const back = page.header.backButton;
        verify(back.height >= 48 && back.width >= 48, "back button is a 48 px touch target");
    }

    function test_linkToThePublicPageWithAServer() {
        const detail = ayse();
        const page = createTemporaryObject(qrComponent, testCase.parent, { personId: detail.personId });
        page.qr.serverUrl = "https://partners.regenboog.nl";
        page.qr.schoolId = "3f0c9a4e-1d2b-4c5d-8e9f-a0b1c2d3e4f5";
        verify(page.qr.online);
        verify(/^[a-z2-7]{16}$/.test(page.qr.slug), page.qr.slug);
        compare(page.qr.payload, "https://partners.regenboog.nl/p/" + page.qr.slug);
        compare(findChild(page, "qrMode").text, "Link naar de openbare pagina");
        // Same person, another school: another slug (the page cannot be guessed across schools).
        const first = page.qr.slug;
        page.qr.schoolId = "00000000-0000-4000-8000-000000000000";
        verify(page.qr.slug !== first);
    }

    function test_noCodeWithoutPublicDetails() {
        // Ingrid is the teacher's own partner: private, never on a public page or card.
        finder.query = "ingrid";
        let personId = "";
        for (let i = 0; i < finder.count; ++i) {
            if (finder.data(finder.index(i, 0), SearchModel.KindRole) === AppStore.Person)
                personId = finder.data(finder.index(i, 0), SearchModel.IdRole);
        }
        verify(personId.length > 0);
        const page = createTemporaryObject(qrComponent, testCase.parent, { personId: personId });
        verify(!page.qr.available);
        compare(page.qr.payload, "");
        verify(!findChild(page, "qrTile").visible);
        verify(findChild(page, "qrExplanation").text.indexOf("geen openbare gegevens") > 0, findChild(page, "qrExplanation").text);
    }

    function test_partnerPageOffersTheCode() {
        const page = createTemporaryObject(partnerComponent, testCase.parent, { kind: AppStore.Function,
                                                                       targetId: functionId("schoolmaatschappelijk werker") });
        const button = findChild(page, "showQr");
        verify(button, "the partner page has a QR button");
        verify(button.visible);
        verify(button.height >= 48, "touch target " + button.height);
        compare(button.Accessible.name, "QR-code voor ouders tonen");
    }
}
