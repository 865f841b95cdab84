import QtQuick
import QtQuick.Controls
import Omnitill.Controls
import Omnitill.Cashier

// The receipt as it will print, in the printer's monospaced font, on paper-coloured ground.
Rectangle {
    id: root

    property alias text: receipt.text

    color: "#fffef8"
    border.color: Theme.border
    radius: 4

    ScrollView {
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        Text {
            id: receipt

            objectName: "receiptText"
            font.family: Theme.monospaceFamily
            font.pixelSize: 13
            color: Theme.textColor
            textFormat: Text.PlainText
        }
    }
}
