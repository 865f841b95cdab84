import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// What a cashier may change on a line, or on the whole basket (lineId 0): a new price with its reason
// (a supervisor approves it when the cashier's role may not), a percent or an amount off (a manager
// approves one above the role's limit), and a note printed under the line. Once payment has started only
// the note can change. While the sale is open, a line can also be shipped to the customer's home.
Popup {
    id: root

    property int lineId: 0
    property string lineName
    readonly property bool pricesOpen: !Till.paying

    function edit(id, name, currentNote) {
        lineId = id
        lineName = name
        price.text = ""
        discount.text = ""
        reason.text = ""
        note.text = currentNote
        shipForm.reset(id)
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - 2 * Theme.gap, 520) : 520
    padding: Theme.gap * 1.5
    background: Rectangle {
        radius: 12
        color: Theme.surface
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: root.lineId === 0 ? qsTr("Discount on the whole basket") : root.lineName
            font.pixelSize: Theme.largeSize
            font.bold: true
            color: Theme.textColor
            wrapMode: Text.Wrap
        }
        TextField {
            id: reason

            objectName: "lineReasonField"
            Layout.fillWidth: true
            visible: root.pricesOpen
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize + 2
            placeholderText: qsTr("Reason (damaged, price match, staff, ...)")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.lineId !== 0 && root.pricesOpen
            TextField {
                id: price

                objectName: "linePriceField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("New unit price")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            TouchButton {
                text: qsTr("Change price")
                onClicked: if (Till.overridePrice(root.lineId, price.text, reason.text)) root.close()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.pricesOpen
            TextField {
                id: discount

                objectName: "lineDiscountField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("Discount")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            TouchButton {
                objectName: "percentOffButton"
                text: qsTr("% off")
                onClicked: if (Till.discountPercent(root.lineId, discount.text, reason.text)) root.close()
            }
            TouchButton {
                objectName: "amountOffButton"
                text: qsTr("Amount off")
                onClicked: if (Till.discountAmount(root.lineId, discount.text, reason.text)) root.close()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.lineId !== 0
            TextField {
                id: note

                objectName: "lineNoteField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                maximumLength: 200
                placeholderText: qsTr("Note printed under the line")
            }
            TouchButton {
                objectName: "saveNoteButton"
                text: qsTr("Save note")
                onClicked: if (Till.noteLine(root.lineId, note.text)) root.close()
            }
        }
        ShipToHomeForm {
            id: shipForm

            Layout.fillWidth: true
            visible: root.lineId !== 0 && root.pricesOpen
            onShipped: root.close()
        }
        Text {
            Layout.fillWidth: true
            visible: Till.messageIsError && root.opened
            text: Till.message
            color: Theme.danger
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        TouchButton {
            Layout.fillWidth: true
            text: qsTr("Close")
            tint: Theme.border
            labelColor: Theme.textColor
            onClicked: root.close()
        }
    }
}
