import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Paying: by card on the terminal beside the screen, or with a gift card (swiped) or the member's store
// credit. The kiosk takes no cash. What the terminal says shows here while it works.
KioskStep {
    id: root

    Text {
        Layout.fillWidth: true
        text: Till.paying ? qsTr("Still to pay: %1").arg(Till.cashDueText) : qsTr("How would you like to pay?")
        font.pixelSize: Theme.hugeSize
        font.bold: true
        color: Theme.textColor
        wrapMode: Text.Wrap
    }
    TouchButton {
        objectName: "kioskPayCard"
        Layout.fillWidth: true
        implicitHeight: 110
        font.pixelSize: Theme.hugeSize
        text: qsTr("Card")
        enabled: !CardPayment.busy && !StoredValue.busy
        onClicked: CardPayment.pay("")
    }
    RowLayout {
        Layout.fillWidth: true
        visible: CardPayment.busy
        BusyIndicator { running: CardPayment.busy }
        Text {
            Layout.fillWidth: true
            // A terminal slow to answer: the kiosk asks it how the payment ended, and says so.
            objectName: "kioskCardWaiting"
            text: CardPayment.unanswered
                  ? qsTr("The terminal is slow: we are checking your payment. You will not be charged twice.")
                  : qsTr("Follow the instructions on the card terminal")
            font.pixelSize: Theme.largeSize
            color: Theme.textColor
            wrapMode: Text.Wrap
        }
    }
    Text {
        objectName: "kioskCardMessage"
        Layout.fillWidth: true
        visible: text !== "" && !CardPayment.busy
        text: CardPayment.message
        color: CardPayment.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    TouchButton {
        objectName: "kioskPayGiftCard"
        Layout.fillWidth: true
        implicitHeight: 88
        visible: StoredValue.hasGiftCard
        text: qsTr("Gift card %1").arg(StoredValue.giftCardText)
        tint: Theme.header
        enabled: !CardPayment.busy && !StoredValue.busy
        onClicked: StoredValue.payWithGiftCard("")
    }
    TouchButton {
        objectName: "kioskPayStoreCredit"
        Layout.fillWidth: true
        implicitHeight: 88
        visible: StoredValue.customerAttached && StoredValue.storeCreditText !== ""
        text: qsTr("Store credit %1").arg(StoredValue.storeCreditText)
        tint: Theme.header
        enabled: !CardPayment.busy && !StoredValue.busy
        onClicked: StoredValue.payWithStoreCredit("")
    }
    Text {
        Layout.fillWidth: true
        visible: !StoredValue.hasGiftCard
        text: qsTr("Gift card? Swipe it on the card reader.")
        font.pixelSize: Theme.bodySize
        color: Theme.mutedTextColor
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        visible: StoredValue.message !== ""
        text: StoredValue.message
        color: StoredValue.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Item { Layout.fillHeight: true }
}
