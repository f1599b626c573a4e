import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Person"
    when: windowShown
    width: 390
    height: 844

    Component { id: editComponent; PersonEditPage { width: 390; height: 844 } }
    Component { id: networkComponent; MyNetworkPage { width: 390; height: 844 } }

    function test_badPhoneShowsDutchErrorAndStoresNothing() {
        const network = createTemporaryObject(networkComponent, testCase.parent);
        const before = network.mine.count;
        const page = createTemporaryObject(editComponent, testCase.parent);
        verify(page.editor.isNew);
        page.givenField.text = "Sanne";
        page.familyField.text = "Smit";
        page.organisationField.text = "Praktijk Smit";
        page.mobileField.text = "06-123";
        verify(!page.save());
        compare(page.editor.errorField, "mobile");
        verify(page.errorLabel.visible, "error shown: '" + page.errorLabel.text + "' " + page.editor.errorString);
        compare(page.errorLabel.text,
                "“06-123” is geen geldig telefoonnummer. Controleer de cijfers, bijvoorbeeld 06 12345678 of 020 1234567.");
        compare(network.mine.count, before);
        compare(page.editor.isNew, true);

        // Corrected, it saves and shows up in my network.
        page.mobileField.text = "06 12345678";
        verify(page.save());
        compare(page.errorLabel.visible, false);
        compare(network.mine.count, before + 1);
        verify(page.editor.remove());
        compare(network.mine.count, before);
    }
}
