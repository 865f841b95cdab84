import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A step of the shopper's flow while they have a basket: the basket on the left half, always in view,
// and the step's own content in a column on the right.
RowLayout {
    id: root

    default property alias content: column.data

    spacing: Theme.gap

    KioskBasket {
        Layout.fillWidth: false // half the screen, whatever the other half holds
        Layout.preferredWidth: root.width * 0.5
        Layout.fillHeight: true
        Layout.margins: Theme.gap
    }
    ColumnLayout {
        id: column

        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Theme.gap
        spacing: Theme.gap
    }
}
