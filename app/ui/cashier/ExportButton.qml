import QtQuick
import Omnitill.Controls
import Omnitill.Cashier

// "Export CSV" under a table: writes the table's model, the columns given, to the store's export folder
// (Exports says where, on the back office's footer).
TouchButton {
    property var table: null       // a list model with role names
    property var columns: []       // [{role: "label", header: qsTr("Item")}, ...]
    property string name: "table"  // the file's name before its time: "top-items"

    text: qsTr("Export CSV")
    tint: Theme.border
    labelColor: Theme.textColor
    onClicked: Exports.csv(table, columns, name)
}
