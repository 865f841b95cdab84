import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Paid: the receipt is printing; thanks, the points earned, and the kiosk clears itself for the next
// shopper after a few seconds (kiosk.goodbyeSeconds).
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
