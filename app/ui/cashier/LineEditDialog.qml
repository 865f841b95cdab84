import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// What a cashier may change on a line, or on the whole basket (lineId 0): a new price with its reason
// (a supervisor approves it when the cashier's role may not), or a percent off.
Popup {
    id: root

    property int lineId: 0
    property string lineName

    function edit(id, name) {
        lineId = id
        lineName = name
        price.text = ""
        percent.text = ""
        reason.text = ""
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - 2 * Theme.gap, 480) : 480
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
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize + 2
            placeholderText: qsTr("Reason (damaged, price match, staff, ...)")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.lineId !== 0
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
            TextField {
                id: percent

                objectName: "linePercentField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.bodySize + 2
                placeholderText: qsTr("Percent off")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            TouchButton {
                text: qsTr("Apply discount")
                onClicked: if (Till.discountPercent(root.lineId, percent.text, reason.text)) root.close()
            }
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
