import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The journal in the back office: search on the left (any of receipt number, days, amount, customer,
// cashier and item), the newest matches first, fifty at a time; the receipt opened on the right as the
// printer printed it, with a copy to print; below, the check of the whole journal's hash chain.
Item {
    id: root

    component Field: TextField {
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize - 2
        onAccepted: root.search()
    }

    function search() {
        Journal.search(receipt.text, fromDay.text, untilDay.text, amount.text, customer.text, staff.text, item.text)
    }

    Component.onCompleted: search()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap / 2

            GridLayout {
                Layout.fillWidth: true
                columns: 4
                columnSpacing: Theme.gap / 2
                rowSpacing: Theme.gap / 2
                Field { id: receipt; objectName: "journalReceiptField"; placeholderText: qsTr("Receipt no.") }
                Field { id: fromDay; objectName: "journalFromField"; placeholderText: qsTr("From (2026-11-01)") }
                Field { id: untilDay; objectName: "journalUntilField"; placeholderText: qsTr("Until (2026-11-30)") }
                Field { id: amount; objectName: "journalAmountField"; placeholderText: qsTr("Total") }
                Field { id: customer; objectName: "journalCustomerField"; placeholderText: qsTr("Customer no.") }
                Field { id: staff; objectName: "journalStaffField"; placeholderText: qsTr("Cashier no.") }
                Field { id: item; objectName: "journalItemField"; placeholderText: qsTr("Item barcode or SKU") }
                TouchButton {
                    objectName: "journalSearchButton"
                    Layout.fillWidth: true
                    text: qsTr("Search")
                    onClicked: root.search()
                }
            }
            Text {
                objectName: "journalMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: Journal.message
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.mutedTextColor
            }
            ListView {
                id: results

                objectName: "journalResults"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: Journal
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property var sequence
                    required property string kind
                    required property string time
                    required property string total
                    required property string customer
                    required property string staff

                    width: ListView.view.width
                    implicitHeight: Theme.minimumTouch
                    highlighted: Journal.openSequence === sequence
                    onClicked: Journal.open(sequence)
                    contentItem: RowLayout {
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: 64
                            text: qsTr("#%1").arg(sequence)
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: time
                                elide: Text.ElideRight
                                font.pixelSize: Theme.bodySize - 2
                            }
                            Text {
                                Layout.fillWidth: true
                                text: [kind, customer, staff !== "" ? qsTr("cashier %1").arg(staff) : ""]
                                      .filter(s => s).join("  ·  ")
                                elide: Text.ElideRight
                                font.pixelSize: Theme.bodySize - 5
                                color: Theme.mutedTextColor
                            }
                        }
                        Text {
                            text: total
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                }
                footer: TouchButton {
                    objectName: "journalMoreButton"
                    width: ListView.view.width
                    visible: Journal.canLoadMore
                    height: visible ? implicitHeight : 0
                    text: qsTr("Older receipts")
                    tint: Theme.border
                    labelColor: Theme.textColor
                    onClicked: Journal.loadMore()
                }
            }
            ExportButton { // the receipts listed: load older ones first to take them too
                objectName: "journalExport"
                Layout.alignment: Qt.AlignRight
                table: Journal
                name: "journal"
                columns: [{role: "sequence", header: qsTr("Receipt no.")}, {role: "at", header: qsTr("Time")},
                          {role: "kind", header: qsTr("Kind")}, {role: "amount", header: qsTr("Total")},
                          {role: "customer", header: qsTr("Customer no.")}, {role: "staff", header: qsTr("Cashier no.")}]
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: verifyRow.implicitHeight + Theme.gap
                color: Theme.surface
                border.color: Journal.verificationFailed ? Theme.danger : Theme.border
                radius: 4
                ColumnLayout {
                    id: verifyRow

                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    RowLayout {
                        Layout.fillWidth: true
                        TouchButton {
                            objectName: "verifyJournalButton"
                            visible: !Journal.verifying
                            text: qsTr("Check the whole journal")
                            tint: Theme.header
                            onClicked: Journal.verifyJournal()
                        }
                        TouchButton {
                            objectName: "cancelVerifyButton"
                            visible: Journal.verifying
                            text: qsTr("Stop the check")
                            tint: Theme.danger
                            onClicked: Journal.cancelVerification()
                        }
                        ProgressBar {
                            Layout.fillWidth: true
                            visible: Journal.verifying
                            value: Journal.verifyProgress
                        }
                    }
                    Text {
                        objectName: "verificationText"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: Journal.verification
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySize - 2
                        font.bold: Journal.verificationFailed
                        color: Journal.verificationFailed ? Theme.danger : Theme.textColor
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Text {
                text: Journal.openSequence > 0 ? Journal.openTitle : qsTr("Touch a receipt to see it as printed.")
                font.pixelSize: Theme.bodySize
                font.bold: Journal.openSequence > 0
                color: Journal.openSequence > 0 ? Theme.textColor : Theme.mutedTextColor
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: "#fffef8"
                border.color: Theme.border
                radius: 4
                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 4
                    clip: true
                    contentWidth: availableWidth
                    Image {
                        objectName: "journalReceiptImage"
                        width: parent.width
                        fillMode: Image.PreserveAspectFit
                        asynchronous: false // the print service reads the store on this thread
                        cache: false
                        source: Journal.receiptSource
                    }
                }
            }
            TouchButton {
                objectName: "journalPrintCopyButton"
                Layout.fillWidth: true
                enabled: Journal.openSequence > 0
                text: qsTr("Print a copy")
                onClicked: Journal.printCopy()
            }
        }
    }
}
