import QtQuick
import QtQuick.Layouts

// Digits for fingers: amounts and quantities without a keyboard. Emits each key; the field it serves
// decides what the digits mean.
GridLayout {
    id: root

    signal digit(string digits)
    signal erase
    signal clear

    columns: 3
    rowSpacing: 6
    columnSpacing: 6

    Repeater {
        model: ["7", "8", "9", "4", "5", "6", "1", "2", "3", "00", "0"]
        TouchButton {
            required property string modelData
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch - 4
            text: modelData
            tint: Theme.surface
            labelColor: Theme.textColor
            font.pixelSize: Theme.largeSize
            onClicked: root.digit(modelData)
        }
    }
    TouchButton {
        Layout.fillWidth: true
        implicitHeight: Theme.minimumTouch - 4
        text: Theme.eraseGlyph
        tint: Theme.border
        labelColor: Theme.textColor
        font.pixelSize: Theme.largeSize
        Accessible.name: qsTr("Erase")
        onClicked: root.erase()
        onPressAndHold: root.clear()
    }
}
