import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Taking payment: what is due, one-touch cash amounts (exact and the next notes up), an amount typed on the
// keypad paid in cash or by card (part of the balance: split tender), the card terminal's progress while the
// customer is at it. Once the sale is paid it shows the change in large type, the way to e-mail the receipt to
// the customer, and the way to the next customer.
Item {
    id: root

    // Payment is taken until the sale is paid, and not at all when an exchange's credit covers it; nothing
    // else while the customer is at the card terminal.
    readonly property bool takingCash: !Till.finished && !Exchange.canComplete && !CardPayment.busy

    signal done

    function payExact() {
        if (Exchange.canComplete)
            Exchange.complete()
        else if (Till.hasItems && !Till.finished)
            Till.payCash("")
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            id: rows

            Layout.fillWidth: true
            spacing: Theme.gap

            ExchangeTender {
                Layout.fillWidth: true
            }
            StoredValueTender {
                Layout.fillWidth: true
            }
            Text {
                visible: root.takingCash
                text: qsTr("Cash due: %1").arg(Till.cashDueText)
                font.pixelSize: Theme.largeSize
                color: Theme.textColor
            }
            // A Row, not a RowLayout: Qt 6.4 frees a Repeater's old delegates under a Layout that still measures them
            // (a crash on a language switch).
            Row {
                id: suggestions

                visible: root.takingCash
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                Repeater {
                    id: suggestionButtons

                    model: Till.cashSuggestions
                    TouchButton {
                        required property string modelData
                        width: (suggestions.width - suggestions.spacing * (suggestionButtons.count - 1))
                               / Math.max(1, suggestionButtons.count)
                        text: modelData
                        font.pixelSize: Theme.bodySize - 2
                        enabled: Till.hasItems
                        onClicked: Till.payCash(modelData)
                    }
                }
            }
            RowLayout {
                visible: root.takingCash
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                TextField {
                    id: tendered

                    objectName: "tenderedField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.minimumTouch
                    font.pixelSize: Theme.largeSize
                    placeholderText: qsTr("Amount received")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onAccepted: payButton.clicked()
                }
                TouchButton {
                    id: payButton

                    text: qsTr("Pay cash")
                    enabled: Till.hasItems
                    tint: Theme.success
                    onClicked: {
                        if (Till.payCash(tendered.text))
                            tendered.text = ""
                    }
                }
                TouchButton {
                    objectName: "cardButton"
                    text: CardPayment.integrated ? qsTr("Card") : qsTr("Card (own terminal)")
                    enabled: Till.hasItems
                    onClicked: {
                        if (CardPayment.pay(tendered.text))
                            tendered.text = ""
                    }
                }
            }
            CardTerminalStatus {
                Layout.fillWidth: true
            }
            CashReceiptRequest {
                Layout.fillWidth: true
            }
            Text {
                // An exchange that refunds shows its refund (ExchangeTender) instead of a change of nothing, and
                // a sale paid without cash (card, gift card) has no change to show.
                visible: Till.finished && Till.cashTendered && Exchange.refundText === ""
                objectName: "changeText"
                text: qsTr("Change: %1").arg(Till.changeText)
                font.pixelSize: Theme.hugeSize
                font.bold: true
                color: Theme.success
            }
            ReceiptMailForm {
                Layout.fillWidth: true
            }
            TouchButton {
                visible: Till.finished
                Layout.fillWidth: true
                text: qsTr("Next customer")
                onClicked: {
                    Till.newSale()
                    root.done()
                }
            }
        }
        // The keypad only where it fits below the ways to pay (a small screen types amounts on a keyboard or
        // takes the one-touch amounts), so no row is ever cut off.
        NumericKeypad {
            visible: root.takingCash && root.height - rows.implicitHeight - Theme.gap >= implicitHeight
            Layout.fillWidth: true
            onDigit: digits => tendered.text += digits
            onErase: tendered.text = tendered.text.slice(0, -1)
            onClear: tendered.text = ""
        }
        Item { Layout.fillHeight: true }
    }
}
