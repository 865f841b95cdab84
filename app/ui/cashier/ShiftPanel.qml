import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The cash of the shift: X report, paid-in, paid-out, drop to the safe, no sale, and the blind close. The close
// asks for the counted cash before anything shows what was expected.
Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            TextField {
                id: amount

                objectName: "shiftAmountField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("Amount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            TextField {
                id: reason

                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("Reason")
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap / 2
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Paid in")
                onClicked: if (Shift.moveCash("paidIn", amount.text, reason.text)) amount.text = reason.text = ""
            }
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Paid out")
                onClicked: if (Shift.moveCash("paidOut", amount.text, reason.text)) amount.text = reason.text = ""
            }
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Drop to safe")
                onClicked: if (Shift.moveCash("drop", amount.text, reason.text)) amount.text = reason.text = ""
            }
            TouchButton {
                objectName: "noSaleButton"
                Layout.fillWidth: true
                text: qsTr("No sale (open drawer)")
                onClicked: if (Shift.openDrawer(reason.text)) reason.text = ""
            }
            TouchButton {
                objectName: "xReportButton"
                Layout.fillWidth: true
                text: qsTr("X report")
                tint: Theme.header
                onClicked: Shift.showXReport()
            }
            TouchButton {
                objectName: "closeShiftButton"
                Layout.fillWidth: true
                text: qsTr("Close shift with counted cash")
                tint: Theme.danger
                onClicked: if (Shift.closeShift(amount.text)) amount.text = ""
            }
        }
        Text {
            objectName: "shiftMessage"
            Layout.fillWidth: true
            visible: Shift.message !== ""
            text: Shift.message
            color: Shift.messageIsError ? Theme.danger : Theme.success
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ReceiptPreview {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: Shift.reportText
        }
    }
}
