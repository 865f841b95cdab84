import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The till's link to the central store in the cashier's words, for the status bar: online, sending, slow or
// offline, how many sales and returns wait to be sent, how long the oldest has waited while they cannot go
// out, and how many the central store refused (for the manager). Connectivity decides; this only words it,
// and never says "online" over a queue (Sync.state is "sending" then). When the till's clock and the central
// store's differ by more than a minute, it says so after them.
RowLayout {
    id: root

    readonly property string syncState: Sync.state
    property color textColor: Theme.headerText // the back office shows it on a light page
    property bool showsClock: true

    function stateWord() {
        switch (syncState) {
        case "unlinked": return qsTr("Not linked to the central store")
        case "checking": return qsTr("Connecting to the central store")
        case "online": return qsTr("Online")
        case "sending": return qsTr("Online, sending %1").arg(Sync.sendable)
        case "degraded": return qsTr("Slow connection")
        default: return qsTr("Offline")
        }
    }

    function details() {
        const parts = [stateWord()]
        const held = syncState === "sending" ? Sync.waiting - Sync.sendable : Sync.waiting
        if (held > 0)
            parts.push(qsTr("%1 waiting").arg(held))
        if (held > 0 && syncState !== "online" && syncState !== "sending" && Sync.oldestWaitingMinutes > 0)
            parts.push(qsTr("oldest %1 min").arg(Sync.oldestWaitingMinutes))
        if (Sync.quarantined > 0)
            parts.push(qsTr("%1 refused by the central store").arg(Sync.quarantined))
        return parts.join(" · ")
    }

    spacing: Theme.gap / 2

    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        implicitWidth: 12
        implicitHeight: 12
        radius: 6
        border.color: root.textColor
        color: root.syncState === "online" || root.syncState === "sending" ? Theme.success
             : root.syncState === "degraded" ? Theme.warning
             : root.syncState === "offline" ? Theme.danger : Theme.mutedTextColor
    }
    Text {
        objectName: "syncText"
        Layout.alignment: Qt.AlignVCenter
        text: root.details()
        font.pixelSize: Theme.bodySize
        font.bold: root.syncState === "offline" || root.syncState === "degraded"
        color: root.textColor
    }
    Text {
        objectName: "clockWarningText"
        Layout.alignment: Qt.AlignVCenter
        Layout.maximumWidth: 520
        visible: root.showsClock && text !== ""
        text: Sync.clockWarning
        elide: Text.ElideRight
        font.pixelSize: Theme.bodySize - 4
        font.bold: true
        color: Theme.warning
    }
}
