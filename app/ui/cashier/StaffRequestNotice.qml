import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The cashier's notice of a kiosk calling for staff: a band across the till in the warning colour, saying which
// kiosk and what for, with Resolve beside it. It never stops the sale: the scan field keeps the focus, and the
// band goes once the call is resolved anywhere. What resolving here came to shows in the band for a while.
Rectangle {
    id: root

    // What resolving here came to (resolved, or who came first), once the dialog is closed.
    readonly property bool showsOutcome: StaffRequests.message !== "" && !StaffRequests.resolving && !dialog.opened

    signal finished

    objectName: "staffRequestNotice"
    implicitHeight: visible ? Theme.minimumTouch + Theme.gap : 0
    visible: StaffRequests.notice !== "" || showsOutcome
    color: StaffRequests.notice !== "" ? Theme.warning : (StaffRequests.messageIsError ? Theme.danger : Theme.success)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap * 2
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap

        Text {
            objectName: "staffRequestNoticeText"
            Layout.fillWidth: true
            text: StaffRequests.notice !== "" ? StaffRequests.notice : StaffRequests.message
            font.pixelSize: Theme.bodySize + 2
            font.bold: true
            color: Theme.accentText
            elide: Text.ElideRight
        }
        Text {
            objectName: "staffRequestOutcome"
            visible: root.showsOutcome && StaffRequests.notice !== ""
            text: StaffRequests.message
            font.pixelSize: Theme.bodySize
            color: Theme.accentText
            elide: Text.ElideRight
            Layout.maximumWidth: root.width / 3
        }
        TouchButton {
            objectName: "staffRequestResolveButton"
            visible: StaffRequests.notice !== ""
            text: qsTr("Resolve")
            tint: Theme.header
            onClicked: dialog.ask(StaffRequests.noticeRequest, StaffRequests.notice)
        }
    }

    StaffRequestResolveDialog {
        id: dialog

        parent: Overlay.overlay
        onClosed: root.finished()
    }

    // The outcome of resolving here stays a few seconds, then the band is the notices' again.
    Timer {
        running: root.showsOutcome
        interval: 8000
        onTriggered: StaffRequests.clearMessage()
    }
}
