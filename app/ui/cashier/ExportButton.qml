import QtQuick
import Omnitill.Controls
import Omnitill.Cashier

// "Export CSV" under a table: writes the table's model, the columns given, to the store's export folder
// (Exports says where, on the back office's footer). A table too big for its model (the whole catalog) gives
// writeFile instead, which is handed the new file's path and writes it off the screen's thread.
TouchButton {
    property var table: null       // a list model with role names
    property var columns: []       // [{role: "label", header: qsTr("Item")}, ...]
    property string name: "table"  // the file's name before its time: "top-items"
    property var writeFile: null   // function (path): writes the whole table to path itself

    text: qsTr("Export CSV")
    tint: Theme.border
    labelColor: Theme.textColor
    onClicked: {
        if (writeFile)
            writeFile(Exports.newFile(name, "csv"))
        else
            Exports.csv(table, columns, name)
    }
}
