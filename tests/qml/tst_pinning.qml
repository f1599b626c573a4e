import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Pinning"
    when: windowShown
    width: 390
    height: 844

    Component { id: linesComponent; LinesPage { width: 390; height: 844 } }
    Component { id: homeComponent; HomePage { width: 390; height: 844 } }

    function idAt(model, row) {
        return model.data(model.index(row, 0), QuickLineModel.IdRole);
    }

    function test_moveDownReordersHome() {
        const lines = createTemporaryObject(linesComponent, testCase.parent);
        const home = createTemporaryObject(homeComponent, testCase.parent, { visible: false });
        verify(lines && home);
        const first = idAt(home.pinnedLines, 0);
        const second = idAt(home.pinnedLines, 1);
        const button = findChild(lines, "moveDown0");
        verify(button, "the first pinned line has a move-down button");
        verify(button.enabled);
        waitForRendering(lines); // laid out, so the click lands on the button
        mouseClick(button);
        compare(idAt(lines.pinned, 0), second);
        compare(idAt(lines.pinned, 1), first);
        // The home screen follows without being reopened.
        tryCompare(home.pinnedLines, "count", lines.pinned.count);
        compare(idAt(home.pinnedLines, 0), second);
        compare(idAt(home.pinnedLines, 1), first);
        waitForRendering(lines);
        mouseClick(findChild(lines, "moveUp1"));
        compare(idAt(home.pinnedLines, 0), first);
    }

    function test_unpinRemovesFromHome() {
        const lines = createTemporaryObject(linesComponent, testCase.parent);
        const home = createTemporaryObject(homeComponent, testCase.parent, { visible: false });
        const before = home.pinnedLines.count;
        const id = idAt(home.pinnedLines, before - 1);
        verify(lines.all.setPinned(id, false));
        compare(home.pinnedLines.count, before - 1);
        verify(lines.all.setPinned(id, true));
        compare(home.pinnedLines.count, before);
        compare(idAt(home.pinnedLines, before - 1), id);
    }
}
