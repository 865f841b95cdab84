import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The device page: every device the till knows of with its state and what is wrong in words, the
// tests a supervisor runs when something does not work (a test page, the drawer, the pole display),
// and the last scan as read and as understood. Opening the drawer is a no sale: it asks for the
// permission or an approval, and the shift counts it.
Item {
    id: root

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        ListView {
            id: list

            objectName: "deviceList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Devices
            delegate: Rectangle {
                id: row

                // A role is named "state", which an Item's own state property would shadow as a required property.
                required property var model

                width: ListView.view.width
                implicitHeight: Math.max(Theme.minimumTouch, details.implicitHeight + Theme.gap)
                color: row.model.problem !== "" ? Qt.lighter(Theme.danger, 1.9) : Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: details

                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 — %2").arg(row.model.name).arg(row.model.state)
                        font.pixelSize: Theme.bodySize
                        font.bold: true
                        color: Theme.textColor
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.model.address === "" ? row.model.kind
                                                           : qsTr("%1 at %2").arg(row.model.kind).arg(row.model.address)
                        font.pixelSize: Theme.bodySize - 4
                        color: Theme.mutedTextColor
                        elide: Text.ElideMiddle
                    }
                    Text {
                        objectName: "deviceProblem"
                        Layout.fillWidth: true
                        visible: row.model.problem !== ""
                        text: row.model.problem
                        font.pixelSize: Theme.bodySize - 2
                        color: Theme.danger
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap / 2
            TouchButton {
                objectName: "testPrintButton"
                Layout.fillWidth: true
                text: qsTr("Print a test page")
                onClicked: Devices.printTestPage()
            }
            TouchButton {
                objectName: "deviceDrawerButton"
                Layout.fillWidth: true
                text: qsTr("Open the drawer")
                onClicked: Shift.openDrawer(qsTr("Drawer test from the device page"))
            }
            TouchButton {
                objectName: "poleTestButton"
                Layout.fillWidth: true
                text: qsTr("Test the customer display")
                onClicked: Devices.testLineDisplay()
            }
            TouchButton {
                Layout.fillWidth: true
                text: qsTr("Look for devices again")
                tint: Theme.header
                onClicked: Devices.refresh()
            }
            ExportButton { // in the back office, where the export's message shows
                visible: BackOffice.open
                table: Devices
                name: "devices"
                columns: [{role: "name", header: qsTr("Device")}, {role: "kind", header: qsTr("Kind")},
                          {role: "address", header: qsTr("Address")}, {role: "state", header: qsTr("State")},
                          {role: "problem", header: qsTr("Problem")}]
            }
        }
        GroupBox {
            Layout.fillWidth: true
            title: qsTr("Last scan")
            font.pixelSize: Theme.bodySize - 2
            ColumnLayout {
                anchors.fill: parent
                Text {
                    objectName: "lastScanRaw"
                    Layout.fillWidth: true
                    text: Devices.lastScanRaw === "" ? qsTr("Nothing scanned yet") : qsTr("Read: %1").arg(Devices.lastScanRaw)
                    font.family: Theme.monospaceFamily
                    font.pixelSize: Theme.bodySize - 2
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "lastScanParsed"
                    Layout.fillWidth: true
                    visible: Devices.lastScanParsed !== ""
                    text: qsTr("Understood: %1").arg(Devices.lastScanParsed)
                    font.pixelSize: Theme.bodySize - 2
                    wrapMode: Text.Wrap
                }
            }
        }
        Text {
            objectName: "devicesMessage"
            Layout.fillWidth: true
            text: Devices.message !== "" ? Devices.message : Shift.message
            color: (Devices.message !== "" ? Devices.messageIsError : Shift.messageIsError) ? Theme.danger : Theme.textColor
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
