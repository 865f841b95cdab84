import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The Korean cash receipt (현금영수증) on the Pay panel, in a store that sells in won only: income deduction
// (소득공제, a mobile or cash receipt card number) or expense proof (지출증빙, a business registration number),
// the number as the customer says it, and once taken the masked number the sale keeps, with a way to
// take it off again while the sale is open.
ColumnLayout {
    id: root

    // Expense proof chosen; income deduction, what most customers ask for, otherwise.
    property bool expenseProof: false

    visible: CashReceipt.offered && (CashReceipt.canRequest || CashReceipt.requested)
    spacing: Theme.gap / 2

    function send() {
        if (CashReceipt.request(root.expenseProof, number.text))
            number.text = ""
    }

    RowLayout {
        Layout.fillWidth: true
        visible: CashReceipt.canRequest
        spacing: Theme.gap / 2
        TouchButton {
            objectName: "cashReceiptIncomeButton"
            text: qsTr("Income deduction")
            font.pixelSize: Theme.bodySize - 2
            tint: root.expenseProof ? Theme.border : Theme.accent
            labelColor: root.expenseProof ? Theme.textColor : Theme.accentText
            onClicked: root.expenseProof = false
        }
        TouchButton {
            objectName: "cashReceiptExpenseButton"
            text: qsTr("Expense proof")
            font.pixelSize: Theme.bodySize - 2
            tint: root.expenseProof ? Theme.accent : Theme.border
            labelColor: root.expenseProof ? Theme.accentText : Theme.textColor
            onClicked: root.expenseProof = true
        }
        TextField {
            id: number

            objectName: "cashReceiptField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            placeholderText: root.expenseProof ? qsTr("Business number 000-00-00000")
                                               : qsTr("Mobile 010-0000-0000 or card number")
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onAccepted: root.send()
        }
        TouchButton {
            objectName: "cashReceiptButton"
            text: qsTr("Cash receipt")
            font.pixelSize: Theme.bodySize - 2
            enabled: number.text.trim() !== ""
            onClicked: root.send()
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: CashReceipt.requested
        spacing: Theme.gap / 2
        Text {
            objectName: "cashReceiptSummary"
            Layout.fillWidth: true
            text: CashReceipt.summary
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.success
            wrapMode: Text.Wrap
        }
        TouchButton {
            objectName: "cashReceiptRemoveButton"
            visible: CashReceipt.canRequest
            text: qsTr("Remove")
            font.pixelSize: Theme.bodySize - 2
            tint: Theme.border
            labelColor: Theme.textColor
            onClicked: CashReceipt.withdraw()
        }
    }
    Text {
        objectName: "cashReceiptMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: CashReceipt.message
        font.pixelSize: Theme.bodySize - 2
        color: Theme.danger
        wrapMode: Text.Wrap
    }
}
