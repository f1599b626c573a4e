// The scan confirmation is an editor too: a scanned card fills the fields, the teacher
// corrects them key by key and saves; the row in the SQLite file holds what was typed.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TypingTestCase {
    id: testCase
    name: "ScanConfirmation"

    Component { id: scanComponent; ScanPage { width: 360; height: 780 } }

    readonly property string vcard: "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kramer;Lotte;;;\r\nFN:Lotte Kramer\r\n"
        + "ORG:Kinderfysio Kramer\r\nTITLE:Kinderfysiotherapeut\r\nTEL;TYPE=CELL:0687654321\r\nEND:VCARD\r\n"

    function stored(givenName) {
        return TestDb.row("SELECT p.id, p.family_name, p.mobile, p.whatsapp, p.landline, p.email, o.name AS organisation,"
                          + " (SELECT f.title FROM holdings h JOIN functions f ON f.id = h.function_id"
                          + "  WHERE h.person_id = p.id AND h.until IS NULL) AS title"
                          + " FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id"
                          + " WHERE p.given_name = ? AND p.deleted = 0", [givenName]);
    }

    function test_everyFieldCorrectedIsStored() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        page.session.handleText(vcard);
        waitForRendering(page);
        const typed = ["Xandrien", "Kramer-Smit", "Kinderfysio Utrecht", "Fysiotherapeut", "06 11112222",
                       "06 33334444", "030 5556666", "lotta@fysio.example"];
        const fields = page.contactForm.fields;
        for (let i = 0; i < fields.length; ++i)
            typeInto(fields[i], typed[i], true);
        verify(page.dirty);
        tap(findByName(page, "saveContact"));
        compare(page.session.result, ScanSession.Nothing);
        const row = stored("Xandrien");
        compare(row.family_name, "Kramer-Smit");
        compare(row.organisation, "Kinderfysio Utrecht");
        compare(row.title, "Fysiotherapeut");
        compare(row.mobile, "+31611112222");
        compare(row.whatsapp, "+31633334444");
        compare(row.landline, "+31305556666");
        compare(row.email, "lotta@fysio.example");
    }

    function test_twoFieldsCorrectedTheRestAsScanned() {
        const page = createTemporaryObject(scanComponent, testCase.parent);
        page.session.handleText(vcard.replace("Lotte", "Yfke").replace("Lotte", "Yfke"));
        waitForRendering(page);
        const fields = page.contactForm.fields;
        typeInto(fields[3], "Kinderfysiotherapeut (ma/di)", true);
        typeInto(fields[7], "yfke@fysio.example");
        // A sync page and a language switch while correcting: the corrections stay.
        verify(TestDb.applySyncedChange("UPDATE organisations SET website = website WHERE origin = 0"));
        Settings.language = "en";
        Settings.language = "nl";
        compare(fields[3].text, "Kinderfysiotherapeut (ma/di)");
        tap(findByName(page, "saveContact"));
        const row = stored("Yfke");
        compare(row.family_name, "Kramer");
        compare(row.organisation, "Kinderfysio Kramer");
        compare(row.title, "Kinderfysiotherapeut (ma/di)");
        compare(row.mobile, "+31687654321");
        compare(row.email, "yfke@fysio.example");
    }
}
