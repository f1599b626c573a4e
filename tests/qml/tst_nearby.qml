import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Nearby"
    when: windowShown
    width: 390
    height: 844

    Component { id: nearbyComponent; NearbyPage { width: 390; height: 844 } }

    function firstName(page) {
        return page.nearbyModel.data(page.nearbyModel.index(0, 0), NearbyModel.NameRole);
    }

    function test_listsByDistanceFromTheChosenLocation() {
        const page = createTemporaryObject(nearbyComponent, testCase.parent);
        verify(page);
        verify(page.nearbyModel.count >= 8);
        // Fresh install, nothing chosen: measured from the school's first location.
        compare(Here.chosenLocationId, "");
        compare(page.basisLabel.text, "Afstanden vanaf " + Here.locations[0].name + ".");
        waitForRendering(page);
        // Each row shows its distance, nearest first, in Dutch number format.
        let last = -1;
        for (let i = 0; i < page.nearbyModel.count; ++i) {
            const idx = page.nearbyModel.index(i, 0);
            const metres = page.nearbyModel.data(idx, NearbyModel.MetresRole);
            verify(metres >= last);
            last = metres;
            verify(/^(\d+ m|\d+,\d km|\d+ km)$/.test(page.nearbyModel.data(idx, NearbyModel.DistanceRole)));
        }
        verify(page.list.count === page.nearbyModel.count);
    }

    function test_whereAmIWithoutPositionSaysWhatToDo() {
        const page = createTemporaryObject(nearbyComponent, testCase.parent);
        const before = firstName(page);
        const located = signalSpy.createObject(testCase, { target: Here, signalName: "located" });
        waitForRendering(page);
        compare(page.locateButton.text, "Waar ben ik?");
        mouseClick(page.locateButton);
        located.wait(5000);
        // No position on this machine: the chosen location, said in one line, no dialog.
        tryCompare(page.locateButton, "enabled", true);
        compare(Here.fromPosition, false);
        compare(page.basisLabel.text, "Afstanden vanaf " + Here.locations[0].name + ".");
        compare(firstName(page), before);
        // ... and, once, why and what to do, in Dutch.
        const problem = findChild(page, "positionProblem");
        verify(problem.visible);
        compare(problem.text, "Dit apparaat kan niet bepalen waar het is. "
                + (Here.locationName.length > 0 ? "Afstanden worden voorlopig gemeten vanaf " + Here.locationName + "."
                                               : "Afstanden worden gemeten vanaf de school.")
                + " Kies je schoollocatie bij Instellingen.");
        located.destroy();
    }

    function test_choosingTheOtherLocationReorders() {
        const page = createTemporaryObject(nearbyComponent, testCase.parent);
        compare(Here.locations.length, 2);
        const [a, b] = Here.locations;
        Here.chosenLocationId = a.id;
        compare(Here.locationId, a.id);
        compare(page.basisLabel.text, "Afstanden vanaf " + a.name + ", je gekozen locatie.");
        const nearA = firstName(page);
        Here.chosenLocationId = b.id;
        compare(Here.locationId, b.id);
        compare(page.basisLabel.text, "Afstanden vanaf " + b.name + ", je gekozen locatie.");
        verify(firstName(page) !== nearA, "nearest partner differs between the two buildings");
        Here.chosenLocationId = ""; // back to a fresh install for the other tests
        compare(Here.locationId, "");
    }

    Component { id: signalSpy; SignalSpy {} }
}
