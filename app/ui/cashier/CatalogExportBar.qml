import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Under the catalog's product list: every product (not only the rows scrolled so far) exported as CSV in the
// import's own format, off the screen's thread, with a progress bar and a cancel that leaves no file; then how
// many products went where, or why none did.
ColumnLayout {
    id: root

    spacing: Theme.gap / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2

        ExportButton {
            objectName: "catalogExport"
            visible: !Catalog.exporting
            name: "catalog"
            writeFile: path => Catalog.exportCsv(path)
        }
        ProgressBar {
            objectName: "catalogExportProgress"
            Layout.fillWidth: true
            visible: Catalog.exporting
            value: Catalog.exportProgress
        }
        TouchButton {
            objectName: "catalogCancelExportButton"
            visible: Catalog.exporting
            text: qsTr("Cancel")
            tint: Theme.danger
            onClicked: Catalog.cancelExport()
        }
        Text {
            objectName: "catalogExportResult"
            Layout.fillWidth: true
            visible: !Catalog.exporting
            text: Catalog.exportResult || qsTr("The whole catalog, in the format the import reads")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize - 4
            font.bold: Catalog.exportResult !== ""
            color: Catalog.exportResult === "" ? Theme.mutedTextColor
                                               : Catalog.exportFailed ? Theme.danger : Theme.success
        }
    }
}
