#pragma once

#include <QObject>
#include <QString>

class QQmlApplicationEngine;

namespace omnitill {

// What the till does instead of waiting for a cashier, for tests, tooling and benchmarks:
// --self-test loads every screen and fails on any QML warning; --screenshot saves the window as it
// renders; --startup-report prints the time from process start to ready-to-scan and the resident memory.
// Each quits the application with the outcome as exit code once the first frame is on screen.
class ScreenProbe : public QObject
{
    Q_OBJECT

public:
    enum class Mode { SelfTest, Screenshot, StartupReport };

    ScreenProbe(QQmlApplicationEngine &engine, Mode mode, QString screenshotPath = {}, QObject *parent = nullptr);

    // Starts watching: call before loading the main QML file so no warning is missed.
    void arm();

private:
    void onFirstFrame();
    bool loadEveryScreen();

    QQmlApplicationEngine &m_engine;
    Mode m_mode;
    QString m_screenshotPath;
    int m_warnings = 0;
};

} // namespace omnitill
