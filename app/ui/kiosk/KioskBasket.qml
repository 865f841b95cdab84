import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The shopper's basket, on every step: each line with its price, what the basket saves, and the total.
ColumnLayout {
    id: root

    // In staff mode each line can be voided.
    property bool editable: false

    signal removeRequested(int lineId)

    spacing: Theme.gap

    CartView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: Till.cart
        editable: root.editable
        onRemoveRequested: lineId => root.removeRequested(lineId)
    }
    Text {
        objectName: "kioskSavings"
        Layout.fillWidth: true
        visible: Till.discountText !== ""
        text: qsTr("You save %1").arg(Till.discountText)
        color: Theme.success
        font.pixelSize: Theme.largeSize
        font.bold: true
    }
    TotalsPanel {
        Layout.fillWidth: true
    }
}
