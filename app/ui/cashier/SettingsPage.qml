import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Omnitill.Controls
import Omnitill.Cashier

// The store's settings in the back office, for a manager: one row per setting under its group (store, receipt,
// tax and rounding, languages, staff, offline allowances, kiosk, devices), each saved on its own after the
// till checks it. A refusal, or when a saved value takes effect, shows at the top. Beside them, a receipt as the
// printer would print it with the store's name, address, header, footer and logo as saved now.
Item {
    id: root

    onVisibleChanged: if (visible) Settings.refresh()
    Component.onCompleted: Settings.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        Text {
            objectName: "settingsNotAllowed"
            Layout.fillWidth: true
            visible: !Settings.allowed
            text: qsTr("Only a manager may change the store's settings.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.mutedTextColor
        }
        Text {
            objectName: "settingsMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: Settings.message
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Settings.refused ? Theme.danger : Theme.success
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Settings.allowed
            spacing: Theme.gap

            ListView {
                objectName: "settingsFields"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: Settings
                ScrollBar.vertical: ScrollBar {}
                section.property: "group"
                section.delegate: Text {
                    required property string section

                    width: ListView.view.width
                    topPadding: Theme.gap
                    text: section
                    font.pixelSize: Theme.bodySize + 2
                    font.bold: true
                    color: Theme.textColor
                }
                delegate: Rectangle {
                    id: row

                    required property string key
                    required property string label
                    required property string hint
                    required property string value
                    required property string kind
                    required property var choices
                    required property var choiceLabels
                    required property bool needsRestart

                    function typed() {
                        return kind === "choice" ? choices[choiceBox.currentIndex] || ""
                                                 : kind === "lines" ? lines.text : line.text
                    }

                    width: ListView.view.width
                    implicitHeight: fieldRow.implicitHeight + 8
                    color: Theme.surface
                    border.color: Theme.border
                    radius: 4
                    RowLayout {
                        id: fieldRow

                        anchors.fill: parent
                        anchors.margins: 4
                        spacing: Theme.gap
                        ColumnLayout {
                            // A fixed column, so every field starts at the same place.
                            Layout.preferredWidth: 320
                            Layout.maximumWidth: 320
                            spacing: 0
                            Text {
                                Layout.fillWidth: true
                                text: row.label
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.bodySize - 2
                            }
                            Text {
                                Layout.fillWidth: true
                                text: row.needsRestart ? qsTr("Takes effect at the next start") : qsTr("Takes effect now")
                                font.pixelSize: Theme.bodySize - 6
                                color: Theme.mutedTextColor
                            }
                            Text {
                                objectName: "logoSummary"
                                Layout.fillWidth: true
                                visible: row.kind === "logo"
                                text: Settings.logoSummary
                                font.pixelSize: Theme.bodySize - 6
                                font.bold: true
                            }
                        }
                        TextField {
                            id: line

                            objectName: "setting:" + row.key
                            Layout.fillWidth: true
                            implicitHeight: Theme.minimumTouch
                            visible: row.kind === "text" || row.kind === "logo"
                            text: row.value
                            placeholderText: row.hint
                            font.pixelSize: Theme.bodySize - 3
                            onAccepted: Settings.save(row.key, row.typed())
                        }
                        TextArea {
                            id: lines

                            objectName: "settingLines:" + row.key
                            Layout.fillWidth: true
                            Layout.minimumHeight: Theme.minimumTouch
                            visible: row.kind === "lines"
                            text: row.value
                            placeholderText: row.hint
                            font.pixelSize: Theme.bodySize - 3
                            background: Rectangle { border.color: Theme.border }
                        }
                        ComboBox {
                            id: choiceBox

                            objectName: "settingChoice:" + row.key
                            Layout.fillWidth: true
                            implicitHeight: Theme.minimumTouch
                            visible: row.kind === "choice"
                            model: row.choiceLabels
                            currentIndex: row.choices.indexOf(row.value)
                            font.pixelSize: Theme.bodySize - 3
                        }
                        TouchButton {
                            objectName: "save:" + row.key
                            text: row.kind === "logo" ? qsTr("Use this file") : qsTr("Save")
                            onClicked: Settings.save(row.key, row.typed())
                        }
                        TouchButton {
                            objectName: "removeLogo"
                            visible: row.kind === "logo"
                            text: qsTr("Remove logo")
                            onClicked: Settings.removeLogo()
                        }
                    }
                }
            }
            ReceiptSamplePreview {
                // A layout fills the row's width unless told; the fields keep the most of it.
                Layout.fillWidth: false
                Layout.preferredWidth: 300
                Layout.maximumWidth: 300
                Layout.fillHeight: true
            }
        }
    }
}
