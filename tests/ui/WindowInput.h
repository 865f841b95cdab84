#pragma once

#include "WedgeScanDetector.h"

#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>

// Driving a QML window as a person and a keyboard-wedge scanner do, for the screen tests: the visible item
// of a name (an item on a hidden page does not count), a touch in its middle, and keys typed with their
// own timestamps, so that the wedge filter tells a scanner's burst from typing by the gaps between them.
namespace windowinput {

inline QQuickItem *visibleItem(QQuickItem *root, const QString &objectName)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = visibleItem(child, objectName))
            return found;
    }
    return nullptr;
}

// False when no item of that name is visible.
[[nodiscard]] inline bool click(QQuickWindow *window, const QString &objectName)
{
    // Layouts place their items at the next polish: a click aimed before it lands where the item used to be.
    if (QQuickTest::qIsPolishScheduled(window) && !QQuickTest::qWaitForPolish(window))
        return false;
    QQuickItem *target = visibleItem(window->contentItem(), objectName);
    if (!target)
        return false;
    const QPointF middle = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, middle.toPoint());
    return true;
}

// Each character as a US keyboard sends it, gapMs after the one before on clockMs; "\r" is Enter. False
// when a character has no key.
[[nodiscard]] inline bool typeKeys(QQuickWindow *window, const QString &text, qint64 gapMs, qint64 &clockMs)
{
    for (QChar c : text) {
        const auto stroke = omnitill::WedgeScanDetector::usKeyStroke(c.unicode());
        if (!stroke)
            return false;
        const int key = c == u'\r' ? int(Qt::Key_Return) : int(c.toUpper().unicode());
        QKeyEvent press(QEvent::KeyPress, key, stroke->shift ? Qt::ShiftModifier : Qt::NoModifier, stroke->scanCode + 8,
                        0, 0, QString(c));
        clockMs += gapMs;
        press.setTimestamp(quint64(clockMs));
        QCoreApplication::sendEvent(window, &press);
    }
    return true;
}

} // namespace windowinput
