import QtQuick
import QtQuick.Controls
import Omnitill.Controls
import Omnitill.Cashier

// A supervisor or manager approves, with their own number and PIN, what the cashier's role may not do
// alone. The approval is journaled by the service; the action then runs once.
Popup {
    id: root

    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - 2 * Theme.gap, 420) : 420
    padding: Theme.gap * 1.5
    visible: Session.approvalTitle !== ""

    background: Rectangle {
        radius: 12
        color: Theme.surface
    }

    contentItem: Column {
        spacing: Theme.gap

        CredentialsForm {
            id: form

            width: parent.width
            title: qsTr("Manager approval: %1").arg(Session.approvalTitle)
            actionText: qsTr("Approve")
            message: Session.message
            onSubmitted: (number, pin) => Session.approve(number, pin)
        }
        TouchButton {
            width: parent.width
            text: qsTr("Cancel")
            tint: Theme.border
            labelColor: Theme.textColor
            onClicked: Session.cancelApproval()
        }
    }

    onOpened: form.reset()
}
