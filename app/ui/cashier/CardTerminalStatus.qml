import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// What the card terminal is doing with the payment: sent and waiting for the customer (with a way to cancel
// when they walk away), approved, declined and why. Hidden when there is nothing to say.
Rectangle {
    id: root

    visible: CardPayment.message !== ""
    implicitHeight: row.implicitHeight + Theme.gap
    radius: 6
    color: CardPayment.messageIsError ? Qt.lighter(Theme.danger, 1.8) : Theme.surface
    border.color: CardPayment.messageIsError ? Theme.danger : Theme.border

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: Theme.gap / 2

        BusyIndicator {
            visible: CardPayment.busy
            running: visible
            Layout.preferredWidth: Theme.minimumTouch
            Layout.preferredHeight: Theme.minimumTouch
        }
        Text {
            objectName: "cardMessage"
            Layout.fillWidth: true
            text: CardPayment.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: CardPayment.messageIsError ? Theme.danger : Theme.textColor
        }
        TouchButton {
            objectName: "cardCancelButton"
            visible: CardPayment.busy
            text: qsTr("Cancel at terminal")
            tint: Theme.danger
            onClicked: CardPayment.cancel()
        }
    }
}
