#pragma once

#include "WindowInput.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

// Drives a till window the way a person does: reads what items show, fills fields, clicks where a finger
// would (WindowInput's touch). A screen test derives from it (after QObject) and sets m_window once the window is up.
class ScreenDriver
{
protected:
    QQuickWindow *m_window = nullptr;

    QString textOf(const char *objectName) const
    {
        auto *item = m_window->findChild<QQuickItem *>(QString::fromLatin1(objectName));
        return item ? item->property("text").toString()
                    : QStringLiteral("<no %1>").arg(QString::fromLatin1(objectName));
    }

    bool visible(const char *objectName) const
    {
        for (QObject *object : m_window->findChildren<QObject *>(QString::fromLatin1(objectName))) {
            if (object->property("visible").toBool())
                return true;
        }
        return false;
    }

    // Fills the visible staff number and PIN form (sign-in, unlock or approval) and submits it.
    void submitCredentials(const char *staffNumber, const char *pin)
    {
        for (auto *form : m_window->findChildren<QQuickItem *>()) {
            if (!form->isVisible() || !form->findChild<QQuickItem *>(QStringLiteral("credentialsSubmit")))
                continue;
            auto *number = form->findChild<QQuickItem *>(QStringLiteral("staffNumberField"));
            auto *pinField = form->findChild<QQuickItem *>(QStringLiteral("pinField"));
            if (!number || !pinField || !number->isVisible())
                continue;
            number->setProperty("text", QString::fromLatin1(staffNumber));
            pinField->setProperty("text", QString::fromLatin1(pin));
            QMetaObject::invokeMethod(form->findChild<QQuickItem *>(QStringLiteral("credentialsSubmit")), "clicked");
            return;
        }
        QFAIL("no credentials form on screen");
    }

    static QQuickItem *visibleItem(QQuickItem *root, const QString &objectName)
    {
        return windowinput::visibleItem(root, objectName);
    }

    // Clicks the visible item with that objectName where a finger would: in its middle.
    void click(const char *objectName)
    {
        QVERIFY2(windowinput::click(m_window, QString::fromLatin1(objectName)), objectName);
    }

    void type(const char *objectName, const QString &text)
    {
        auto *field = m_window->findChild<QQuickItem *>(QString::fromLatin1(objectName));
        QVERIFY2(field, objectName);
        field->setProperty("text", text);
    }
};
