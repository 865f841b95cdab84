import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Paying with balances the central store holds: the customer's points and store credit, and a gift card
// typed, scanned or swiped. Each button shows its balance; choosing one fills in what it would pay (its
// balance, at most what is due), which the cashier may lower before paying. Split tender: what is left is
// paid with cash, a card, or another balance.
ColumnLayout {
    id: root

    // "points", "storeCredit", "giftCard", or "" while none is chosen.
    property string method: ""

    function choose(chosen) {
        root.method = chosen
        amount.text = chosen === "points" ? StoredValue.pointsAmount
                    : chosen === "storeCredit" ? StoredValue.storeCreditAmount
                    : StoredValue.giftCardAmount
    }

    function pay() {
        let paid = false
        if (root.method === "points")
            paid = StoredValue.payWithPoints(amount.text)
        else if (root.method === "storeCredit")
            paid = StoredValue.payWithStoreCredit(amount.text)
        else if (root.method === "giftCard")
            paid = StoredValue.payWithGiftCard(amount.text)
        if (paid)
            amount.text = ""
    }

    visible: StoredValue.available
    spacing: Theme.gap / 2

    Connections {
        target: StoredValue
        // A swiped card, or a balance that came in, fills in the amount of the method on screen.
        function onChanged() {
            if (root.method !== "" && amount.text === "" && !StoredValue.busy)
                root.choose(root.method)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap / 2

        TouchButton {
            objectName: "pointsTenderButton"
            Layout.fillWidth: true
            implicitWidth: 60
            enabled: StoredValue.customerAttached
            tint: root.method === "points" ? Theme.success : Theme.accent
            text: StoredValue.pointsText === "" ? qsTr("Points") : qsTr("Points") + "\n" + StoredValue.pointsText
            font.pixelSize: Theme.bodySize - 2
            onClicked: root.choose("points")
        }
        TouchButton {
            objectName: "storeCreditTenderButton"
            Layout.fillWidth: true
            implicitWidth: 60
            enabled: StoredValue.customerAttached
            tint: root.method === "storeCredit" ? Theme.success : Theme.accent
            text: StoredValue.storeCreditText === "" ? qsTr("Store credit")
                                                     : qsTr("Store credit") + "\n" + StoredValue.storeCreditText
            font.pixelSize: Theme.bodySize - 2
            onClicked: root.choose("storeCredit")
        }
        TouchButton {
            objectName: "giftCardTenderButton"
            Layout.fillWidth: true
            implicitWidth: 60
            tint: root.method === "giftCard" ? Theme.success : Theme.accent
            text: StoredValue.giftCardText === "" ? qsTr("Gift card") : qsTr("Gift card") + "\n" + StoredValue.giftCardText
            font.pixelSize: Theme.bodySize - 2
            onClicked: root.choose("giftCard")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.method === "giftCard"
        spacing: Theme.gap / 2

        TextField {
            id: cardNumber

            objectName: "giftCardNumberField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            placeholderText: qsTr("Gift card number")
            inputMethodHints: Qt.ImhDigitsOnly
            onAccepted: lookUp.clicked()
        }
        TouchButton {
            id: lookUp

            objectName: "giftCardLookUpButton"
            text: qsTr("Balance")
            enabled: cardNumber.text.trim() !== ""
            onClicked: {
                amount.text = ""
                StoredValue.useGiftCard(cardNumber.text)
                cardNumber.text = ""
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.method !== ""
        spacing: Theme.gap / 2

        TextField {
            id: amount

            objectName: "storedValueAmountField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            placeholderText: qsTr("Amount")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: payButton.clicked()
        }
        TouchButton {
            id: payButton

            objectName: "storedValuePayButton"
            text: qsTr("Pay")
            tint: Theme.success
            enabled: amount.text.trim() !== "" && !StoredValue.busy
            onClicked: root.pay()
        }
    }
    Text {
        objectName: "storedValueMessage"
        Layout.fillWidth: true
        visible: StoredValue.message !== ""
        text: StoredValue.message
        color: StoredValue.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize - 2
        wrapMode: Text.Wrap
    }
}
