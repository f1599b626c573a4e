import QtQuick
import QtTest
import KorteLijn

TestCase {
    id: testCase
    name: "Flag"
    when: windowShown
    width: 390
    height: 844

    Component { id: partnerComponent; PartnerPage { width: 390; height: 844 } }
    Component { id: detailComponent; PartnerDetail { store: Store } }
    SearchModel { id: finder; store: Store; includeOrganisations: false }

    function cjgFunctionId() {
        finder.query = "schoolmaatschappelijk werker";
        for (let i = 0; i < finder.count; ++i) {
            if (finder.data(finder.index(i, 0), SearchModel.KindRole) === AppStore.Function)
                return finder.data(finder.index(i, 0), SearchModel.IdRole);
        }
        return "";
    }

    function test_reportingRecordsAFlag() {
        const id = cjgFunctionId();
        verify(id.length > 0);
        const page = createTemporaryObject(partnerComponent, testCase.parent, { kind: AppStore.Function, targetId: id });
        verify(page.detail.exists);
        const before = page.detail.openFlags;
        page.openFlagDialog();
        const send = findChild(page, "sendReport");
        verify(send, "the report dialog has a send button");
        tryCompare(send, "visible", true);
        mouseClick(send);
        compare(page.detail.openFlags, before + 1);
        // Stored, not just counted on screen: a fresh view of the partner sees it.
        const fresh = createTemporaryObject(detailComponent, testCase.parent, { kind: AppStore.Function, targetId: id });
        compare(fresh.openFlags, before + 1);
    }

    function test_otherNeedsAComment() {
        const id = cjgFunctionId();
        const page = createTemporaryObject(partnerComponent, testCase.parent, { kind: AppStore.Function, targetId: id });
        const before = page.detail.openFlags;
        verify(!page.detail.report(PartnerDetail.Other, ""));
        compare(page.detail.errorString, "Beschrijf kort wat er niet klopt.");
        compare(page.detail.openFlags, before);
    }
}
