import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Identifying with the store's app: the shopper scans the app's QR code (member prices come onto the
// basket at once), then applies their coupons with one touch each, or scans a coupon's QR code.
KioskStep {
    id: root

    Text {
        Layout.fillWidth: true
        text: Customer.attached ? Customer.greeting : qsTr("Show the QR code in your app to the scanner")
        font.pixelSize: Theme.hugeSize
        font.bold: true
        color: Theme.textColor
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: Customer.attached ? qsTr("Member prices apply. Touch a coupon to use it, or scan a coupon's QR code.")
                                : qsTr("Members get member prices, points and their coupons.")
        font.pixelSize: Theme.largeSize
        color: Theme.mutedTextColor
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "kioskIdentifyMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: Customer.message !== "" ? Customer.message : Till.message
        color: Customer.messageIsError || Till.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    CouponList {
        Layout.fillWidth: true
    }
    Item { Layout.fillHeight: true }
    TouchButton {
        objectName: "kioskIdentifyPay"
        Layout.fillWidth: true
        implicitHeight: 88
        font.pixelSize: Theme.largeSize
        text: qsTr("Pay %1").arg(Till.totalText)
        tint: Theme.success
        enabled: Till.hasItems
        onClicked: Kiosk.pay()
    }
}
