#pragma once

#include "../services/StoreFixture.h"
#include "ScreenDriver.h"
#include "TillWindow.h"

// A manager's visit to one back-office page on the till's own window, over a real store (the Seoul demo): the
// store, the assembly and the window, the manager signed in with a shift open, the page's tab touched. A page's
// screen test derives from it (after QObject) and calls open() in initTestCase and close() in cleanupTestCase.
class BackOfficeVisit : protected ScreenDriver
{
protected:
    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<omnitill::TillAssembly> m_assembly;
    std::unique_ptr<TillWindow> m_screen;

    // Ends with the page showing the item pageItem; QVERIFY fails the calling test otherwise.
    void open(const char *tab, const char *pageItem)
    {
        m_store = std::make_unique<StoreFixture>();
        m_assembly = std::make_unique<omnitill::TillAssembly>(
            *m_store->database, *m_store->catalog, omnitill::StoreSettings(*m_store->database), *m_store->profile);
        m_screen = std::make_unique<TillWindow>();
        const QString opened = m_screen->open(*m_assembly, QStringLiteral("Omnitill/Cashier"));
        QVERIFY2(opened.isEmpty(), qPrintable(opened));
        m_window = m_screen->window;

        submitCredentials("3001", "3333"); // the manager
        QTRY_VERIFY(!visible("signInScreen"));
        QVERIFY(m_assembly->shifts.open(100000));
        click("backOfficeButton");
        QTRY_VERIFY(omnitill::qml::BackOfficeSingleton::instance->isOpen());
        click(tab);
        QTRY_VERIFY(visible(pageItem));
    }

    void close()
    {
        m_screen.reset();
        m_assembly.reset();
        m_store.reset();
    }

    static QString screensFolder() { return qEnvironmentVariable("OMNITILL_SCREENS_DIR"); }

    // Photographs the window at the till's 1280 × 800 as LANGUAGE-backoffice-PAGE.png in Korean and English into
    // screensFolder() (set by scripts/screens.sh), after show() has set the page up in that language.
    template <typename Show>
    void photograph(const QString &page, Show show)
    {
        const QString folder = screensFolder();
        m_window->resize(1280, 800);
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QVERIFY(m_screen->language.setLanguage(language));
            show();
            QTest::qWait(300);
            const QImage shot = m_window->grabWindow();
            QVERIFY(!shot.isNull());
            QVERIFY(shot.save(QStringLiteral("%1/%2-backoffice-%3.png").arg(folder, language, page)));
        }
    }
};
