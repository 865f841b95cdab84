import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Scanning: the basket on the left; on the right what the last scan did, the unlabelled items to pick,
// and the way on: identify with the app, or pay.
KioskStep {
    id: root

    Text {
        Layout.fillWidth: true
        text: qsTr("Scan your items")
        font.pixelSize: Theme.hugeSize
        font.bold: true
        color: Theme.textColor
    }
    Text {
        objectName: "kioskScanMessage"
        Layout.fillWidth: true
        text: Kiosk.message !== "" ? Kiosk.message : Till.message
        color: Kiosk.message !== "" || Till.messageIsError ? Theme.danger : Theme.mutedTextColor
        font.pixelSize: Theme.largeSize
        wrapMode: Text.Wrap
        maximumLineCount: 3
    }
    Text {
        Layout.fillWidth: true
        visible: Kiosk.picks.length > 0
        text: qsTr("No barcode? Touch the item:")
        font.pixelSize: Theme.bodySize
        color: Theme.textColor
    }
    KioskPicks {
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        TouchButton {
            objectName: "kioskIdentify"
            Layout.fillWidth: true
            implicitHeight: 72
            font.pixelSize: Theme.largeSize
            text: Customer.attached ? qsTr("Member: %1").arg(Customer.name) : qsTr("Member? Scan your app")
            tint: Theme.header
            onClicked: Kiosk.identify()
        }
        TouchButton {
            objectName: "kioskPay"
            Layout.fillWidth: true
            implicitHeight: 96
            font.pixelSize: Theme.hugeSize
            text: qsTr("Pay %1").arg(Till.totalText)
            tint: Theme.success
            enabled: Till.hasItems
            onClicked: Kiosk.pay()
        }
    }
}
