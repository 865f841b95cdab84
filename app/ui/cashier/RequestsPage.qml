import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The kiosks' calls for staff in the back office: the open ones first (oldest first, each with Resolve), then
// those resolved in the last hours, newest first, with who resolved them, where and when.
Item {
    id: root

    onVisibleChanged: {
        if (!visible)
            return
        StaffRequests.clearMessage() // what a resolve at the till came to is the till's, not this page's
        StaffRequests.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        Text {
            objectName: "requestsPageSummary"
            Layout.fillWidth: true
            text: StaffRequests.openCount > 0 ? qsTr("%n call(s) for staff open", "", StaffRequests.openCount)
                                              : qsTr("No kiosk is waiting for staff")
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: StaffRequests.openCount > 0 ? Theme.warning : Theme.success
        }
        Text {
            objectName: "requestsPageMessage"
            Layout.fillWidth: true
            visible: text !== "" && !StaffRequests.resolving
            text: StaffRequests.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize - 2
            color: StaffRequests.messageIsError ? Theme.danger : Theme.success
        }
        ListView {
            objectName: "requestsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: StaffRequests.requests
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row

                required property string request
                required property string terminal
                required property string kind
                required property string details
                required property string raisedAt
                required property bool open
                required property string resolvedBy
                required property string resolvedAt
                required property string headline

                width: ListView.view.width
                implicitHeight: Math.max(Theme.minimumTouch, texts.implicitHeight + Theme.gap)
                color: Theme.surface
                border.color: row.open ? Theme.warning : Theme.border
                border.width: row.open ? 2 : 1
                radius: 6

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.gap
                    anchors.rightMargin: Theme.gap / 2
                    spacing: Theme.gap

                    Text {
                        Layout.preferredWidth: 70
                        text: row.raisedAt
                        font.pixelSize: Theme.bodySize - 2
                        color: Theme.mutedTextColor
                    }
                    ColumnLayout {
                        id: texts

                        Layout.fillWidth: true
                        spacing: 0
                        Text {
                            Layout.fillWidth: true
                            text: row.details !== "" ? qsTr("%1: %2 — %3").arg(row.terminal).arg(row.kind).arg(row.details)
                                                     : qsTr("%1: %2").arg(row.terminal).arg(row.kind)
                            font.pixelSize: Theme.bodySize - 1
                            font.bold: row.open
                            color: Theme.textColor
                            elide: Text.ElideRight
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: !row.open
                            text: qsTr("Resolved at %1 by %2").arg(row.resolvedAt).arg(row.resolvedBy)
                            font.pixelSize: Theme.bodySize - 3
                            color: Theme.success
                            elide: Text.ElideRight
                        }
                    }
                    TouchButton {
                        objectName: "requestResolveButton"
                        visible: row.open
                        text: qsTr("Resolve")
                        onClicked: dialog.ask(row.request, row.headline)
                    }
                }
            }
        }
        ExportButton {
            objectName: "requestsExport"
            Layout.alignment: Qt.AlignRight
            table: StaffRequests.requests
            name: "staff-requests"
            columns: [{role: "raisedAt", header: qsTr("Raised")}, {role: "terminal", header: qsTr("Till")},
                      {role: "kind", header: qsTr("Call")}, {role: "details", header: qsTr("Details")},
                      {role: "resolvedBy", header: qsTr("Resolved by")}, {role: "resolvedAt", header: qsTr("Resolved")}]
        }
    }

    StaffRequestResolveDialog {
        id: dialog

        parent: Overlay.overlay
    }
}
