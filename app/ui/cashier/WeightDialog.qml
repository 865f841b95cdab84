import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A product sold by weight, picked from the grid: the cashier puts it on the scale and types what the
// display shows, in grams on the keypad (or "0.456" in kilograms on a keyboard).
Popup {
    id: root

    property int row: -1
    property string productName

    function ask(productRow, name) {
        row = productRow
        productName = name
        weight.text = ""
        open()
        weight.forceActiveFocus()
    }

    function add() {
        if (Till.addWeighed(root.row, weight.text))
            root.close()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - 2 * Theme.gap, 420) : 420
    padding: Theme.gap * 1.5
    background: Rectangle {
        radius: 12
        color: Theme.surface
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: root.productName
            font.pixelSize: Theme.largeSize
            font.bold: true
            color: Theme.textColor
            wrapMode: Text.Wrap
        }
        TextField {
            id: weight

            objectName: "weightField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.largeSize
            placeholderText: qsTr("Weight in grams")
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onAccepted: root.add()
        }
        NumericKeypad {
            Layout.fillWidth: true
            onDigit: digits => weight.text += digits
            onErase: weight.text = weight.text.slice(0, -1)
            onClear: weight.text = ""
        }
        Text {
            Layout.fillWidth: true
            visible: Till.messageIsError && root.opened
            text: Till.message
            color: Theme.danger
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Cancel")
                tint: Theme.border
                labelColor: Theme.textColor
                onClicked: root.close()
            }
            TouchButton {
                objectName: "addWeighedButton"
                Layout.fillWidth: true
                text: qsTr("Add")
                onClicked: root.add()
            }
        }
    }
}
