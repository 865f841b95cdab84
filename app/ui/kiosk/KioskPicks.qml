import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Unlabelled items picked from their picture: a tile each (a coloured tile with the name's first letter,
// as the catalog holds no photographs), one piece per touch.
GridView {
    id: root

    readonly property int columns: 3

    cellWidth: width / columns
    cellHeight: 150
    clip: true
    model: Kiosk.picks
    interactive: contentHeight > height

    delegate: Item {
        id: tile

        required property var modelData
        readonly property string name: Language.language === "ko" ? modelData.nameKo : modelData.nameEn

        width: root.cellWidth
        height: root.cellHeight

        Rectangle {
            objectName: "kioskPick_" + tile.modelData.sku
            anchors.fill: parent
            anchors.margins: Theme.gap / 2
            radius: 12
            color: tap.pressed ? Qt.darker(tile.modelData.tint, 1.3) : tile.modelData.tint

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: 2
                Text {
                    Layout.alignment: Qt.AlignHCenter
                    text: tile.name.charAt(0)
                    color: "white"
                    font.pixelSize: Theme.hugeSize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    text: tile.name
                    color: "white"
                    font.pixelSize: Theme.bodySize
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: tile.modelData.price
                    color: "white"
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            TapHandler {
                id: tap

                onTapped: Kiosk.pick(tile.modelData.sku)
            }
        }
    }
}
