import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The checkout: scan field and cart on the left, totals, payment and the receipt on the right,
// messages and the link to the central store at the bottom in the cashier's language. The scan field
// takes the focus back after every action, so the next scan always lands in it.
Item {
    id: root

    component TillTab: TabButton {
        implicitHeight: Theme.minimumTouch
        leftPadding: 2
        rightPadding: 2
    }

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
                    text: qsTr("Terminal %1").arg(Till.terminalId) + "   " + Session.staffName
                    font.pixelSize: Theme.bodySize
                    color: Theme.headerText
                    opacity: 0.7
                }
                TouchButton {
                    objectName: "backOfficeButton"
                    text: qsTr("Back office")
                    tint: Theme.header
                    onClicked: BackOffice.enter()
                }
                TouchButton {
                    objectName: "lockButton"
                    text: qsTr("Lock")
                    tint: Theme.header
                    onClicked: Session.lockNow()
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

        StaffRequestNotice {
            Layout.fillWidth: true
            onFinished: root.refocus()
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
                CustomerStrip {
                    Layout.fillWidth: true
                }
                CartView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: Till.cart
                    editable: !Till.finished
                    onRemoveRequested: lineId => { Till.voidLine(lineId); root.refocus() }
                    onEditRequested: (lineId, name, note) => lineEdit.edit(lineId, name, note)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    TouchButton {
                        text: qsTr("Void sale (F8)")
                        enabled: Till.hasItems && !Till.finished
                        tint: Theme.danger
                        onClicked: { Till.voidSale(); root.refocus() }
                    }
                    TouchButton {
                        text: qsTr("Basket discount")
                        enabled: Till.hasItems && !Till.paying && !Till.finished
                        tint: Theme.header
                        onClicked: lineEdit.edit(0, "", "")
                    }
                    TouchButton {
                        objectName: "parkButton"
                        text: qsTr("Park (F4)")
                        enabled: Till.hasItems && !Till.paying && !Till.finished
                        tint: Theme.header
                        onClicked: { Till.park(); root.refocus() }
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
                TabBar {
                    id: tabs

                    objectName: "rightTabs"
                    Layout.fillWidth: true
                    // Eight tabs beside the cart: a smaller type the tighter they sit, and narrow padding, keep
                    // every label whole.
                    font.pixelSize: width / count < 64 ? Theme.bodySize - 6
                                  : width / count < 90 ? Theme.bodySize - 4 : Theme.bodySize
                    TillTab { objectName: "payTab"; text: qsTr("Pay") }
                    TillTab { text: qsTr("Products") }
                    TillTab {
                        text: Till.parked.count > 0 ? qsTr("Parked (%1)").arg(Till.parked.count) : qsTr("Parked")
                    }
                    TillTab { text: qsTr("Receipt") }
                    TillTab { objectName: "returnsTab"; text: qsTr("Returns") }
                    TillTab { objectName: "shiftTab"; text: qsTr("Shift") }
                    TillTab { objectName: "devicesTab"; text: qsTr("Devices") }
                    TillTab { objectName: "ordersTab"; text: qsTr("Orders") }
                }
                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: tabs.currentIndex

                    PayPanel {
                        id: payPanel

                        onDone: root.refocus()
                    }
                    ProductPanel {
                        id: productPanel

                        onPicked: root.refocus()
                    }
                    ParkedPanel {
                        onResumed: {
                            tabs.currentIndex = 0
                            root.refocus()
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.gap / 2
                        ReceiptPreview {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: Till.receiptText
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TouchButton {
                                objectName: "reprintButton"
                                Layout.fillWidth: true
                                text: qsTr("Print a copy")
                                enabled: Till.canReprint
                                onClicked: Till.reprintLast()
                            }
                            TouchButton {
                                Layout.fillWidth: true
                                text: qsTr("Gift receipt")
                                enabled: Till.canReprint
                                onClicked: Till.printGiftReceipt()
                            }
                        }
                    }
                    ReturnsPanel {
                        id: returnsPanel

                        onExchangeStarted: tabs.currentIndex = 0
                    }
                    ShiftPanel {
                    }
                    DevicesPanel {
                    }
                    OnlineOrdersPanel {
                        id: ordersPanel
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.minimumTouch
            color: Till.messageIsError || Till.printerMessage !== "" ? Theme.danger : Theme.header
            Text {
                id: printerText

                objectName: "printerText"
                anchors.right: parent.right
                anchors.rightMargin: Theme.gap * 2
                anchors.verticalCenter: parent.verticalCenter
                visible: Till.printerMessage !== ""
                text: Till.printerMessage
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.headerText
            }
            SyncStatus {
                id: syncStatus

                anchors.right: printerText.visible ? printerText.left : parent.right
                anchors.rightMargin: Theme.gap * 2
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "messageText"
                anchors.left: parent.left
                anchors.right: syncStatus.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                anchors.leftMargin: Theme.gap * 2
                verticalAlignment: Text.AlignVCenter
                text: Till.message !== "" ? Till.message : qsTr("Ready")
                font.pixelSize: Theme.bodySize
                color: Theme.headerText
                elide: Text.ElideRight
            }
        }
    }

    LineEditDialog {
        id: lineEdit

        objectName: "lineEditDialog"
        onClosed: root.refocus()
    }

    // Function keys for fast cashiers. A keyboard-wedge scanner only types characters and Enter, so no
    // scan can reach these. Application-wide: a till without a window manager never has an "active"
    // window, and the keys must work there too.
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F2"
        onActivated: { tabs.currentIndex = 1; productPanel.focusSearch() }
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F3"
        onActivated: tabs.currentIndex = 7
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F4"
        onActivated: { Till.park(); root.refocus() }
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F6"
        onActivated: { tabs.currentIndex = 4; returnsPanel.focusReceipt() }
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F7"
        onActivated: tabs.currentIndex = 5
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F8"
        onActivated: { Till.voidSale(); root.refocus() }
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F9"
        onActivated: tabs.currentIndex = 2
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F11"
        enabled: Till.hasItems && !Till.finished && !CardPayment.busy
        onActivated: { tabs.currentIndex = 0; CardPayment.pay(""); root.refocus() }
    }
    Shortcut {
        context: Qt.ApplicationShortcut
        sequence: "F12"
        onActivated: { tabs.currentIndex = 0; payPanel.payExact(); root.refocus() }
    }

    // An order's QR code scanned anywhere, or an order touched in the customer panel, opens on its tab; an
    // order paid in store goes into the sale, and its balance is taken on the Pay tab.
    Connections {
        target: OnlineOrders
        function onOpened() { tabs.currentIndex = 7 }
        function onPaymentWanted() {
            tabs.currentIndex = 0
            root.refocus()
        }
    }

    Component.onCompleted: refocus()
}
