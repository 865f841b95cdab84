import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Cashier

// Taking cash: what is due, one-touch amounts (exact and the next notes up), or a typed amount.
// Once the sale is paid it shows the change in large type and the way to the next customer.
Rectangle {
    id: root

    signal done

    color: Theme.surface
    radius: 8
    implicitHeight: column.implicitHeight + 2 * Theme.gap

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Text {
            visible: !Till.finished
            text: qsTr("Cash due: %1").arg(Till.cashDueText)
            font.pixelSize: Theme.largeSize
            color: Theme.textColor
        }
        GridLayout {
            visible: !Till.finished
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap / 2
            Repeater {
                model: Till.cashSuggestions
                TouchButton {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    enabled: Till.hasItems
                    onClicked: Till.payCash(modelData)
                }
            }
        }
        RowLayout {
            visible: !Till.finished
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            TextField {
                id: tendered

                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.largeSize
                placeholderText: qsTr("Amount received")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: payButton.clicked()
            }
            TouchButton {
                id: payButton

                text: qsTr("Pay cash")
                enabled: Till.hasItems
                tint: Theme.success
                onClicked: {
                    if (Till.payCash(tendered.text))
                        tendered.text = ""
                }
            }
        }
        Text {
            visible: Till.finished
            objectName: "changeText"
            text: qsTr("Change: %1").arg(Till.changeText)
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.success
        }
        TouchButton {
            visible: Till.finished
            Layout.fillWidth: true
            text: qsTr("Next customer")
            onClicked: {
                Till.newSale()
                root.done()
            }
        }
    }
}
