import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Covers the till until someone signs in, and again when it locked itself after idle time (then the
// same person's PIN, or a manager's, opens it; the sale on screen stays as it was).
Rectangle {
    id: root

    color: Theme.header

    // Swallows touches meant for the till underneath.
    MouseArea {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 420)
        height: form.implicitHeight + 3 * Theme.gap
        radius: 12
        color: Theme.surface

        CredentialsForm {
            id: form

            objectName: "signInForm"
            anchors.fill: parent
            anchors.margins: Theme.gap * 1.5
            title: Session.locked ? qsTr("The till locked itself: enter your PIN")
                                  : qsTr("Sign in to %1").arg(Till.storeName)
            actionText: Session.locked ? qsTr("Unlock") : qsTr("Sign in")
            staffNumber: Session.locked ? Session.staffNumber : ""
            message: Session.message
            onSubmitted: (number, pin) => Session.locked ? Session.unlock(number, pin) : Session.signIn(number, pin)
        }
    }

    function takeFocus() {
        form.reset()
    }
}
