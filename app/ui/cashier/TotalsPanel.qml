import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The money of the sale at a glance: items, subtotal, discounts and tax in one line, the total in
// large type beneath.
Rectangle {
    id: root

    color: Theme.surface
    radius: 8
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    component Figure: ColumnLayout {
        property alias label: caption.text
        property alias value: amount.text
        property color valueColor: Theme.textColor

        spacing: 0
        Text {
            id: caption

            font.pixelSize: Theme.bodySize - 4
            color: Theme.mutedTextColor
        }
        Text {
            id: amount

            font.pixelSize: Theme.bodySize
            color: parent.valueColor
        }
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap * 2
            Figure {
                label: qsTr("Items")
                value: Till.itemCount
            }
            Figure {
                label: qsTr("Subtotal")
                value: Till.subtotalText
            }
            Figure {
                visible: Till.discountText !== ""
                label: qsTr("Discounts")
                value: Till.discountText
                valueColor: Theme.success
            }
            Figure {
                label: Till.taxLabel
                value: Till.taxText
            }
            Item { Layout.fillWidth: true }
        }
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Total")
                font.pixelSize: Theme.largeSize
                font.bold: true
                color: Theme.textColor
            }
            Text {
                objectName: "totalText"
                text: Till.totalText
                font.pixelSize: Theme.hugeSize
                font.bold: true
                color: Theme.textColor
            }
        }
    }
}
