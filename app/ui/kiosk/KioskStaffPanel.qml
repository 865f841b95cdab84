import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Staff mode: the basket with a void button on each line, and the staff's actions (cancel the sale,
// reprint the last receipt, close the kiosk); a waiting request is resolved by leaving staff mode. Keys
// that leave the program work only here (KioskKeyGuard).
Rectangle {
    id: root

    objectName: "kioskStaffPanel"
    visible: Kiosk.staffMode
    color: Theme.background

    MouseArea {
        anchors.fill: parent
    }
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        KioskBasket {
            Layout.fillWidth: false
            Layout.preferredWidth: root.width * 0.55
            Layout.fillHeight: true
            editable: true
            onRemoveRequested: lineId => Kiosk.voidLine(lineId)
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                text: qsTr("Staff mode: %1").arg(Session.staffName)
                font.pixelSize: Theme.hugeSize
                font.bold: true
                color: Theme.textColor
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: Kiosk.waitingForStaff
                text: Kiosk.interventionText
                font.pixelSize: Theme.bodySize
                color: Theme.warning
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "kioskStaffMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: Kiosk.message !== "" ? Kiosk.message : Till.message
                color: Kiosk.message !== "" || Till.messageIsError ? Theme.danger : Theme.success
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            TouchButton {
                objectName: "kioskCancelSale"
                Layout.fillWidth: true
                text: qsTr("Cancel the sale")
                tint: Theme.danger
                enabled: Till.hasItems && !Till.finished
                onClicked: Kiosk.cancelSale()
            }
            TouchButton {
                objectName: "kioskReprint"
                Layout.fillWidth: true
                text: qsTr("Print the last receipt again")
                tint: Theme.header
                enabled: Till.canReprint
                onClicked: Kiosk.reprint()
            }
            Text {
                Layout.fillWidth: true
                text: Till.printerMessage
                font.pixelSize: Theme.bodySize
                color: Theme.mutedTextColor
                wrapMode: Text.Wrap
            }
            TouchButton {
                objectName: "kioskClose"
                Layout.fillWidth: true
                text: qsTr("Close the kiosk")
                tint: Theme.header
                onClicked: Kiosk.close()
            }
            Item { Layout.fillHeight: true }
            TouchButton {
                objectName: "kioskLeaveStaffMode"
                Layout.fillWidth: true
                text: qsTr("Back to the shopper")
                tint: Theme.success
                onClicked: Kiosk.leaveStaffMode()
            }
        }
    }
}
