import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The back office: the manager's pages on the till, over the cashier screen while BackOffice.open. The
// header says where one is and leads back to the till; the footer says where the last export went.
Rectangle {
    id: root

    color: Theme.background

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
                    text: qsTr("Back office")
                    font.pixelSize: Theme.largeSize
                    font.bold: true
                    color: Theme.headerText
                }
                TabBar {
                    id: pages

                    Layout.fillWidth: true
                    TabButton {
                        objectName: "dashboardPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Dashboard")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "journalPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Journal")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "shiftsPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Shifts")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "staffPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Staff")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "devicesPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Devices")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "syncPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Sync")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "requestsPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Requests")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "catalogPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Catalog")
                        font.pixelSize: Theme.bodySize
                    }
                    TabButton {
                        objectName: "settingsPageTab"
                        implicitHeight: Theme.minimumTouch
                        text: qsTr("Settings")
                        font.pixelSize: Theme.bodySize
                    }
                }
                Text {
                    text: Session.staffName
                    font.pixelSize: Theme.bodySize
                    color: Theme.headerText
                    opacity: 0.7
                }
                TouchButton {
                    objectName: "leaveBackOfficeButton"
                    text: qsTr("Back to the till")
                    onClicked: BackOffice.leave()
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.gap
            currentIndex: pages.currentIndex
            DashboardPage {
            }
            JournalPage {
            }
            ShiftsPage {
            }
            StaffPage {
            }
            DevicesPanel {
            }
            SyncPage {
            }
            RequestsPage {
            }
            CatalogPage {
            }
            SettingsPage {
            }
        }
        Text {
            objectName: "exportMessage"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.bottomMargin: Theme.gap / 2
            visible: text !== ""
            text: Exports.message
            elide: Text.ElideMiddle
            font.pixelSize: Theme.bodySize - 2
            color: Exports.messageIsError ? Theme.danger : Theme.success
        }
    }
}
