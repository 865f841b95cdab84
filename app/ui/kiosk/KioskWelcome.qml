import QtQuick
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The first screen a shopper sees: the language, in each language's own name, and one large button to
// start; scanning an item starts as well.
Rectangle {
    id: root

    color: Theme.header

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: Theme.gap * 3

        Text {
            Layout.fillWidth: true
            text: qsTr("Welcome to %1").arg(Till.storeName)
            color: Theme.headerText
            font.pixelSize: Theme.hugeSize * 1.3
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Scan your first item, or touch Start")
            color: Theme.headerText
            font.pixelSize: Theme.largeSize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap * 2
            Repeater {
                model: Language.available
                TouchButton {
                    required property string modelData
                    objectName: "kioskLanguage_" + modelData
                    implicitWidth: 240
                    implicitHeight: 88
                    font.pixelSize: Theme.largeSize
                    text: Language.nativeName(modelData)
                    tint: Language.language === modelData ? Theme.accent : Theme.mutedTextColor
                    onClicked: Language.language = modelData
                }
            }
        }
        TouchButton {
            objectName: "kioskStart"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 500
            implicitHeight: 120
            font.pixelSize: Theme.hugeSize
            text: qsTr("Start")
            tint: Theme.success
            onClicked: Kiosk.start()
        }
    }
}
