// What a teacher typed into one field, kept apart from what is stored. The stored value is
// copied into the field when the page opens, and again only while the field holds no
// unsaved edit (a sync or reload then shows the new value); a field being edited keeps
// its text through reloads, syncs, language and theme switches. Nothing is written back
// from here: the page hands the fields' texts to its editor's save in one call.
import QtQml

QtObject {
    id: draft

    // The field (TextField or TextArea) this draft belongs to.
    required property var field
    // What is stored now; the page binds this to its editor (read-only there).
    property string stored
    // The stored value the field's text is compared with.
    property string baseline
    readonly property bool dirty: field !== null && field.text !== baseline

    // Shows the stored value, dropping any edit (after a save, or on "discard").
    function load() {
        baseline = stored;
        show();
    }
    // The start of a long value is what identifies it, so the field shows that.
    function show() {
        if (!field)
            return;
        field.text = stored;
        field.cursorPosition = 0;
    }

    onStoredChanged: {
        const editing = dirty;
        baseline = stored;
        if (!editing)
            show();
    }
    Component.onCompleted: load()
}
