import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The coupons of the sale, under the customer: each one on the sale with what it saves, or why it saves
// nothing now (in red: the basket changed), and a button to take it off; then the attached customer's own
// coupons, each with a button that applies it as if its QR code had been scanned.
// A Column, not a ColumnLayout: Qt 6.4 frees a Repeater's old delegates under a Layout that still measures them (a
// crash on a language switch).
Column {
    id: root

    spacing: 2
    visible: Coupons.applied.length > 0 || Coupons.offered.length > 0

    Repeater {
        model: Coupons.applied
        RowLayout {
            required property var modelData
            width: root.width
            Text {
                Layout.fillWidth: true
                text: modelData.reason === ""
                      ? qsTr("Coupon %1 (%2): %3").arg(modelData.code).arg(modelData.text).arg(modelData.saving)
                      : qsTr("Coupon %1 saves nothing now: %2").arg(modelData.code).arg(modelData.reason)
                font.pixelSize: Theme.bodySize - 2
                color: modelData.reason === "" ? Theme.success : Theme.danger
                wrapMode: Text.Wrap
            }
            TouchButton {
                objectName: "couponRemove_" + modelData.code
                text: qsTr("Remove coupon")
                tint: Theme.border
                labelColor: Theme.textColor
                enabled: !Till.paying
                onClicked: Coupons.remove(modelData.code)
            }
        }
    }
    Repeater {
        model: Coupons.offered
        RowLayout {
            required property var modelData
            width: root.width
            Text {
                Layout.fillWidth: true
                text: qsTr("Customer's coupon %1: %2").arg(modelData.code).arg(modelData.text)
                font.pixelSize: Theme.bodySize - 2
                color: Theme.textColor
                elide: Text.ElideRight
            }
            TouchButton {
                objectName: "couponApply_" + modelData.code
                text: qsTr("Apply")
                enabled: !Coupons.busy && Till.hasItems && !Till.paying && modelData.token !== ""
                onClicked: Coupons.apply(modelData.token)
            }
        }
    }
}
