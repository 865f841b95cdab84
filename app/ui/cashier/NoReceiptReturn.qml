import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A return without a receipt: the item's code, how many, back to stock or not, and why. It refunds
// store credit only, at the lowest price of the last 30 days, and takes a manager's approval when the
// cashier's role lacks it (the approval dialog opens by itself).
ColumnLayout {
    id: root

    spacing: Theme.gap / 2

    TextField {
        id: code

        objectName: "noReceiptCodeField"
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize + 2
        placeholderText: qsTr("Scan or type the item's code")
        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
    }
    RowLayout {
        Layout.fillWidth: true
        Text {
            text: qsTr("Quantity")
            font.pixelSize: Theme.bodySize
            color: Theme.textColor
        }
        TouchButton {
            implicitWidth: Theme.minimumTouch
            text: Theme.minusGlyph
            enabled: count.value > 1
            onClicked: count.value -= 1
        }
        Text {
            id: count

            property int value: 1

            objectName: "noReceiptCount"
            Layout.preferredWidth: Theme.minimumTouch
            horizontalAlignment: Text.AlignHCenter
            text: value
            font.pixelSize: Theme.bodySize
            color: Theme.textColor
        }
        TouchButton {
            objectName: "noReceiptMoreButton"
            implicitWidth: Theme.minimumTouch
            text: "+"
            onClicked: count.value += 1
        }
    }
    CheckBox {
        id: restock

        text: qsTr("Back to stock")
        checked: true
        implicitHeight: Theme.minimumTouch
    }
    ComboBox {
        id: reason

        objectName: "noReceiptReason"
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize
        // In the order of ReturnReason: damaged, wrong size, changed mind, other.
        model: [qsTr("Damaged"), qsTr("Wrong size"), qsTr("Changed mind"), qsTr("Other reason")]
        currentIndex: 2
    }
    TouchButton {
        objectName: "noReceiptRefundButton"
        Layout.fillWidth: true
        text: qsTr("Refund as store credit")
        tint: Theme.danger
        enabled: code.text.trim() !== ""
        onClicked: {
            if (Returns.returnWithoutReceipt(code.text, count.value, restock.checked, reason.currentIndex)) {
                code.text = ""
                count.value = 1
            }
        }
    }
}
