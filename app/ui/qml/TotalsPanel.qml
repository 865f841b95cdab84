import QtQuick
import QtQuick.Layouts
import Omnitill.Cashier

// The money of the sale at a glance: subtotal, discounts, tax and the total in large type.
Rectangle {
    id: root

    color: Theme.surface
    radius: 8
    implicitHeight: grid.implicitHeight + 2 * Theme.gap

    GridLayout {
        id: grid

        anchors.fill: parent
        anchors.margins: Theme.gap
        columns: 2
        rowSpacing: 6

        Text { text: qsTr("Items"); font.pixelSize: Theme.bodySize; color: Theme.mutedTextColor }
        Text {
            Layout.alignment: Qt.AlignRight
            text: Till.itemCount
            font.pixelSize: Theme.bodySize
            color: Theme.textColor
        }
        Text { text: qsTr("Subtotal"); font.pixelSize: Theme.bodySize; color: Theme.mutedTextColor }
        Text {
            Layout.alignment: Qt.AlignRight
            text: Till.subtotalText
            font.pixelSize: Theme.bodySize
            color: Theme.textColor
        }
        Text {
            visible: Till.discountText !== ""
            text: qsTr("Discounts")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedTextColor
        }
        Text {
            visible: Till.discountText !== ""
            Layout.alignment: Qt.AlignRight
            text: Till.discountText
            font.pixelSize: Theme.bodySize
            color: Theme.success
        }
        Text { text: Till.taxLabel; font.pixelSize: Theme.bodySize; color: Theme.mutedTextColor }
        Text {
            Layout.alignment: Qt.AlignRight
            text: Till.taxText
            font.pixelSize: Theme.bodySize
            color: Theme.textColor
        }
        Text {
            text: qsTr("Total")
            font.pixelSize: Theme.largeSize
            font.bold: true
            color: Theme.textColor
        }
        Text {
            objectName: "totalText"
            Layout.alignment: Qt.AlignRight
            text: Till.totalText
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.textColor
        }
    }
}
