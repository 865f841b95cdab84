#pragma once

#include "LanguageController.h"
#include "QmlSingletons.h"
#include "TillAssembly.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

// A till screen as main() shows it: the assembly's objects published to a new QML engine, the language
// controller translating the screens and the till's own words, and the one window the QML file makes,
// exposed. Destroy it before the assembly it shows.
class TillWindow
{
public:
    omnitill::LanguageController language;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    // Loads qrc:/qt/qml/<module>/Main.qml (Omnitill/Cashier, Omnitill/Kiosk) in English. Empty on success,
    // else what went wrong, for QVERIFY2.
    [[nodiscard]] QString open(omnitill::TillAssembly &assembly, const QString &module, QSize size = {})
    {
        assembly.publishToQml(engine);
        omnitill::qml::LanguageSingleton::instance = &language;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        language.setEngine(&engine);
        QObject::connect(&language, &omnitill::LanguageController::languageChanged, &assembly.till,
                         [&assembly](const QString &code) { assembly.setLanguage(code); });
        if (!language.setLanguage(QStringLiteral("en")))
            return QStringLiteral("no English translation");
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/%1/Main.qml").arg(module)));
        if (engine.rootObjects().size() != 1)
            return QStringLiteral("%1/Main.qml made %2 windows").arg(module).arg(engine.rootObjects().size());
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (!window)
            return QStringLiteral("%1/Main.qml is not a window").arg(module);
        if (size.isValid())
            window->resize(size);
        if (!QTest::qWaitForWindowExposed(window))
            return QStringLiteral("the window was never shown");
        window->requestActivate();
        return {};
    }
};
