import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The customer of this sale: found by the app's QR code (scanned anywhere on the till) or by a loyalty or
// phone number typed here. Once found it shows who it is and what the store knows that matters now (sizes,
// wishlist, open service notes, online orders), so nobody explains themselves twice; and the sale's coupons
// with the customer's own to apply (CouponList).
Rectangle {
    id: root

    implicitHeight: column.implicitHeight + 2 * Theme.gap / 2
    radius: 8
    color: Customer.attached ? Theme.surface : "transparent"
    border.color: Customer.attached ? Theme.accent : "transparent"

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            visible: !Customer.attached
            TextField {
                id: number

                objectName: "customerNumberField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize
                placeholderText: qsTr("Customer: loyalty or phone number, or scan the app code")
                inputMethodHints: Qt.ImhDigitsOnly
                onAccepted: findButton.clicked()
            }
            TouchButton {
                id: findButton

                objectName: "customerFindButton"
                text: qsTr("Find customer")
                enabled: !Customer.busy && number.text !== ""
                onClicked: {
                    Customer.identify(number.text)
                    number.text = ""
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: Customer.attached
            Text {
                objectName: "customerSummary"
                Layout.fillWidth: true
                text: Customer.summary
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
                color: Theme.textColor
                elide: Text.ElideRight
            }
            TouchButton {
                text: qsTr("Remove customer")
                tint: Theme.border
                labelColor: Theme.textColor
                onClicked: Customer.detach()
            }
        }
        // A Column, not the layout's own rows: Qt 6.4 frees a Repeater's old delegates under a Layout that still
        // measures them (a crash on a language switch).
        Column {
            id: details

            Layout.fillWidth: true
            Repeater {
                model: Customer.attached ? Customer.details : []
                Text {
                    required property var modelData
                    width: details.width
                    text: modelData.text
                    font.pixelSize: Theme.bodySize - 2
                    font.bold: modelData.important
                    font.underline: modelData.order !== undefined
                    color: modelData.important ? Theme.danger : Theme.mutedTextColor
                    elide: Text.ElideRight
                    // An online order's line opens the order on the orders tab.
                    TapHandler {
                        enabled: parent.modelData.order !== undefined
                        onTapped: OnlineOrders.find(parent.modelData.order)
                    }
                }
            }
        }
        CouponList {
            Layout.fillWidth: true
        }
        Text {
            objectName: "customerMessage"
            Layout.fillWidth: true
            visible: Customer.message !== "" && (Customer.messageIsError || !Customer.attached)
            text: Customer.message
            font.pixelSize: Theme.bodySize - 2
            color: Customer.messageIsError ? Theme.danger : Theme.mutedTextColor
            wrapMode: Text.Wrap
        }
    }
}
