import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Staff mode's door: a staff member allowed to void sales types their PIN (or swipes their card).
Rectangle {
    id: root

    function open() {
        visible = true
        form.reset()
    }

    objectName: "kioskStaffPin"
    visible: false
    color: "#ee1f2937"

    Connections {
        target: Kiosk
        function onStaffModeChanged() {
            if (Kiosk.staffMode)
                root.visible = false
        }
    }
    MouseArea {
        anchors.fill: parent
    }
    Rectangle {
        anchors.centerIn: parent
        width: 460
        height: parent.height - Theme.gap * 4
        color: Theme.surface
        radius: 8

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.gap * 2
            CredentialsForm {
                id: form

                objectName: "kioskStaffForm"
                Layout.fillWidth: true
                title: qsTr("Staff mode")
                actionText: qsTr("Enter")
                message: Kiosk.message
                onSubmitted: (number, pin) => Kiosk.enterStaffMode(number, pin)
            }
            TouchButton {
                objectName: "kioskStaffPinCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                tint: Theme.border
                labelColor: Theme.textColor
                onClicked: root.visible = false
            }
        }
    }
}
