import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Paid: the receipt is printing; thanks, the points earned, and the kiosk clears itself for the next
// shopper after a few seconds (kiosk.goodbyeSeconds, counted again after each touch). A shopper known by the
// app's code may also have the receipt sent to the app.
Rectangle {
    id: root

    color: Theme.success

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.gap * 2

        Text {
            Layout.fillWidth: true
            text: qsTr("Thank you!")
            color: "white"
            font.pixelSize: Theme.hugeSize * 1.6
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Please take your receipt and your items.")
            color: "white"
            font.pixelSize: Theme.largeSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        TouchButton {
            objectName: "kioskSendToApp"
            Layout.alignment: Qt.AlignHCenter
            implicitHeight: 88
            visible: ReceiptMail.available
            enabled: !ReceiptMail.sentToApp
            text: qsTr("Send to my app")
            tint: Theme.header
            font.pixelSize: Theme.largeSize
            onClicked: ReceiptMail.sendToApp()
        }
        Text {
            objectName: "kioskAppReceiptMessage"
            Layout.fillWidth: true
            visible: text !== "" && ReceiptMail.sentToApp
            text: ReceiptMail.message
            color: "white"
            font.pixelSize: Theme.largeSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text !== ""
            text: StoredValue.earnedText
            color: "white"
            font.pixelSize: Theme.largeSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
