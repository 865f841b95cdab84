#pragma once

#include "TillWindow.h"

// The kiosk's window as it is now, in Korean and English, saved as kiosk-LANGUAGE-NAME.png into the folder
// OMNITILL_SCREENS_DIR names (scripts/screens.sh: docs/screens); nothing when it is unset. The language
// on screen before is restored.
inline void photographKiosk(TillWindow &screen, const QString &name)
{
    const QString folder = qEnvironmentVariable("OMNITILL_SCREENS_DIR");
    if (folder.isEmpty())
        return;
    const QString before = screen.language.language();
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        screen.language.setLanguage(language);
        QTest::qWait(150);
        QVERIFY(screen.window->grabWindow().save(QStringLiteral("%1/kiosk-%2-%3.png").arg(folder, language, name)));
    }
    screen.language.setLanguage(before);
}
