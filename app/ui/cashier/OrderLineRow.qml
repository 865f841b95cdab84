import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// One line of an online order: its name, what was ordered and done so far, and how many the cashier
// chooses (to hand over, or to take back), within what is available.
RowLayout {
    id: root

    property int row
    property string name
    property string detail
    property int available
    property int chosen

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Text {
            Layout.fillWidth: true
            text: root.name
            font.pixelSize: Theme.bodySize - 2
            color: Theme.textColor
            elide: Text.ElideRight
        }
        Text {
            Layout.fillWidth: true
            text: root.detail
            font.pixelSize: Theme.bodySize - 5
            color: Theme.mutedTextColor
            elide: Text.ElideRight
        }
    }
    TouchButton {
        implicitWidth: Theme.minimumTouch
        text: Theme.minusGlyph
        enabled: root.chosen > 0
        onClicked: OnlineOrders.change(root.row, -1)
    }
    Text {
        Layout.preferredWidth: Theme.minimumTouch
        horizontalAlignment: Text.AlignHCenter
        text: root.chosen + " / " + root.available
        font.pixelSize: Theme.bodySize - 2
        color: Theme.textColor
    }
    TouchButton {
        objectName: "orderLineMore_" + root.row
        implicitWidth: Theme.minimumTouch
        text: "+"
        enabled: root.chosen < root.available
        onClicked: OnlineOrders.change(root.row, 1)
    }
}
