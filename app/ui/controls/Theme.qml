pragma Singleton
import QtQuick

// Colours and sizes shared by the cashier screens. Touch targets never go below minimumTouch.
QtObject {
    readonly property color background: "#f3f4f6"
    readonly property color surface: "#ffffff"
    readonly property color header: "#1f2937"
    readonly property color headerText: "#f9fafb"
    readonly property color textColor: "#111827"
    readonly property color mutedTextColor: "#6b7280"
    readonly property color accent: "#2563eb"
    readonly property color accentText: "#ffffff"
    readonly property color success: "#15803d"
    readonly property color warning: "#d97706"
    readonly property color danger: "#b91c1c"
    readonly property color border: "#d1d5db"
    readonly property int minimumTouch: 56
    readonly property int gap: 12
    readonly property int bodySize: 18
    readonly property int largeSize: 26
    readonly property int hugeSize: 40
    readonly property string monospaceFamily: "Noto Sans Mono CJK KR"
    readonly property string removeGlyph: "\u2715"
    readonly property string eraseGlyph: "\u232b"
    readonly property string minusGlyph: "\u2212"
}
