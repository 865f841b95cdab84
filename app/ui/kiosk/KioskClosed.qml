import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The kiosk out of service: shoppers read that it is closed; staff open it with their PIN or staff card
// (someone allowed to void sales). After a restart the basket that was on screen waits here for them.
Rectangle {
    id: root

    color: Theme.header

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 3
        spacing: Theme.gap * 3

        // A plain Column: wrapped text in a layout is measured before it wraps, and overlaps.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Column {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                spacing: Theme.gap * 2

                Text {
                    width: parent.width
                    text: qsTr("This checkout is closed")
                    color: Theme.headerText
                    font.pixelSize: Theme.hugeSize * 1.4
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    text: Till.hasItems ? qsTr("A basket is waiting from before the restart: staff open the kiosk to go on with it.")
                                        : qsTr("Please use another checkout.")
                    color: Theme.headerText
                    font.pixelSize: Theme.largeSize
                    wrapMode: Text.Wrap
                }
            }
        }
        Rectangle {
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            color: Theme.surface
            radius: 8

            CredentialsForm {
                objectName: "kioskOpenForm"
                anchors.fill: parent
                anchors.margins: Theme.gap * 2
                title: qsTr("Staff: open the kiosk")
                actionText: qsTr("Open")
                message: Kiosk.message
                onSubmitted: (number, pin) => Kiosk.open(number, pin)
            }
        }
    }
}
