import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// A shopper who walked away is asked first: the basket is cleared when the count reaches zero, unless
// someone touches the screen (any touch is activity, the button only makes that plain).
Rectangle {
    id: root

    objectName: "kioskIdleWarning"
    visible: Kiosk.idleSecondsLeft > 0
    color: "#cc000000"

    MouseArea {
        anchors.fill: parent // nothing beneath is touched by mistake
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.6
        spacing: Theme.gap * 2

        Text {
            Layout.fillWidth: true
            text: qsTr("Are you still there?")
            color: "white"
            font.pixelSize: Theme.hugeSize * 1.3
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Your basket will be cleared in %n second(s).", "", Kiosk.idleSecondsLeft)
            color: "white"
            font.pixelSize: Theme.largeSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        TouchButton {
            objectName: "kioskStillHere"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 400
            implicitHeight: 100
            font.pixelSize: Theme.largeSize
            text: qsTr("I'm still here")
            tint: Theme.success
            onClicked: Kiosk.noteActivity()
        }
    }
}
