import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// "Ship to home" in a line's edit dialog: the line goes to the attached customer as an online order, paid in this
// sale (endless aisle). The address on file at the central store is offered to confirm; another can be typed.
// Refusals (no customer, no address, a line that cannot ship) come from ShipToHome in the cashier's words.
ColumnLayout {
    id: root

    property int lineId: 0

    signal shipped

    // The dialog opened on a line: its address afresh, no old outcome.
    function reset(id) {
        lineId = id
        ShipToHome.clearMessage()
        address.text = ShipToHome.addressFor(id)
        address.cursorPosition = 0 // a long address shows from its start
    }

    spacing: Theme.gap / 2

    Text {
        Layout.fillWidth: true
        text: Customer.attached ? qsTr("Ship to home for %1: confirm the address or type another").arg(Customer.name)
                                : qsTr("Ship to home: identify the customer first")
        font.pixelSize: Theme.bodySize - 2
        color: Theme.mutedTextColor
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: address

            objectName: "shipAddressField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize
            maximumLength: 150
            placeholderText: qsTr("Delivery address")
            onAccepted: shipButton.clicked()
        }
        TouchButton {
            id: shipButton

            objectName: "shipToHomeButton"
            text: qsTr("Ship to home")
            onClicked: if (ShipToHome.ship(root.lineId, address.text)) root.shipped()
        }
    }
    Text {
        objectName: "shipToHomeMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: ShipToHome.message
        color: ShipToHome.messageIsError ? Theme.danger : Theme.success
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
