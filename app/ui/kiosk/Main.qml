import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Omnitill.Controls
import Omnitill.Cashier
import Omnitill.Kiosk

// The kiosk's window: frameless and full screen (main() shows it so), one step of the shopper's flow at a
// time under a bar with the way back and the call for help, and over it whatever stops the shopper: staff
// on their way, staff mode, the idle warning. Closing the window is refused outside staff mode.
ApplicationWindow {
    id: root

    width: Math.min(1280, Screen.desktopAvailableWidth)
    height: Math.min(800, Screen.desktopAvailableHeight)
    visible: true
    flags: Qt.Window | Qt.FramelessWindowHint
    title: qsTr("Omnitill self-checkout — %1").arg(Till.storeName)
    color: Theme.background
    font.pixelSize: Theme.largeSize

    onClosing: close => close.accepted = Kiosk.staffMode

    // Each shopper starts in the store's language, whichever one the shopper before chose.
    property string storeLanguage: ""

    Component.onCompleted: storeLanguage = Language.language

    Connections {
        target: Kiosk
        function onStageChanged() {
            if (Kiosk.stage === KioskViewModel.Welcome && root.storeLanguage !== "")
                Language.language = root.storeLanguage
        }
    }

    readonly property bool shopperSteps: Kiosk.stage !== KioskViewModel.Closed && Kiosk.stage !== KioskViewModel.Welcome
                                         && Kiosk.stage !== KioskViewModel.Goodbye

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + Theme.gap
            color: Theme.header
            visible: root.shopperSteps

            RowLayout {
                id: bar

                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                spacing: Theme.gap
                TouchButton {
                    objectName: "kioskBack"
                    text: qsTr("Back")
                    tint: Theme.border
                    labelColor: Theme.textColor
                    enabled: Kiosk.stage !== KioskViewModel.Shopping || !Till.hasItems
                    onClicked: Kiosk.back()
                }
                Text {
                    Layout.fillWidth: true
                    text: Till.storeName
                    color: Theme.headerText
                    font.pixelSize: Theme.largeSize
                    elide: Text.ElideRight
                }
                TouchButton {
                    objectName: "kioskHelp"
                    text: qsTr("Call for help")
                    tint: Theme.warning
                    onClicked: Kiosk.callHelp()
                }
            }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: Kiosk.stage

            KioskClosed {}
            KioskWelcome {}
            KioskShopping {}
            KioskIdentify {}
            KioskPay {}
            KioskGoodbye {}
        }
    }
    // Staff come in through the corner: a small, plain target a shopper has no reason to press.
    MouseArea {
        objectName: "kioskStaffCorner"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: Theme.minimumTouch
        height: Theme.minimumTouch
        visible: Kiosk.stage !== KioskViewModel.Closed && !Kiosk.staffMode && !Kiosk.waitingForStaff
        onPressAndHold: staffPin.open()
    }
    KioskIdleWarning {
        anchors.fill: parent
    }
    KioskWaiting {
        anchors.fill: parent
    }
    KioskStaffPin {
        id: staffPin

        anchors.fill: parent
    }
    KioskStaffPanel {
        anchors.fill: parent
    }
}
