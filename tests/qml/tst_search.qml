import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Search"
    when: windowShown
    width: 390
    height: 844

    Component { id: homeComponent; HomePage { width: 390; height: 844 } }

    function test_typingNarrowsTheList() {
        const page = createTemporaryObject(homeComponent, testCase.parent);
        verify(page);
        compare(page.searchResults.count, 0);
        page.searchField.forceActiveFocus();
        keyClick(Qt.Key_O);
        const broad = page.searchResults.count;
        verify(broad > 5, "one letter finds many partners: " + broad);
        for (const key of [Qt.Key_Z, Qt.Key_T, Qt.Key_U, Qt.Key_R, Qt.Key_K])
            keyClick(key);
        compare(page.searchField.text, "ozturk");
        verify(page.searchResults.count >= 1);
        verify(page.searchResults.count < broad);
        // Diacritics-blind: "ozturk" finds Öztürk first.
        compare(page.searchResults.data(page.searchResults.index(0, 0), SearchModel.TitleRole), "Ayşe Öztürk");
        keyClick(Qt.Key_Q);
        compare(page.searchResults.count, 0);
        page.search("");
        compare(page.searchResults.count, 0);
    }
}
