import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A catalog file imported on the back office's catalog page: its path typed (the till ships without a file
// dialog module), a progress bar while it runs with a cancel that leaves the catalog as it was, then how many
// products came in or every refused row, "line 17: price: ...", so the file is fixed in one pass.
Rectangle {
    id: root

    color: Theme.surface
    border.color: Catalog.importFailed ? Theme.danger : Theme.border
    radius: 4
    implicitHeight: column.implicitHeight + Theme.gap

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 2

        Text {
            text: qsTr("Import a catalog file (CSV)")
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: path

                objectName: "catalogImportPath"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize - 3
                enabled: !Catalog.importing
                placeholderText: qsTr("/media/usb/catalog.csv")
                onAccepted: Catalog.importFile(text)
            }
            TouchButton {
                objectName: "catalogImportButton"
                visible: !Catalog.importing
                text: qsTr("Import")
                tint: Theme.header
                onClicked: Catalog.importFile(path.text)
            }
            TouchButton {
                objectName: "catalogCancelImportButton"
                visible: Catalog.importing
                text: qsTr("Cancel")
                tint: Theme.danger
                onClicked: Catalog.cancelImport()
            }
        }
        ProgressBar {
            objectName: "catalogImportProgress"
            Layout.fillWidth: true
            visible: Catalog.importing
            value: Catalog.importProgress
        }
        Text {
            objectName: "catalogImportResult"
            Layout.fillWidth: true
            visible: text !== ""
            text: Catalog.importResult
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize - 2
            font.bold: true
            color: Catalog.importFailed ? Theme.danger : Theme.success
        }
        ListView {
            objectName: "catalogImportErrors"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 240)
            visible: count > 0
            clip: true
            model: Catalog.importErrors
            ScrollBar.vertical: ScrollBar {}
            delegate: Text {
                required property string modelData

                width: ListView.view.width
                text: modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize - 4
                color: Theme.danger
            }
        }
    }
}
