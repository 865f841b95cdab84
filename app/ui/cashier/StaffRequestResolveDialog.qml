import QtQuick
import QtQuick.Controls
import Omnitill.Controls
import Omnitill.Cashier

// A kiosk's call for staff resolved from this till: the staff member who saw to it (by the kiosk, or on the
// kiosk's camera) gives their number and PIN, or swipes their card. It closes once the central store was asked;
// the outcome (resolved, or already resolved by someone else) shows where the dialog was opened from.
Popup {
    id: root

    property string requestId
    property string headline

    function ask(request, text) {
        requestId = request
        headline = text
        StaffRequests.clearMessage()
        open()
    }

    objectName: "staffRequestResolveDialog"
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: Overlay.overlay
    width: parent ? Math.min(parent.width - 2 * Theme.gap, 460) : 460
    padding: Theme.gap * 1.5

    background: Rectangle {
        radius: 12
        color: Theme.surface
    }

    contentItem: Column {
        spacing: Theme.gap

        Text {
            width: parent.width
            text: root.headline
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.warning
            font.bold: true
        }
        CredentialsForm {
            id: form

            width: parent.width
            title: qsTr("Resolve the kiosk's call")
            actionText: qsTr("Resolve")
            message: StaffRequests.messageIsError ? StaffRequests.message : ""
            onSubmitted: (number, pin) => StaffRequests.resolve(root.requestId, number, pin)
        }
        TouchButton {
            objectName: "staffRequestCancel"
            width: parent.width
            text: qsTr("Cancel")
            tint: Theme.border
            labelColor: Theme.textColor
            onClicked: root.close()
        }
    }

    // Closes once the central store is asked, whether by the PIN or by a staff card swiped meanwhile.
    Connections {
        target: StaffRequests
        function onMessageChanged() {
            if (StaffRequests.resolving)
                root.close()
        }
    }

    onOpened: {
        form.reset()
        StaffRequests.awaitCard(root.requestId)
    }
    onClosed: StaffRequests.awaitCard("")
}
