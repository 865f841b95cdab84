import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A return against a receipt: scan its QR code or type its number, choose what comes back, refund.
// The till refunds what was paid for those units, to the original payments.
Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
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

                text: qsTr("Find")
                onClicked: if (Returns.load(receipt.text)) receipt.text = ""
            }
        }
        Text {
            visible: Returns.loaded
            text: Returns.receiptTitle
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.textColor
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
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
                    implicitWidth: Theme.minimumTouch
                    text: "+"
                    enabled: parent.returnable
                    onClicked: Returns.change(parent.index, 1)
                }
            }
        }
        CheckBox {
            visible: Returns.loaded
            text: qsTr("Back to stock")
            checked: Returns.restock
            onToggled: Returns.restock = checked
        }
        TouchButton {
            objectName: "refundButton"
            Layout.fillWidth: true
            visible: Returns.loaded
            text: qsTr("Refund")
            tint: Theme.danger
            onClicked: Returns.refund()
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
