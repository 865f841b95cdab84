import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// One of the dashboard's breakdowns: a row per tender, cashier, item or coupon with how many and how much, a bar
// behind each row for its share of the largest, and the table's CSV export.
Rectangle {
    id: root

    property string title
    property var table: null
    property string fileName: "table"
    property string countHeader: qsTr("Count")
    property bool showQuantity: false

    color: Theme.surface
    border.color: Theme.border
    radius: 4
    implicitHeight: 260

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        spacing: 4
        Text {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.bodySize
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            visible: list.count === 0
            text: qsTr("Nothing in this period")
            font.pixelSize: Theme.bodySize - 4
            color: Theme.mutedTextColor
        }
        ListView {
            id: list

            objectName: root.fileName + "Table"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.table
            ScrollBar.vertical: ScrollBar {}
            delegate: Item {
                required property string label
                required property var count
                required property string quantity
                required property string amountText
                required property real share

                width: ListView.view.width
                height: 30
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    height: parent.height - 6
                    width: parent.width * share
                    color: Theme.accent
                    opacity: 0.15
                    radius: 2
                }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 4
                    anchors.rightMargin: 4
                    Text {
                        Layout.fillWidth: true
                        text: label
                        elide: Text.ElideRight
                        font.pixelSize: Theme.bodySize - 3
                    }
                    Text {
                        text: root.showQuantity ? quantity : count
                        font.pixelSize: Theme.bodySize - 3
                        color: Theme.mutedTextColor
                    }
                    Text {
                        Layout.preferredWidth: 120
                        horizontalAlignment: Text.AlignRight
                        text: amountText
                        font.pixelSize: Theme.bodySize - 3
                        font.bold: true
                    }
                }
            }
        }
        ExportButton {
            objectName: root.fileName + "Export"
            Layout.alignment: Qt.AlignRight
            table: root.table
            name: root.fileName
            columns: [{role: "label", header: root.title},
                      {role: root.showQuantity ? "quantity" : "count", header: root.countHeader},
                      {role: "amount", header: qsTr("Amount")}]
        }
    }
}
