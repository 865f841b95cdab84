import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The catalog in the back office: on the left the products, or what a search finds (SKU, barcode, a name in
// either language), a hundred at a time as the list is scrolled; on the right a catalog file imported with a
// progress bar, a cancel and its refused rows, and below it the promotions that apply today or later. Under the
// products, the whole catalog exported as CSV.
Item {
    id: root

    function search() {
        Catalog.search(searchField.text)
    }

    Component.onCompleted: search()

    component Cell: Text {
        font.pixelSize: Theme.bodySize - 3
        elide: Text.ElideRight
        color: Theme.textColor
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.gap / 2

            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: searchField

                    objectName: "catalogSearchField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.minimumTouch
                    font.pixelSize: Theme.bodySize - 2
                    placeholderText: qsTr("SKU, barcode or name")
                    onAccepted: root.search()
                }
                TouchButton {
                    objectName: "catalogSearchButton"
                    text: qsTr("Search")
                    onClicked: root.search()
                }
            }
            Text {
                objectName: "catalogSearching"
                visible: Catalog.searching
                text: qsTr("Searching…")
                font.pixelSize: Theme.bodySize
                color: Theme.mutedTextColor
            }
            Text {
                objectName: "catalogMessage"
                Layout.fillWidth: true
                visible: text !== "" && !Catalog.searching
                text: Catalog.message
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySize
                color: Theme.mutedTextColor
            }
            ListView {
                id: products

                objectName: "catalogProducts"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: Catalog
                ScrollBar.vertical: ScrollBar {}
                headerPositioning: ListView.OverlayHeader
                header: Rectangle {
                    z: 2
                    width: ListView.view.width
                    implicitHeight: 32
                    color: Theme.background
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.gap / 2
                        Cell { Layout.preferredWidth: 110; text: qsTr("SKU"); font.bold: true }
                        Cell { Layout.fillWidth: true; text: qsTr("Name"); font.bold: true }
                        Cell { Layout.preferredWidth: 110; text: qsTr("Price"); font.bold: true; horizontalAlignment: Text.AlignRight }
                        Cell { Layout.preferredWidth: 70; text: qsTr("Tax"); font.bold: true }
                        Cell { Layout.preferredWidth: 150; text: qsTr("Barcodes"); font.bold: true }
                    }
                }
                delegate: Rectangle {
                    required property int index
                    required property string sku
                    required property string nameKo
                    required property string nameEn
                    required property string price
                    required property string taxClass
                    required property string barcodes

                    width: ListView.view.width
                    implicitHeight: 44
                    color: index % 2 ? Theme.background : Theme.surface
                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.gap / 2
                        Cell { Layout.preferredWidth: 110; text: sku; font.family: Theme.monospaceFamily }
                        Cell {
                            Layout.fillWidth: true
                            text: [nameKo, nameEn].filter(s => s).join("  ·  ")
                        }
                        Cell { Layout.preferredWidth: 110; text: price; horizontalAlignment: Text.AlignRight }
                        Cell { Layout.preferredWidth: 70; text: taxClass }
                        Cell { Layout.preferredWidth: 150; text: barcodes; font.pixelSize: Theme.bodySize - 6 }
                    }
                }
            }
            CatalogExportBar {
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            spacing: Theme.gap / 2

            CatalogImportPanel {
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("Promotions in effect")
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            Text {
                Layout.fillWidth: true
                visible: text !== ""
                text: Catalog.promotions.problem
                wrapMode: Text.Wrap
                color: Theme.danger
            }
            ListView {
                objectName: "catalogPromotions"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: Catalog.promotions
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property string nameKo
                    required property string nameEn
                    required property string kind
                    required property string window
                    required property string scope

                    width: ListView.view.width
                    implicitHeight: promotionText.implicitHeight + 8
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4
                    ColumnLayout {
                        id: promotionText

                        anchors.fill: parent
                        anchors.margins: 4
                        spacing: 0
                        Cell {
                            Layout.fillWidth: true
                            text: (Language.language === "ko" ? nameKo || nameEn : nameEn || nameKo) + "  ·  " + kind
                            font.bold: true
                        }
                        Cell {
                            Layout.fillWidth: true
                            text: window + "  ·  " + scope
                            color: Theme.mutedTextColor
                        }
                    }
                }
            }
            ExportButton {
                objectName: "promotionsExport"
                Layout.alignment: Qt.AlignRight
                table: Catalog.promotions
                name: "promotions"
                columns: [{role: "nameKo", header: qsTr("Name (Korean)")}, {role: "nameEn", header: qsTr("Name (English)")},
                          {role: "kind", header: qsTr("Kind")}, {role: "window", header: qsTr("When")},
                          {role: "scope", header: qsTr("On what")}]
            }
        }
    }
}
