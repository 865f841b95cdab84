import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Credit that pays the sale besides money: an exchange's credit (with what it leaves to refund, and
// the way to finish when it covers the sale) and a store credit receipt, scanned or typed.
ColumnLayout {
    id: root

    spacing: Theme.gap / 2

    Text {
        objectName: "exchangeCreditText"
        Layout.fillWidth: true
        visible: Exchange.active
        text: Exchange.creditText
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.success
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "exchangeRefundText"
        Layout.fillWidth: true
        visible: Exchange.active && Exchange.refundText !== ""
        text: Exchange.refundText
        font.pixelSize: Theme.largeSize
        color: Theme.danger
        wrapMode: Text.Wrap
    }
    TouchButton {
        objectName: "completeExchangeButton"
        Layout.fillWidth: true
        visible: Exchange.canComplete
        text: qsTr("Complete exchange")
        tint: Theme.success
        onClicked: Exchange.complete()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: Till.hasItems && !Till.finished && !Exchange.canComplete
        spacing: Theme.gap / 2
        TextField {
            id: credit

            objectName: "storeCreditField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            placeholderText: qsTr("Store credit QR or number")
            onAccepted: creditButton.clicked()
        }
        TouchButton {
            id: creditButton

            objectName: "storeCreditButton"
            text: qsTr("Pay with credit")
            enabled: credit.text.trim() !== ""
            onClicked: if (Exchange.spendStoreCredit(credit.text)) credit.text = ""
        }
    }
    Text {
        Layout.fillWidth: true
        visible: Exchange.message !== ""
        text: Exchange.message
        color: Exchange.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize - 2
        wrapMode: Text.Wrap
    }
}
