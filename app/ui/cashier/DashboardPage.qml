import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The manager's dashboard: a period (today by default) beside the same days a week before: the key figures as
// tiles, sales by hour as bars (last week's as the grey bar behind), and the breakdowns by tender, cashier,
// item and coupon, each exportable; the whole as a PDF.
Item {
    id: root

    component DayField: TextField {
        width: 170
        implicitHeight: Theme.minimumTouch
        font.pixelSize: Theme.bodySize - 2
        onAccepted: Dashboard.showPeriod(fromDay.text, untilDay.text)
    }
    component PeriodButton: TouchButton {
        tint: Theme.border
        labelColor: Theme.textColor
    }

    Component.onCompleted: Dashboard.showToday()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.gap

            Flow { // wraps on a narrow screen
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                PeriodButton { objectName: "dashboardToday"; text: qsTr("Today"); onClicked: Dashboard.showToday() }
                PeriodButton { text: qsTr("Yesterday"); onClicked: Dashboard.showYesterday() }
                PeriodButton { objectName: "dashboardWeek"; text: qsTr("This week"); onClicked: Dashboard.showThisWeek() }
                PeriodButton { text: qsTr("This month"); onClicked: Dashboard.showThisMonth() }
                DayField { id: fromDay; objectName: "dashboardFromField"; placeholderText: qsTr("From (2026-11-01)") }
                DayField { id: untilDay; objectName: "dashboardUntilField"; placeholderText: qsTr("Until (2026-11-30)") }
                TouchButton {
                    objectName: "dashboardShowButton"
                    text: qsTr("Show")
                    onClicked: Dashboard.showPeriod(fromDay.text, untilDay.text)
                }
                TouchButton {
                    objectName: "dashboardPdfButton"
                    text: qsTr("Export PDF")
                    tint: Theme.header
                    onClicked: Exports.pdf(qsTr("Dashboard") + " · " + Dashboard.periodTitle, Dashboard.reportText(),
                                           "dashboard")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Text {
                    objectName: "dashboardPeriod"
                    text: Dashboard.periodTitle
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                }
                Text {
                    Layout.fillWidth: true
                    text: Dashboard.comparisonTitle
                    font.pixelSize: Theme.bodySize - 2
                    color: Theme.mutedTextColor
                }
                Text {
                    objectName: "dashboardReading"
                    visible: Dashboard.reading
                    text: qsTr("Reading the sales…")
                    font.pixelSize: Theme.bodySize - 2
                    color: Theme.mutedTextColor
                }
                Text {
                    objectName: "dashboardMessage"
                    visible: text !== ""
                    text: Dashboard.message
                    font.pixelSize: Theme.bodySize - 2
                    color: Theme.danger
                }
            }
            // A Grid, not a GridLayout: Qt 6.4 frees a Repeater's old delegates under a Layout that still measures them
            // (a crash on a language switch).
            Grid {
                id: tiles

                Layout.fillWidth: true
                columns: root.width > 1200 ? 7 : 4
                spacing: Theme.gap / 2
                Repeater {
                    model: Dashboard.tiles
                    delegate: Rectangle {
                        required property var modelData
                        required property int index

                        objectName: "dashboardTile" + index
                        property string value: modelData.value
                        width: (tiles.width - tiles.spacing * (tiles.columns - 1)) / tiles.columns
                        implicitHeight: 104
                        color: Theme.surface
                        border.color: Theme.border
                        radius: 4
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.gap / 2
                            spacing: 2
                            Text {
                                text: modelData.title
                                font.pixelSize: Theme.bodySize - 4
                                color: Theme.mutedTextColor
                            }
                            RowLayout {
                                Text {
                                    Layout.fillWidth: true
                                    text: modelData.value
                                    font.pixelSize: Theme.bodySize + 4
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Text {
                                    text: modelData.change
                                    font.pixelSize: Theme.bodySize - 2
                                    font.bold: true
                                    color: modelData.better ? Theme.success : Theme.danger
                                }
                            }
                            Text {
                                text: modelData.previous
                                font.pixelSize: Theme.bodySize - 5
                                color: Theme.mutedTextColor
                            }
                        }
                    }
                }
            }
            HourChart {
                Layout.fillWidth: true
                Layout.preferredHeight: 180
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 1100 ? 4 : 2
                columnSpacing: Theme.gap / 2
                rowSpacing: Theme.gap / 2
                SummaryTable {
                    Layout.fillWidth: true
                    title: qsTr("By tender")
                    table: Dashboard.tenders
                    fileName: "tenders"
                    countHeader: qsTr("Payments")
                }
                SummaryTable {
                    Layout.fillWidth: true
                    title: qsTr("By cashier")
                    table: Dashboard.cashiers
                    fileName: "cashiers"
                    countHeader: qsTr("Sales")
                }
                SummaryTable {
                    Layout.fillWidth: true
                    title: qsTr("Top items")
                    table: Dashboard.topItems
                    fileName: "top-items"
                    countHeader: qsTr("Quantity")
                    showQuantity: true
                }
                SummaryTable {
                    Layout.fillWidth: true
                    title: qsTr("Coupons")
                    table: Dashboard.coupons
                    fileName: "coupons"
                    countHeader: qsTr("Uses")
                }
            }
        }
    }
}
