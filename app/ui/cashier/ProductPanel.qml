import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Finding a product without its barcode: favourites first, a search by name (Korean or English),
// by Korean initials (ㅅㄹㅇ) or by SKU, or a category's page. A tap sells one; a product sold by weight
// asks for its weight first.
Item {
    id: root

    signal picked

    function focusSearch() {
        search.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        TextField {
            id: search

            objectName: "productSearchField"
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            font.pixelSize: Theme.bodySize + 2
            placeholderText: qsTr("Search: name, initials (ㅅㄹㅇ) or SKU")
            onTextChanged: Till.products.query = text
        }
        ListView {
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            orientation: ListView.Horizontal
            spacing: 6
            clip: true
            model: [""].concat(Till.products.categories)
            delegate: TouchButton {
                    required property string modelData
                    text: modelData === "" ? qsTr("Favourites") : Till.products.categoryName(modelData)
                    implicitWidth: implicitContentWidth + leftPadding + rightPadding + 4
                    tint: Till.products.category === modelData && search.text === "" ? Theme.accent : Theme.border
                    labelColor: Till.products.category === modelData && search.text === "" ? Theme.accentText
                                                                                           : Theme.textColor
                    onClicked: {
                        search.text = ""
                        Till.products.category = modelData
                    }
                }
        }
        GridView {
            id: grid

            objectName: "productGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / 2
            cellHeight: Theme.minimumTouch * 1.5
            model: Till.products

            delegate: Item {
                id: tile

                required property int index
                required property string name
                required property string price
                required property bool weighed

                width: grid.cellWidth
                height: grid.cellHeight

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: 3
                    radius: 8
                    color: tap.pressed ? Theme.border : Theme.surface

                    Column {
                        anchors.fill: parent
                        anchors.margins: 8
                        spacing: 2
                        Text {
                            width: parent.width
                            text: tile.name
                            font.pixelSize: Theme.bodySize - 2
                            color: Theme.textColor
                            elide: Text.ElideRight
                        }
                        Text {
                            text: tile.price
                            font.pixelSize: Theme.bodySize - 2
                            font.bold: true
                            color: Theme.textColor
                        }
                    }
                    TapHandler {
                        id: tap

                        onTapped: {
                            if (tile.weighed) {
                                weightDialog.ask(tile.index, tile.name)
                                return
                            }
                            Till.addProduct(tile.index)
                            root.picked()
                        }
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: grid.count === 0
                text: qsTr("No products found")
                color: Theme.mutedTextColor
                font.pixelSize: Theme.bodySize
            }
        }
    }

    WeightDialog {
        id: weightDialog

        objectName: "weightDialog"
        onClosed: root.picked()
    }
}
