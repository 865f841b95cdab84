import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// "Sync catalog now" on the Sync page: pulls the catalog's changes (products, prices, promotions) from the
// central store now, shows the pages and changes kept as they come, and a Cancel that keeps every page already
// kept (the next pull goes on from there); then how it ended. The last pull table is read again at the end.
ColumnLayout {
    id: root

    spacing: Theme.gap / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2

        TouchButton {
            objectName: "catalogSyncButton"
            visible: !CatalogSync.pulling
            text: qsTr("Sync catalog now")
            tint: Theme.header
            onClicked: CatalogSync.syncNow()
        }
        ProgressBar {
            objectName: "catalogSyncProgress"
            Layout.fillWidth: true
            visible: CatalogSync.pulling
            indeterminate: true // the central store tells the pages one at a time, not how many follow
        }
        TouchButton {
            objectName: "catalogSyncCancelButton"
            visible: CatalogSync.pulling
            text: qsTr("Cancel")
            tint: Theme.danger
            onClicked: CatalogSync.cancel()
        }
        Text {
            objectName: "catalogSyncResult"
            Layout.fillWidth: true
            visible: !CatalogSync.pulling
            text: CatalogSync.result
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize - 3
            font.bold: true
            color: CatalogSync.failed ? Theme.danger : Theme.success
        }
    }
    Text {
        objectName: "catalogSyncProgressText"
        Layout.fillWidth: true
        visible: CatalogSync.pulling
        text: CatalogSync.progressText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize - 3
        color: Theme.textColor
    }
    Connections {
        target: CatalogSync
        function onChanged() {
            if (!CatalogSync.pulling)
                SyncOverview.refresh()
        }
    }
}
