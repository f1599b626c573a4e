// "Wie doet wat" on the phone: the picture shows at the screen's width, zooms with the
// buttons (drawn again at the new size, not stretched), and follows a change of the school
// list arriving by sync. What it draws (every role, no personal partner, gaps in red) is
// checked on the provider itself in tests/app/tst_faces.cpp.
import QtQuick
import QtQuick.Controls
import QtTest
import KorteLijn
import KorteLijnTest

TestCase {
    id: testCase
    name: "Organogram"
    when: windowShown
    width: 390
    height: 844

    Component { id: organogram; OrganogramPage { width: 390; height: 844 } }

    function test_showsZoomsAndFollowsTheList() {
        const page = createTemporaryObject(organogram, testCase.parent);
        verify(page);
        const picture = page.picture;
        tryCompare(picture, "status", Image.Ready);
        compare(page.title, "Wie doet wat");
        // The whole width fits; the picture keeps its proportions.
        compare(picture.width, page.flick.width);
        verify(picture.height > 100 && picture.height < picture.width);
        const zoomIn = findChild(page, "zoomInButton");
        const zoomOut = findChild(page, "zoomOutButton");
        verify(!zoomOut.enabled);
        mouseClick(zoomIn);
        mouseClick(zoomIn);
        fuzzyCompare(picture.width, page.flick.width * 2.25, 1);
        // Drawn again at the shown size, so small text stays sharp.
        tryVerify(() => picture.sourceSize.width >= Math.round(picture.width) && picture.status === Image.Ready);
        verify(page.flick.contentWidth > page.flick.width);
        verify(zoomOut.enabled);
        mouseClick(findChild(page, "zoomFitButton"));
        compare(picture.width, page.flick.width);

        // A hand-over arrives by sync: the picture asks for its new state.
        const before = picture.source.toString();
        verify(TestDb.applySyncedChange("UPDATE school_roles SET deputy = 'Noor Visser' WHERE name = 'Cultuurcoördinator'"));
        tryVerify(() => picture.source.toString() !== before);
        tryCompare(picture, "status", Image.Ready);
        TestDb.applySyncedChange("UPDATE school_roles SET deputy = '' WHERE name = 'Cultuurcoördinator'");
    }
}
