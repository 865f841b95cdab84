import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// What the customer sees on the second screen: a welcome while the till is idle, then every line as it
// is scanned and the total, then the change and a thank-you; an identified customer is greeted by their
// given name with their points. Nothing the customer may not see (no messages meant for the cashier, no
// service notes, no staff or sales figures). What shows when is CustomerFeed's, which
// the pole display follows too.
Window {
    id: root

    readonly property bool idle: CustomerFeed.idle

    width: 1024
    height: 600
    visible: true
    title: qsTr("Customer display")
    color: Theme.header

    ColumnLayout {
        objectName: "welcome"
        anchors.centerIn: parent
        visible: root.idle
        spacing: Theme.gap * 2
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: Till.storeName
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.headerText
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Welcome")
            font.pixelSize: Theme.hugeSize * 1.5
            color: Theme.headerText
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 2
        visible: !root.idle
        spacing: Theme.gap

        Text {
            objectName: "customerGreeting"
            visible: Customer.attached
            text: Customer.greeting
            font.pixelSize: Theme.largeSize
            color: Theme.headerText
        }
        ListView {
            id: lines

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Till.cart
            onCountChanged: positionViewAtEnd()
            delegate: RowLayout {
                required property string name
                required property string quantity
                required property string amount

                width: ListView.view.width
                height: Theme.minimumTouch
                Text {
                    Layout.fillWidth: true
                    text: parent.name
                    font.pixelSize: Theme.largeSize
                    color: Theme.headerText
                    elide: Text.ElideRight
                }
                Text {
                    text: parent.quantity
                    font.pixelSize: Theme.largeSize
                    color: Theme.headerText
                    opacity: 0.7
                }
                Text {
                    Layout.preferredWidth: root.width / 4
                    horizontalAlignment: Text.AlignRight
                    text: parent.amount
                    font.pixelSize: Theme.largeSize
                    color: Theme.headerText
                }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 2
            color: Theme.headerText
            opacity: 0.3
        }
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: CustomerFeed.amountLabel
                font.pixelSize: Theme.hugeSize
                color: Theme.headerText
            }
            Text {
                objectName: "customerAmount"
                text: CustomerFeed.amountText
                font.pixelSize: Theme.hugeSize * 1.5
                font.bold: true
                color: Theme.headerText
            }
        }
        Text {
            visible: CustomerFeed.finished
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Thank you!")
            font.pixelSize: Theme.hugeSize
            color: Theme.headerText
        }
    }
}
