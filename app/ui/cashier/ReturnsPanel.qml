import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Returns. With a receipt: scan its QR code or type its number, choose what comes back, then refund
// what was paid for those units to the original payments, or exchange them: their value pays the sale
// on screen. Without a receipt: store credit (NoReceiptReturn).
Item {
    id: root

    signal exchangeStarted

    // Ready for the receipt's QR code: a scan goes straight into the receipt field.
    function focusReceipt() {
        mode.currentIndex = 0
        receipt.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        TabBar {
            id: mode

            Layout.fillWidth: true
            TabButton { text: qsTr("With receipt"); implicitHeight: Theme.minimumTouch }
            TabButton { objectName: "noReceiptTab"; text: qsTr("No receipt"); implicitHeight: Theme.minimumTouch }
        }
        NoReceiptReturn {
            Layout.fillWidth: true
            visible: mode.currentIndex === 1
        }
        Item {
            Layout.fillHeight: true
            visible: mode.currentIndex === 1
        }
        RowLayout {
            Layout.fillWidth: true
            visible: mode.currentIndex === 0
            TextField {
                id: receipt

                objectName: "returnReceiptField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("Receipt QR or number")
                onAccepted: loadButton.clicked()
            }
            TouchButton {
                id: loadButton

                objectName: "findReceiptButton"
                text: qsTr("Find")
                onClicked: if (Returns.load(receipt.text)) receipt.text = ""
            }
        }
        Text {
            visible: Returns.loaded && mode.currentIndex === 0
            text: Returns.receiptTitle
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.textColor
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: mode.currentIndex === 0
            clip: true
            spacing: 4
            model: Returns
            delegate: RowLayout {
                required property int index
                required property string name
                required property string sold
                required property bool returnable
                required property string chosen

                width: ListView.view.width
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: parent.parent.name
                        font.pixelSize: Theme.bodySize - 2
                        color: Theme.textColor
                        elide: Text.ElideRight
                    }
                    Text {
                        text: parent.parent.sold
                        font.pixelSize: Theme.bodySize - 5
                        color: Theme.mutedTextColor
                    }
                }
                TouchButton {
                    implicitWidth: Theme.minimumTouch
                    text: Theme.minusGlyph
                    enabled: parent.returnable
                    onClicked: Returns.change(parent.index, -1)
                }
                Text {
                    Layout.preferredWidth: Theme.minimumTouch
                    horizontalAlignment: Text.AlignHCenter
                    text: parent.chosen
                    font.pixelSize: Theme.bodySize
                    color: Theme.textColor
                }
                TouchButton {
                    objectName: "returnMore_" + parent.index
                    implicitWidth: Theme.minimumTouch
                    text: "+"
                    enabled: parent.returnable
                    onClicked: Returns.change(parent.index, 1)
                }
            }
        }
        CheckBox {
            visible: Returns.loaded && mode.currentIndex === 0
            text: qsTr("Back to stock")
            checked: Returns.restock
            onToggled: Returns.restock = checked
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Returns.loaded && mode.currentIndex === 0
            TouchButton {
                objectName: "refundButton"
                Layout.fillWidth: true
                text: qsTr("Refund")
                tint: Theme.danger
                onClicked: Returns.refund()
            }
            TouchButton {
                objectName: "exchangeButton"
                Layout.fillWidth: true
                text: qsTr("Exchange")
                onClicked: if (Returns.exchange()) root.exchangeStarted()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: Returns.message !== ""
            text: Returns.message
            color: Returns.messageIsError ? Theme.danger : Theme.success
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
