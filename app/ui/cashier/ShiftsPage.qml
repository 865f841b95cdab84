import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The shifts in the back office: the Z reports of this till on the left, newest first, fifty at a time, with
// the open shift's X report a touch away; the report opened on the right exactly as it was printed, with a
// copy to print; below, the check of the Z reports' hash chain.
Item {
    id: root

    Component.onCompleted: ShiftHistory.refresh()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap / 2

            TouchButton {
                objectName: "xReportButton"
                Layout.fillWidth: true
                text: qsTr("X report of the open shift")
                tint: Theme.header
                onClicked: ShiftHistory.showXReport()
            }
            Text {
                objectName: "shiftsMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: ShiftHistory.message
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: ShiftHistory.messageIsError ? Theme.danger : Theme.mutedTextColor
            }
            ListView {
                objectName: "zReportList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: ShiftHistory
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property var zNumber
                    required property string terminal
                    required property string opened
                    required property string closed
                    required property string cashier
                    required property var salesCount
                    required property string sales
                    required property string overShort

                    objectName: "zReportRow" + zNumber
                    width: ListView.view.width
                    implicitHeight: Theme.minimumTouch + 8
                    highlighted: ShiftHistory.openZNumber === zNumber
                    onClicked: ShiftHistory.open(zNumber)
                    contentItem: RowLayout {
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: 64
                            text: qsTr("Z %1").arg(zNumber)
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: qsTr("%1 – %2").arg(opened).arg(closed)
                                elide: Text.ElideRight
                                font.pixelSize: Theme.bodySize - 2
                            }
                            Text {
                                Layout.fillWidth: true
                                text: [qsTr("terminal %1").arg(terminal), cashier, qsTr("%n sale(s)", "", salesCount),
                                       qsTr("over/short %1").arg(overShort)].join("  ·  ")
                                elide: Text.ElideRight
                                font.pixelSize: Theme.bodySize - 5
                                color: Theme.mutedTextColor
                            }
                        }
                        Text {
                            text: sales
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                }
                footer: TouchButton {
                    objectName: "zReportsMoreButton"
                    width: ListView.view.width
                    visible: ShiftHistory.canLoadMore
                    height: visible ? implicitHeight : 0
                    text: qsTr("Older Z reports")
                    tint: Theme.border
                    labelColor: Theme.textColor
                    onClicked: ShiftHistory.loadMore()
                }
            }
            ExportButton { // the Z reports listed: load older ones first to take them too
                objectName: "zReportsExport"
                Layout.alignment: Qt.AlignRight
                table: ShiftHistory
                name: "z-reports"
                columns: [{role: "zNumber", header: qsTr("Z no.")}, {role: "terminal", header: qsTr("Terminal")},
                          {role: "opened", header: qsTr("Opened")}, {role: "closed", header: qsTr("Closed")},
                          {role: "cashier", header: qsTr("Cashier")}, {role: "salesCount", header: qsTr("Sales")},
                          {role: "sales", header: qsTr("Sales total")}, {role: "returns", header: qsTr("Returns")},
                          {role: "expectedCash", header: qsTr("Expected cash")}, {role: "countedCash", header: qsTr("Counted cash")},
                          {role: "overShort", header: qsTr("Over/short")}]
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: verifyColumn.implicitHeight + Theme.gap
                color: Theme.surface
                border.color: ShiftHistory.verificationFailed ? Theme.danger : Theme.border
                radius: 4
                ColumnLayout {
                    id: verifyColumn

                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    TouchButton {
                        objectName: "verifyZChainButton"
                        text: qsTr("Check every Z report")
                        tint: Theme.header
                        onClicked: ShiftHistory.verifyChain()
                    }
                    Text {
                        objectName: "zVerificationText"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: ShiftHistory.verification
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize - 2
                        font.bold: ShiftHistory.verificationFailed
                        color: ShiftHistory.verificationFailed ? Theme.danger : Theme.textColor
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: Theme.gap / 2
            Text {
                Layout.fillWidth: true
                text: ShiftHistory.shownText !== "" ? ShiftHistory.shownTitle
                                                    : qsTr("Touch a Z report to see it as printed.")
                font.pixelSize: Theme.bodySize
                font.bold: ShiftHistory.shownText !== ""
                color: ShiftHistory.shownText !== "" ? Theme.textColor : Theme.mutedTextColor
            }
            ReceiptPreview {
                objectName: "zReportText"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: ShiftHistory.shownText
            }
            TouchButton {
                objectName: "zReportPrintCopyButton"
                Layout.fillWidth: true
                enabled: ShiftHistory.openZNumber > 0
                text: qsTr("Print a copy")
                onClicked: ShiftHistory.reprint()
            }
            TouchButton {
                objectName: "zReportPdfButton"
                Layout.fillWidth: true
                enabled: ShiftHistory.openZNumber > 0
                text: qsTr("Export PDF")
                tint: Theme.header
                onClicked: Exports.pdf(ShiftHistory.shownTitle, ShiftHistory.shownText, "z-report-" + ShiftHistory.openZNumber)
            }
        }
    }
}
