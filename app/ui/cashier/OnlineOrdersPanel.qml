import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Online orders at the till. Without an order open: the pickups waiting at this store, searchable, each
// opened with a touch. An order opens from its QR code (scanned anywhere on the till), its number, the
// list, or the customer panel; then the cashier chooses what is handed over (the rest stays open or goes
// back to stock) or, for a return, what comes back and how it is refunded. The slip prints by itself and
// is shown here.
Item {
    id: root

    onVisibleChanged: if (visible && !OnlineOrders.loaded) OnlineOrders.refreshReady()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: reference

                objectName: "orderReferenceField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize
                placeholderText: qsTr("Order QR or number")
                onAccepted: findButton.clicked()
            }
            TouchButton {
                id: findButton

                objectName: "findOrderButton"
                text: qsTr("Find")
                enabled: !OnlineOrders.busy && reference.text !== ""
                onClicked: {
                    OnlineOrders.find(reference.text)
                    reference.text = ""
                }
            }
        }

        // The pickup list.
        RowLayout {
            Layout.fillWidth: true
            visible: !OnlineOrders.loaded
            TextField {
                objectName: "pickupFilterField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize - 2
                placeholderText: qsTr("Search waiting pickups")
                text: OnlineOrders.filter
                onTextEdited: OnlineOrders.filter = text
            }
            TouchButton {
                objectName: "refreshPickupsButton"
                text: qsTr("Refresh")
                tint: Theme.border
                labelColor: Theme.textColor
                enabled: !OnlineOrders.busy
                onClicked: OnlineOrders.refreshReady()
            }
        }
        ListView {
            objectName: "pickupList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !OnlineOrders.loaded
            clip: true
            spacing: 4
            model: OnlineOrders.readyOrders
            delegate: TouchButton {
                required property var modelData

                width: ListView.view.width
                text: modelData.number + "   " + modelData.summary
                tint: Theme.surface
                labelColor: Theme.textColor
                onClicked: OnlineOrders.find(modelData.number)
            }
        }
        Text {
            visible: !OnlineOrders.loaded && OnlineOrders.readyOrders.length === 0 && !OnlineOrders.busy
            text: qsTr("No order is waiting for pickup here")
            font.pixelSize: Theme.bodySize - 2
            color: Theme.mutedTextColor
        }

        // The order that is open.
        RowLayout {
            Layout.fillWidth: true
            visible: OnlineOrders.loaded
            Text {
                objectName: "orderTitle"
                Layout.fillWidth: true
                text: OnlineOrders.orderTitle
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.textColor
                elide: Text.ElideRight
            }
            TouchButton {
                text: qsTr("Close")
                tint: Theme.border
                labelColor: Theme.textColor
                onClicked: OnlineOrders.close()
            }
        }
        Text {
            Layout.fillWidth: true
            visible: OnlineOrders.loaded
            text: OnlineOrders.orderDetail
            font.pixelSize: Theme.bodySize - 4
            color: Theme.mutedTextColor
            wrapMode: Text.Wrap
        }
        TabBar {
            Layout.fillWidth: true
            visible: OnlineOrders.loaded
            currentIndex: OnlineOrders.returning ? 1 : 0
            TabButton {
                objectName: "orderPickupMode"
                text: qsTr("Pickup")
                implicitHeight: Theme.minimumTouch
                onClicked: OnlineOrders.returning = false
            }
            TabButton {
                objectName: "orderReturnMode"
                text: qsTr("Return")
                implicitHeight: Theme.minimumTouch
                onClicked: OnlineOrders.returning = true
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: OnlineOrders.loaded
            clip: true
            spacing: 4
            model: OnlineOrders.loaded ? OnlineOrders : null
            delegate: OrderLineRow {
                width: ListView.view.width
                row: model.index
                name: model.name
                detail: model.detail
                available: model.available
                chosen: model.chosen
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: OnlineOrders.loaded && !OnlineOrders.returning
            TouchButton {
                text: qsTr("All")
                tint: Theme.border
                labelColor: Theme.textColor
                onClicked: OnlineOrders.chooseAll()
            }
            TouchButton {
                objectName: "handOverKeepOpenButton"
                Layout.fillWidth: true
                visible: !OnlineOrders.reserveToTry
                text: qsTr("Hand over, rest waits")
                enabled: !OnlineOrders.busy
                onClicked: OnlineOrders.handOver(true)
            }
            TouchButton {
                objectName: "handOverCloseButton"
                Layout.fillWidth: true
                text: OnlineOrders.reserveToTry ? qsTr("Hand over, rest to stock") : qsTr("Hand over, close")
                enabled: !OnlineOrders.busy
                onClicked: OnlineOrders.handOver(false)
            }
        }
        Column { // one under the other: "To the original online payment" takes a whole row
            id: refunds

            Layout.fillWidth: true
            visible: OnlineOrders.loaded && OnlineOrders.returning
            spacing: Theme.gap / 2
            Repeater {
                // The labels are the till's words: read again when the language changes.
                model: Language.language ? OnlineOrders.refundMethods : []
                TouchButton {
                    required property var modelData

                    objectName: "refund_" + modelData.code
                    width: refunds.width
                    text: modelData.label
                    tint: Theme.danger
                    enabled: !OnlineOrders.busy
                    onClicked: OnlineOrders.takeBack(modelData.code)
                }
            }
        }
        ReceiptPreview {
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            visible: OnlineOrders.slipText !== ""
            text: OnlineOrders.slipText
        }
        Text {
            objectName: "ordersMessage"
            Layout.fillWidth: true
            visible: OnlineOrders.message !== ""
            text: OnlineOrders.message
            color: OnlineOrders.messageIsError ? Theme.danger : Theme.success
            font.pixelSize: Theme.bodySize - 2
            wrapMode: Text.Wrap
        }
    }
}
