import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The parked sales of this till: a tap brings one back on screen (the screen must be free).
Item {
    id: root

    signal resumed

    ListView {
        id: list

        anchors.fill: parent
        clip: true
        spacing: 6
        model: Till.parked

        delegate: TouchButton {
            required property string saleId
            required property string summary
            required property string total
            required property string parkedAt

            width: ListView.view.width
            tint: Theme.surface
            labelColor: Theme.textColor
            font.bold: false
            text: summary + "\n" + qsTr("%1 · parked at %2").arg(total).arg(parkedAt)
            onClicked: {
                if (Till.resume(saleId))
                    root.resumed()
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No parked sales")
        color: Theme.mutedTextColor
        font.pixelSize: Theme.bodySize
    }
}
