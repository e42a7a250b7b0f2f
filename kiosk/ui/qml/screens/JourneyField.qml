// One text-like input of the form: the Pinyin keyboard for words, digits for numbers, IDs and phones.
import QtQuick
import QtQuick.Controls
import "../components"

TextField {
    id: field
    property string kind: "text"   // text | address | number | phone | id_number | date
    property string label: ""
    signal edited(string value)
    width: parent ? parent.width : 400
    height: app.t.target
    font.pixelSize: app.t.body
    color: app.t.text
    placeholderTextColor: app.t.muted
    placeholderText: kind === "date" ? qsTr("YYYY-MM-DD") : kind === "phone" ? qsTr("Mobile or landline") : ""
    inputMethodHints: kind === "number" ? Qt.ImhFormattedNumbersOnly
        : kind === "phone" ? Qt.ImhDialableCharactersOnly
        : kind === "id_number" ? (Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText)
        : kind === "date" ? Qt.ImhDate
        : Qt.ImhNoPredictiveText
    onTextEdited: field.edited(text)
    background: Rectangle {
        radius: app.t.radius; color: app.t.surface
        border.width: field.activeFocus ? app.t.focusWidth : app.t.borderWidth
        border.color: field.activeFocus ? app.t.focus : app.t.border
    }
    ContextMenu.menu: null
    Accessible.role: Accessible.EditableText
    Accessible.name: label
}
