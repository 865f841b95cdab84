import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The kiosk waits for staff (help asked for, an age check, a payment that failed, a scan or coupon it
// cannot decide): the shopper reads why; the staff member who comes resolves it with their PIN or card.
Rectangle {
    id: root

    objectName: "kioskWaiting"
    visible: Kiosk.waitingForStaff && !Kiosk.staffMode
    color: "#ee1f2937"
    onVisibleChanged: if (visible) form.reset()

    MouseArea {
        anchors.fill: parent
    }
    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap * 3
        spacing: Theme.gap * 3

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Column {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                spacing: Theme.gap * 2

                Text {
                    width: parent.width
                    text: qsTr("Please wait: help is on the way")
                    color: Theme.headerText
                    font.pixelSize: Theme.hugeSize * 1.2
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "kioskInterventionText"
                    width: parent.width
                    text: Kiosk.interventionText
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
                id: form

                objectName: "kioskResolveForm"
                anchors.fill: parent
                anchors.margins: Theme.gap * 2
                title: qsTr("Staff: resolve")
                actionText: qsTr("Resolved")
                message: Kiosk.message
                onSubmitted: (number, pin) => Kiosk.resolve(number, pin)
            }
        }
    }
}
