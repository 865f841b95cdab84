import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls

// Staff number and PIN, typed on the keyboard or the keypad: for signing in, unlocking and approving.
// The PIN is never shown and is cleared after every attempt. A staff card swiped instead does the same.
ColumnLayout {
    id: root

    property alias title: heading.text
    property alias actionText: submit.text
    property string message
    property string staffNumber: ""

    signal submitted(string staffNumber, string pin)

    function reset() {
        number.text = root.staffNumber
        pin.text = ""
        if (number.text === "")
            number.forceActiveFocus()
        else
            pin.forceActiveFocus()
    }

    spacing: Theme.gap
    Component.onCompleted: reset()

    Text {
        id: heading

        Layout.fillWidth: true
        font.pixelSize: Theme.largeSize
        font.bold: true
        color: Theme.textColor
        wrapMode: Text.Wrap
    }
    TextField {
        id: number

        objectName: "staffNumberField"
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.largeSize
        placeholderText: qsTr("Staff number")
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: pin.forceActiveFocus()
    }
    TextField {
        id: pin

        objectName: "pinField"
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.largeSize
        placeholderText: qsTr("PIN")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        onAccepted: submit.clicked()
    }
    NumericKeypad {
        Layout.fillWidth: true
        // Digits go to whichever field is being filled: the number first, then the PIN.
        readonly property TextField target: number.activeFocus || number.text === "" ? number : pin
        onDigit: digits => target.text += digits
        onErase: target.text = target.text.slice(0, -1)
        onClear: target.text = ""
    }
    Text {
        // A card reader's swipe is caught before it reaches these fields (WedgeScanFilter).
        Layout.fillWidth: true
        text: qsTr("Or swipe your staff card")
        color: Theme.mutedTextColor
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "credentialsMessage"
        Layout.fillWidth: true
        visible: root.message !== ""
        text: root.message
        color: Theme.danger
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    TouchButton {
        id: submit

        objectName: "credentialsSubmit"
        Layout.fillWidth: true
        onClicked: {
            root.submitted(number.text, pin.text)
            pin.text = ""
        }
    }
}
