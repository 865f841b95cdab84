import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Omnitill.Controls
import Omnitill.Cashier

// The till's window: the cashier screen at the touchscreen's usual 1280 × 800, or the whole screen
// when that is smaller (1024 × 768 tills).
ApplicationWindow {
    id: root

    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(800, Screen.desktopAvailableHeight)
    visible: true
    title: qsTr("Omnitill — %1").arg(Till.storeName)
    color: Theme.background

    CashierScreen {
        id: cashier

        anchors.fill: parent
    }
    // Until someone signs in (or after the till locked itself), nothing else can be touched.
    // Whichever layer is on top takes the keyboard, so a scan or a typed PIN lands where it belongs.
    function focusTopLayer() {
        if (signIn.visible)
            signIn.takeFocus()
        else if (openShift.visible)
            openShift.takeFocus()
        else
            cashier.refocus()
    }

    Component.onCompleted: Qt.callLater(focusTopLayer)

    // The manager's pages over the checkout, made when entered and gone when left; a lock or a sign-out
    // ends the visit, so the next person starts at the till.
    Loader {
        objectName: "backOfficeLoader"
        anchors.fill: parent
        active: BackOffice.open
        sourceComponent: BackOfficeScreen {}
        onActiveChanged: if (!active) Qt.callLater(root.focusTopLayer)
    }
    Connections {
        target: Session
        function onChanged() {
            if (!Session.signedIn || Session.locked)
                BackOffice.leave()
        }
    }

    OpenShiftPanel {
        id: openShift

        objectName: "openShiftPanel"
        anchors.fill: parent
        visible: Session.signedIn && !Session.locked && !Session.shiftOpen
        onVisibleChanged: root.focusTopLayer()
    }
    SignInScreen {
        id: signIn

        objectName: "signInScreen"
        anchors.fill: parent
        visible: !Session.signedIn || Session.locked
        onVisibleChanged: root.focusTopLayer()
    }
    ApprovalDialog {
        objectName: "approvalDialog"
    }
}
