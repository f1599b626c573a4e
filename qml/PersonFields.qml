// The fields of one of my own partners, filled once from a PersonEditor (what is stored,
// or what a scanned card says) and handed back in one values() map to its save. Used by
// the person editor and the scan confirmation.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KorteLijn

ColumnLayout {
    id: form

    required property PersonEditor editor
    // The fields in the order a person fills them in.
    readonly property var fields: [givenField, familyField, organisationField, functionField, mobileField,
        whatsappField, landlineField, emailField]
    readonly property bool dirty: {
        for (let i = 0; i < drafts.length; ++i) {
            if (drafts[i].dirty)
                return true;
        }
        return false;
    }
    readonly property list<Draft> drafts: [
        Draft { field: givenField; stored: form.editor.givenName },
        Draft { field: familyField; stored: form.editor.familyName },
        Draft { field: organisationField; stored: form.editor.organisationName },
        Draft { field: functionField; stored: form.editor.functionTitle },
        Draft { field: mobileField; stored: form.editor.mobile },
        Draft { field: whatsappField; stored: form.editor.whatsapp },
        Draft { field: landlineField; stored: form.editor.landline },
        Draft { field: emailField; stored: form.editor.email }
    ]

    function values() {
        let out = {};
        for (const f of fields)
            out[f.field] = f.text;
        return out;
    }
    // Shows what is stored again, dropping what was typed.
    function reload() {
        for (let i = 0; i < drafts.length; ++i)
            drafts[i].load();
    }

    spacing: 4

    component Field: TextField {
        Layout.minimumHeight: Theme.touch
        property string field
        // The label above the field; also its accessible name.
        property string label
        // The caption above names the field; a placeholder repeating it only got cut off.
        Accessible.name: label
        Layout.fillWidth: true
        Material.accent: form.editor.errorField === field ? Material.Red : form.Material.accent
        onTextEdited: if (form.editor.errorField === field) form.editor.clearError()
    }
    component Caption: Label {
        font.pixelSize: Theme.small
        opacity: 0.7
        wrapMode: Text.Wrap
        Accessible.ignored: true
        Layout.fillWidth: true
        Layout.topMargin: 8
    }

    Caption { text: givenField.label }
    Field { id: givenField; objectName: "givenName"; field: "givenName"; label: qsTr("First name") }
    Caption { text: familyField.label }
    Field { id: familyField; objectName: "familyName"; field: "familyName"; label: qsTr("Last name") }
    Caption { text: organisationField.label }
    Field {
        id: organisationField
        objectName: "organisationName"
        field: "organisationName"
        label: qsTr("Organisation (optional)")
    }
    Caption { text: functionField.label }
    Field {
        id: functionField
        objectName: "functionTitle"
        field: "functionTitle"
        label: qsTr("Role, e.g. remedial teacher (optional)")
    }
    Caption { text: mobileField.label }
    Field {
        id: mobileField
        objectName: "mobile"
        field: "mobile"
        label: qsTr("Mobile number")
        inputMethodHints: Qt.ImhDialableCharactersOnly
    }
    Caption { text: whatsappField.label }
    Field {
        id: whatsappField
        objectName: "whatsapp"
        field: "whatsapp"
        label: qsTr("WhatsApp number, if not the mobile number")
        inputMethodHints: Qt.ImhDialableCharactersOnly
    }
    Caption { text: landlineField.label }
    Field {
        id: landlineField
        objectName: "landline"
        field: "landline"
        label: qsTr("Landline")
        inputMethodHints: Qt.ImhDialableCharactersOnly
    }
    Caption { text: emailField.label }
    Field {
        id: emailField
        objectName: "email"
        field: "email"
        label: qsTr("E-mail")
        inputMethodHints: Qt.ImhEmailCharactersOnly
    }
}
