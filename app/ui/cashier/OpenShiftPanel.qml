import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Before the first sale: the cashier counts the float in the drawer and opens the shift with it.
Rectangle {
    id: root

    color: Qt.rgba(0, 0, 0, 0.6)

    MouseArea {
        anchors.fill: parent
    }
    function takeFocus() {
        floatAmount.forceActiveFocus()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 420)
        height: column.implicitHeight + 3 * Theme.gap
        radius: 12
        color: Theme.surface

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.gap * 1.5
            spacing: Theme.gap

            Text {
                Layout.fillWidth: true
                text: qsTr("%1, count the cash in the drawer and open the shift").arg(Session.staffName)
                font.pixelSize: Theme.largeSize
                font.bold: true
                color: Theme.textColor
                wrapMode: Text.Wrap
            }
            TextField {
                id: floatAmount

                objectName: "floatField"
                Layout.fillWidth: true
                implicitHeight: Theme.minimumTouch
                font.pixelSize: Theme.largeSize
                placeholderText: qsTr("Cash in the drawer")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onAccepted: openButton.clicked()
            }
            NumericKeypad {
                Layout.fillWidth: true
                onDigit: digits => floatAmount.text += digits
                onErase: floatAmount.text = floatAmount.text.slice(0, -1)
                onClear: floatAmount.text = ""
            }
            Text {
                Layout.fillWidth: true
                visible: Session.message !== ""
                text: Session.message
                color: Theme.danger
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                TouchButton {
                    text: qsTr("Sign out")
                    tint: Theme.border
                    labelColor: Theme.textColor
                    onClicked: Session.signOut()
                }
                TouchButton {
                    id: openButton

                    objectName: "openShiftButton"
                    Layout.fillWidth: true
                    text: qsTr("Open shift")
                    tint: Theme.success
                    onClicked: Session.openShift(floatAmount.text)
                }
            }
        }
    }
}
