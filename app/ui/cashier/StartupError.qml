import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// Shown instead of the till when it cannot start (a damaged store file, one from a newer version):
// says what happened in the cashier's words and what to do, and never touches the store.
ApplicationWindow {
    id: root

    property string message

    width: 1280
    height: 800
    visible: true
    title: qsTr("Omnitill cannot start")
    color: Theme.header

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 96, 900)
        spacing: Theme.gap * 2

        Text {
            Layout.fillWidth: true
            text: qsTr("The till cannot start")
            font.pixelSize: Theme.hugeSize
            font.bold: true
            color: Theme.headerText
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "startupErrorText"
            Layout.fillWidth: true
            text: root.message
            font.pixelSize: Theme.largeSize
            color: Theme.headerText
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Nothing was changed or lost. Call the store manager or support and read them this message.")
            font.pixelSize: Theme.bodySize
            color: Theme.headerText
            opacity: 0.8
            wrapMode: Text.Wrap
        }
        TouchButton {
            text: qsTr("Close")
            onClicked: Qt.quit()
        }
    }
}
