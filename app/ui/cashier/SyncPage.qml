import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The till's sync in the back office: on the left the link and the clocks, what waits (by kind, since when), the
// records the central store refused with its reasons, each sent again with one touch, and the last pull of each
// kind with the catalog's pulled now by hand; on the right the coupons used twice with both receipts, this till's opened as printed.
Item {
    id: root

    component Heading: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.gap / 2
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.textColor
    }
    component Note: Text {
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.bodySize - 3
        color: Theme.mutedTextColor
    }

    onVisibleChanged: if (visible) SyncOverview.refresh()
    Component.onCompleted: if (visible) SyncOverview.refresh()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap / 2

            SyncStatus {
                textColor: Theme.textColor
                showsClock: false // said in full below
            }
            Text {
                objectName: "syncPageClockWarning"
                Layout.fillWidth: true
                visible: text !== ""
                text: Sync.clockWarning
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize - 2
                font.bold: true
                color: Theme.warning
            }
            Text {
                objectName: "syncPageWaiting"
                Layout.fillWidth: true
                text: SyncOverview.waitingText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize - 2
                color: Theme.textColor
            }
            // A Column, not the layout's own rows: Qt 6.4 frees a Repeater's old delegates under a Layout that still
            // measures them (a crash on a language switch).
            Column {
                id: waitingKinds

                Layout.fillWidth: true
                Repeater {
                    model: SyncOverview.waitingKinds
                    delegate: Note {
                        required property string kind
                        required property string count
                        required property string oldest

                        width: waitingKinds.width
                        text: qsTr("%1: %2, the oldest since %3").arg(kind).arg(count).arg(oldest)
                    }
                }
            }
            Note {
                objectName: "syncPageMessage"
                text: SyncOverview.message
                color: Theme.textColor
            }

            Heading {
                text: qsTr("Refused by the central store (%1)").arg(SyncOverview.quarantine.count)
            }
            ListView {
                objectName: "quarantineList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.minimumTouch * 2
                clip: true
                spacing: 2
                model: SyncOverview.quarantine
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property var outboxId
                    required property string kind
                    required property string record
                    required property string when
                    required property string status
                    required property string reason

                    width: ListView.view.width
                    implicitHeight: Math.max(Theme.minimumTouch, quarantined.implicitHeight + Theme.gap / 2)
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4
                    RowLayout {
                        anchors.fill: parent
                        anchors.margins: 4
                        ColumnLayout {
                            id: quarantined

                            Layout.fillWidth: true
                            Layout.preferredWidth: 1 // the reason wraps in what the button leaves
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: [kind, record, when, status].join("  ·  ")
                                elide: Text.ElideRight
                                font.pixelSize: Theme.bodySize - 3
                                font.bold: true
                            }
                            Text {
                                Layout.fillWidth: true
                                text: reason
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.bodySize - 4
                                color: Theme.danger
                            }
                        }
                        TouchButton {
                            objectName: "retryButton" + outboxId
                            text: qsTr("Send again")
                            onClicked: SyncOverview.retry(outboxId)
                        }
                    }
                }
            }
            ExportButton {
                objectName: "quarantineExport"
                Layout.alignment: Qt.AlignRight
                visible: SyncOverview.quarantine.count > 0
                table: SyncOverview.quarantine
                name: "refused-records"
                columns: [{role: "kind", header: qsTr("Kind")}, {role: "record", header: qsTr("Record")},
                          {role: "when", header: qsTr("Time")}, {role: "status", header: qsTr("State")},
                          {role: "reason", header: qsTr("Reason")}]
            }

            Heading {
                text: qsTr("Last pull from the central store")
            }
            CatalogSyncPanel {
                Layout.fillWidth: true
            }
            // A Column of Rows, not a GridLayout: Qt 6.4 frees a Repeater's old delegates under a Layout that still
            // measures them (a crash on a language switch).
            Column {
                id: pullTable

                objectName: "pullTable"
                Layout.fillWidth: true
                Repeater {
                    model: SyncOverview.pulls
                    delegate: Row {
                        required property string kind
                        required property string lastSuccess
                        required property string lastError
                        required property int index

                        width: pullTable.width
                        spacing: Theme.gap
                        Text {
                            width: parent.width * 0.25
                            text: kind
                            elide: Text.ElideRight
                            font.pixelSize: Theme.bodySize - 4
                        }
                        Text {
                            objectName: "pullSuccess" + index
                            width: parent.width * 0.3
                            text: lastSuccess
                            elide: Text.ElideRight
                            font.pixelSize: Theme.bodySize - 4
                        }
                        Text {
                            width: parent.width * 0.45 - 2 * parent.spacing
                            text: lastError !== "" ? qsTr("last try failed: %1").arg(lastError) : ""
                            elide: Text.ElideRight
                            font.pixelSize: Theme.bodySize - 4
                            color: Theme.danger
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.gap / 2

            RowLayout {
                Layout.fillWidth: true
                Heading {
                    text: qsTr("Coupons used twice")
                }
                TouchButton {
                    objectName: "checkDoubleUsesButton"
                    text: qsTr("Check")
                    tint: Theme.header
                    onClicked: SyncOverview.checkDoubleUses()
                }
            }
            Note {
                objectName: "doubleUsesNote"
                text: SyncOverview.doubleUsesNote
            }
            ListView {
                objectName: "doubleUseList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 2
                clip: true
                spacing: 2
                model: SyncOverview.doubleUses
                delegate: ItemDelegate {
                    required property string coupon
                    required property var thisReceipt
                    required property string thisUse
                    required property string otherUse

                    width: ListView.view.width
                    highlighted: thisReceipt > 0 && SyncOverview.openSequence === thisReceipt
                    onClicked: SyncOverview.openReceipt(thisReceipt)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Text {
                            text: qsTr("Coupon %1").arg(coupon)
                            font.pixelSize: Theme.bodySize - 3
                            font.bold: true
                        }
                        Note {
                            text: qsTr("Here: %1").arg(thisUse)
                            color: Theme.textColor
                        }
                        Note {
                            text: qsTr("Other till: %1").arg(otherUse)
                            color: Theme.textColor
                        }
                    }
                }
            }
            ExportButton {
                objectName: "doubleUsesExport"
                Layout.alignment: Qt.AlignRight
                visible: SyncOverview.doubleUses.count > 0
                table: SyncOverview.doubleUses
                name: "coupons-used-twice"
                columns: [{role: "coupon", header: qsTr("Coupon")}, {role: "thisReceipt", header: qsTr("Receipt here")},
                          {role: "otherUse", header: qsTr("Other use")}, {role: "reportedAt", header: qsTr("Reported")}]
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 3
                visible: SyncOverview.openSequence > 0
                color: "#fffef8"
                border.color: Theme.border
                radius: 4
                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 4
                    clip: true
                    contentWidth: availableWidth
                    Image {
                        objectName: "syncReceiptImage"
                        width: parent.width
                        fillMode: Image.PreserveAspectFit
                        asynchronous: false // the print service reads the store on this thread
                        cache: false
                        source: SyncOverview.receiptSource
                    }
                }
            }
        }
    }
}
