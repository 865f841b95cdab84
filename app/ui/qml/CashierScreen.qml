import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Cashier

// The checkout: scan field and cart on the left, totals, payment and the receipt on the right,
// messages at the bottom in the cashier's language. The scan field takes the focus back after every
// action, so the next scan always lands in it.
Item {
    id: root

    function refocus() {
        scanField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch + 16
            color: Theme.header

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.gap * 2
                anchors.rightMargin: Theme.gap
                spacing: Theme.gap
                Text {
                    text: Till.storeName
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    color: Theme.headerText
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Terminal %1").arg(Till.terminalId)
                    font.pixelSize: Theme.bodySize
                    color: Theme.headerText
                    opacity: 0.7
                }
                Repeater {
                    model: Language.available
                    TouchButton {
                        required property string modelData
                        objectName: "language_" + modelData
                        text: Language.nativeName(modelData)
                        tint: Language.language === modelData ? Theme.accent : Theme.header
                        onClicked: {
                            Language.language = modelData
                            root.refocus()
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gap
            spacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                spacing: Theme.gap

                ScanField {
                    id: scanField

                    objectName: "scanField"
                    Layout.fillWidth: true
                    onSubmitted: code => Till.submitCode(code)
                }
                CartView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: Till.cart
                    editable: !Till.paying && !Till.finished
                    onRemoveRequested: lineId => { Till.voidLine(lineId); root.refocus() }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TouchButton {
                        text: qsTr("Void sale")
                        enabled: Till.hasItems && !Till.finished
                        tint: Theme.danger
                        onClicked: { Till.voidSale(); root.refocus() }
                    }
                    Item { Layout.fillWidth: true }
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                spacing: Theme.gap

                TotalsPanel {
                    Layout.fillWidth: true
                }
                PayPanel {
                    Layout.fillWidth: true
                    onDone: root.refocus()
                }
                ReceiptPreview {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    text: Till.receiptText
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            color: Till.messageIsError ? Theme.danger : Theme.header
            Text {
                objectName: "messageText"
                anchors.fill: parent
                anchors.leftMargin: Theme.gap * 2
                verticalAlignment: Text.AlignVCenter
                text: Till.message !== "" ? Till.message : qsTr("Ready")
                font.pixelSize: Theme.bodySize
                color: Theme.headerText
                elide: Text.ElideRight
            }
        }
    }

    Component.onCompleted: refocus()
}
