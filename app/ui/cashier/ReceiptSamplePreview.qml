import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The settings page's receipt preview: a made-up sale on the till's printer's paper with the store's name,
// address, header, footer and logo as saved now (image://receiptsample, drawn by the virtual printer from the
// very bytes the printer would get). It is drawn again whenever a saved setting may change it.
ColumnLayout {
    id: root

    spacing: Theme.gap / 2

    Text {
        Layout.fillWidth: true
        text: qsTr("Receipt preview")
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.textColor
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
                objectName: "receiptSampleImage"
                width: parent.width
                fillMode: Image.PreserveAspectFit
                asynchronous: false // the settings read the store on this thread
                cache: false
                source: "image://receiptsample/" + Settings.previewRevision
            }
        }
    }
}
