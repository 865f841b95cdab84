import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Sales by the hour of the day: this period's bar in front, the week before's in grey behind it, scaled to the
// busiest hour of either; the number of sales in an hour shows above its bar.
Rectangle {
    color: Theme.surface
    border.color: Theme.border
    radius: 4

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap / 2
        Text {
            text: qsTr("Sales by hour")
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Row {
            id: bars

            objectName: "hourChart"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Repeater {
                model: Dashboard.hours
                delegate: Item {
                    required property var modelData

                    width: bars.width / 24
                    height: bars.height
                    Rectangle {
                        anchors.bottom: hourLabel.top
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width * 0.7
                        height: (parent.height - hourLabel.height - 18) * modelData.previousShare
                        color: Theme.border
                    }
                    Rectangle {
                        id: bar

                        anchors.bottom: hourLabel.top
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width * 0.45
                        height: (parent.height - hourLabel.height - 18) * modelData.share
                        color: Theme.accent
                    }
                    Text {
                        anchors.bottom: bar.top
                        anchors.horizontalCenter: parent.horizontalCenter
                        visible: modelData.sales > 0
                        text: modelData.sales
                        font.pixelSize: 11
                        color: Theme.mutedTextColor
                    }
                    Text {
                        id: hourLabel

                        anchors.bottom: parent.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData.label
                        font.pixelSize: 12
                        color: Theme.mutedTextColor
                    }
                }
            }
        }
    }
}
