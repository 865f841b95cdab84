import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// "E-mail receipt" on the paid screen of a sale with a customer: the customer's e-mail on file prefilled, any
// other typed; or "Send to app", to the customer's app. The receipt is queued and goes when the central store
// answers, which the message follows.
ColumnLayout {
    id: root

    visible: ReceiptMail.available
    spacing: Theme.gap / 2

    onVisibleChanged: if (visible) address.text = ReceiptMail.email

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        TextField {
            id: address

            objectName: "receiptMailField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            placeholderText: qsTr("Customer's e-mail")
            inputMethodHints: Qt.ImhEmailCharactersOnly
            onAccepted: mailButton.clicked()
        }
        TouchButton {
            id: mailButton

            objectName: "receiptMailButton"
            text: qsTr("E-mail receipt")
            font.pixelSize: Theme.bodySize - 2
            onClicked: ReceiptMail.send(address.text)
        }
        TouchButton {
            objectName: "receiptAppButton"
            text: qsTr("Send to app")
            font.pixelSize: Theme.bodySize - 2
            enabled: !ReceiptMail.sentToApp
            onClicked: ReceiptMail.sendToApp()
        }
    }
    Text {
        objectName: "receiptMailMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: ReceiptMail.message
        color: ReceiptMail.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize - 2
        wrapMode: Text.Wrap
    }
}
