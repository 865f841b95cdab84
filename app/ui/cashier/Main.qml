import QtQuick
import QtQuick.Controls
import Omnitill.Controls
import Omnitill.Cashier

// The till's window: the cashier screen, full size, at the touchscreen's usual 1280 × 800.
ApplicationWindow {
    id: root

    width: 1280
    height: 800
    visible: true
    title: qsTr("Omnitill — %1").arg(Till.storeName)
    color: Theme.background

    CashierScreen {
        anchors.fill: parent
    }
}
