import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The lines of the sale, newest at the bottom and always in view; a line can be tapped to edit it, or
// removed, until the sale is finished (once payment has started, removing asks a supervisor). A line shipped to
// the customer's home says so.
Rectangle {
    id: root

    property alias model: list.model
    property bool editable: true

    signal removeRequested(int lineId)
    signal editRequested(int lineId, string name, string note)

    color: Theme.surface
    radius: 8

    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No items yet: scan the first one")
        color: Theme.mutedTextColor
        font.pixelSize: Theme.largeSize
    }

    ListView {
        id: list

        anchors.fill: parent
        anchors.margins: 4
        clip: true
        onCountChanged: positionViewAtEnd()

        delegate: Rectangle {
            id: line

            required property int index
            required property int lineId
            required property string name
            required property string quantity
            required property string unitPrice
            required property string amount
            required property string discount
            required property string note
            required property string cashierNote

            width: ListView.view.width
            height: Math.max(Theme.minimumTouch + 8, column.implicitHeight + 16)
            color: index % 2 ? Theme.background : Theme.surface

            // A tap on the line (not on its remove button) opens its price and discount.
            TapHandler {
                enabled: root.editable
                onTapped: root.editRequested(line.lineId, line.name, line.cashierNote)
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: 4
                spacing: Theme.gap

                ColumnLayout {
                    id: column

                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: line.name
                        font.pixelSize: Theme.bodySize
                        color: Theme.textColor
                        elide: Text.ElideRight
                    }
                    Text {
                        text: qsTr("%1 × %2").arg(line.quantity).arg(line.unitPrice)
                              + (line.discount ? "   " + qsTr("discount %1").arg(line.discount) : "")
                              + (line.note ? "   " + line.note : "")
                        font.pixelSize: Theme.bodySize - 3
                        color: Theme.mutedTextColor
                    }
                    Text {
                        objectName: "shipsHomeBadge"
                        visible: ShipToHome.lines.indexOf(line.lineId) >= 0
                        text: qsTr("Delivered to the customer's home, not taken today")
                        font.pixelSize: Theme.bodySize - 3
                        font.bold: true
                        color: Theme.accent
                    }
                }
                Text {
                    text: line.amount
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.textColor
                }
                TouchButton {
                    visible: root.editable
                    text: Theme.removeGlyph
                    implicitWidth: Theme.minimumTouch
                    tint: Theme.background
                    labelColor: Theme.danger
                    Accessible.name: qsTr("Remove %1").arg(line.name)
                    onClicked: root.removeRequested(line.lineId)
                }
            }
        }
    }
}
