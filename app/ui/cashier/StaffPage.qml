import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The staff in the back office: everyone on the left (number, name, role, whether they may sign in); on the
// right, for a manager, what can be changed about the one touched (role, disable or enable, a new PIN, the
// release of a lockout) and a form to add someone. Anyone else sees the list and why it is read-only.
Item {
    id: root

    component Field: TextField {
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize - 2
    }
    component RolePicker: ComboBox {
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize - 2
        model: Staff.roles
        textRole: "name"
        valueRole: "code"
    }
    component Heading: Text {
        Layout.fillWidth: true
        font.pixelSize: Theme.bodySize
        font.bold: true
        elide: Text.ElideRight
    }

    readonly property bool chosen: Staff.selectedNumber !== "" && Staff.selected.name !== undefined

    Component.onCompleted: Staff.refresh()

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap / 2

            ListView {
                objectName: "staffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: Staff
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property string staffNumber
                    required property string name
                    required property string role
                    required property bool active
                    required property bool locked
                    required property string status

                    objectName: "staffRow" + staffNumber
                    width: ListView.view.width
                    implicitHeight: Theme.minimumTouch
                    highlighted: Staff.selectedNumber === staffNumber
                    onClicked: Staff.select(staffNumber)
                    contentItem: RowLayout {
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: 96
                            text: staffNumber
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            text: name
                            elide: Text.ElideRight
                            font.pixelSize: Theme.bodySize
                            color: active ? Theme.textColor : Theme.mutedTextColor
                        }
                        Text {
                            Layout.preferredWidth: 140
                            text: role
                            font.pixelSize: Theme.bodySize - 2
                        }
                        Text {
                            Layout.preferredWidth: 140
                            text: status
                            font.pixelSize: Theme.bodySize - 2
                            font.bold: locked || !active
                            color: locked ? Theme.danger : active ? Theme.success : Theme.mutedTextColor
                        }
                    }
                }
            }
            ExportButton {
                objectName: "staffExport"
                Layout.alignment: Qt.AlignRight
                table: Staff
                name: "staff"
                columns: [{role: "staffNumber", header: qsTr("Staff no.")}, {role: "name", header: qsTr("Name")},
                          {role: "role", header: qsTr("Role")}, {role: "status", header: qsTr("State")}]
            }
            Text {
                objectName: "staffMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: Staff.message
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Staff.messageIsError ? Theme.danger : Theme.success
            }
        }

        Text {
            objectName: "staffReadOnlyReason"
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.alignment: Qt.AlignTop
            visible: !Staff.canManage
            text: Staff.readOnlyReason
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.mutedTextColor
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            visible: Staff.canManage
            spacing: Theme.gap / 2

            Heading {
                text: root.chosen ? qsTr("%1 (%2)").arg(Staff.selected.name).arg(Staff.selectedNumber)
                                  : qsTr("Touch a staff member to change them.")
                color: root.chosen ? Theme.textColor : Theme.mutedTextColor
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.gap / 2
                rowSpacing: Theme.gap / 2
                enabled: root.chosen
                RolePicker {
                    id: selectedRole

                    objectName: "staffRolePicker"
                    currentIndex: root.chosen ? indexOfValue(Staff.selected.roleCode) : -1
                }
                TouchButton {
                    objectName: "staffChangeRoleButton"
                    Layout.fillWidth: true
                    text: qsTr("Change role")
                    onClicked: Staff.changeRole(selectedRole.currentValue)
                }
                Field {
                    id: newPin

                    objectName: "staffNewPinField"
                    placeholderText: qsTr("New PIN (4 to 8 digits)")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                }
                TouchButton {
                    objectName: "staffResetPinButton"
                    Layout.fillWidth: true
                    text: qsTr("Reset PIN")
                    onClicked: if (Staff.resetPin(newPin.text)) newPin.clear()
                }
                TouchButton {
                    objectName: "staffActiveButton"
                    Layout.fillWidth: true
                    text: Staff.selected.active === false ? qsTr("Enable") : qsTr("Disable")
                    tint: Staff.selected.active === false ? Theme.success : Theme.danger
                    onClicked: Staff.setActive(Staff.selected.active === false)
                }
                TouchButton {
                    objectName: "staffReleaseButton"
                    Layout.fillWidth: true
                    enabled: Staff.selected.locked === true
                    text: qsTr("Release lockout")
                    onClicked: Staff.releaseLockout()
                }
            }

            Heading {
                Layout.topMargin: Theme.gap
                text: qsTr("Add a staff member")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.gap / 2
                rowSpacing: Theme.gap / 2
                Field { id: addNumber; objectName: "staffAddNumberField"; placeholderText: qsTr("Staff no.") }
                Field { id: addName; objectName: "staffAddNameField"; placeholderText: qsTr("Name") }
                RolePicker { id: addRole; objectName: "staffAddRolePicker" }
                Field {
                    id: addPin

                    objectName: "staffAddPinField"
                    placeholderText: qsTr("PIN (4 to 8 digits)")
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhDigitsOnly
                }
            }
            TouchButton {
                objectName: "staffAddButton"
                Layout.fillWidth: true
                text: qsTr("Add")
                onClicked: {
                    if (Staff.add(addNumber.text, addName.text, addRole.currentValue, addPin.text)) {
                        addNumber.clear()
                        addName.clear()
                        addPin.clear()
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
