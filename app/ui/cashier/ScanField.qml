import QtQuick
import QtQuick.Controls
import Omnitill.Controls
import Omnitill.Cashier

// Where barcodes arrive: a keyboard-wedge scanner types the digits and Enter, a cashier may type a
// code or a SKU, or "3*" before a code to sell three. Keeps the keyboard focus so scans never go astray.
TextField {
    id: root

    signal submitted(string code)

    placeholderText: qsTr("Scan or type a barcode, then Enter")
    font.pixelSize: Theme.largeSize
    implicitHeight: Theme.minimumTouch + 8
    inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
    focus: true
    background: Rectangle {
        radius: 8
        color: Theme.surface
        border.color: root.activeFocus ? Theme.accent : Theme.border
        border.width: 2
    }

    onTextChanged: Till.setTypedPrefix(text)

    Connections {
        target: Till
        function onTypedPrefixUsed() { root.text = "" }
    }

    onAccepted: {
        const code = text
        text = ""
        if (code.trim().length > 0)
            root.submitted(code)
    }
}
