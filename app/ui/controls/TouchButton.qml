import QtQuick
import QtQuick.Controls

// A button sized for fingers: at least Theme.minimumTouch high, large label, a clear pressed state.
Button {
    id: root

    property color tint: Theme.accent
    property color labelColor: Theme.accentText

    implicitHeight: Math.max(Theme.minimumTouch, implicitContentHeight + topPadding + bottomPadding)
    // + 2: a label exactly as wide as the room left for it is elided by rounding.
    implicitWidth: Math.max(Theme.minimumTouch * 2, implicitContentWidth + leftPadding + rightPadding + 2)
    padding: 12
    font.pixelSize: Theme.bodySize
    font.bold: true

    contentItem: Text {
        text: root.text
        font: root.font
        color: root.enabled ? root.labelColor : Theme.mutedTextColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: !root.enabled ? Theme.border : root.down ? Qt.darker(root.tint, 1.3) : root.tint
    }
}
