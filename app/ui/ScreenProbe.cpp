#include "ScreenProbe.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace omnitill {

namespace {
// Milliseconds since the kernel started this process: what a user waits for, dynamic linking included.
qint64 millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double bootSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((bootSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0);
}

qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

ScreenProbe::ScreenProbe(QQmlApplicationEngine &engine, Mode mode, QString screenshotPath, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_mode(mode)
    , m_screenshotPath(std::move(screenshotPath))
{
}

void ScreenProbe::arm()
{
    connect(&m_engine, &QQmlEngine::warnings, this,
            [this](const QList<QQmlError> &warnings) { m_warnings += int(warnings.size()); });
    connect(&m_engine, &QQmlApplicationEngine::objectCreated, this, [this](QObject *object) {
        auto *window = qobject_cast<QQuickWindow *>(object);
        if (!window) {
            QCoreApplication::exit(1);
            return;
        }
        connect(window, &QQuickWindow::frameSwapped, this, &ScreenProbe::onFirstFrame, Qt::SingleShotConnection);
    });
}

bool ScreenProbe::loadEveryScreen()
{
    // Every QML file of every module, not only those Main.qml happens to show today.
    bool allLoaded = true;
    QDirIterator files(QStringLiteral(":/qt/qml/Omnitill"), {QStringLiteral("*.qml")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String("/Main.qml")))
            continue;
        QQmlComponent component(&m_engine, QUrl(QLatin1String("qrc") + path));
        std::unique_ptr<QObject> instance(component.create());
        if (!instance) {
            std::fprintf(stderr, "self-test: %s failed: %s\n", qPrintable(path), qPrintable(component.errorString()));
            allLoaded = false;
        } else {
            std::printf("self-test: %s loaded\n", qPrintable(path));
        }
    }
    return allLoaded;
}

void ScreenProbe::onFirstFrame()
{
    const qint64 readyMilliseconds = millisecondsSinceProcessStart();
    // Let bindings that settle after the first frame report their warnings too.
    QTimer::singleShot(100, this, [this, readyMilliseconds] {
        switch (m_mode) {
        case Mode::SelfTest: {
            const bool loaded = loadEveryScreen();
            std::printf("self-test: %d QML warning(s)\n", m_warnings);
            QCoreApplication::exit(loaded && m_warnings == 0 ? 0 : 1);
            return;
        }
        case Mode::Screenshot: {
            auto *window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().value(0));
            const bool saved = window && window->grabWindow().save(m_screenshotPath);
            std::printf("screenshot: %s %s\n", qPrintable(m_screenshotPath), saved ? "saved" : "FAILED");
            QCoreApplication::exit(saved ? 0 : 1);
            return;
        }
        case Mode::StartupReport:
            std::printf("ready-to-scan-ms %lld\nresident-kb %lld\n", readyMilliseconds, residentKilobytes());
            QCoreApplication::exit(0);
            return;
        }
    });
}

} // namespace omnitill
