#pragma once

#include "Result.h"

#include <QObject>

class QSocketNotifier;

namespace omnitill {

// Reads a Linux character device (/dev/input/eventN, /dev/hidrawN) without blocking the event loop: a
// QSocketNotifier says when bytes are there, and each read() of at most chunkSize bytes is handed on as
// it came. hidraw returns exactly one report per read(), which is why the chunk is kept whole. watch()
// takes any descriptor, so the scanner readers are tested through pipes with the same code.
class DeviceFileReader : public QObject
{
    Q_OBJECT

public:
    DeviceFileReader(qsizetype chunkSize, QObject *parent = nullptr);
    ~DeviceFileReader() override;

    // Opens the device read-only and non-blocking, owned until close(); the reason is in words.
    [[nodiscard]] Result<void> open(const QString &devicePath);
    // Reads from a descriptor the caller owns and keeps open while this reader watches it (made
    // non-blocking).
    void watch(int fd);
    void close();
    [[nodiscard]] int fd() const { return m_fd; }

Q_SIGNALS:
    void chunkRead(const QByteArray &bytes);
    void failed(const QString &reason); // end of file or a read error: the device went away

private:
    void readAvailable();

    qsizetype m_chunkSize;
    int m_fd = -1;
    bool m_ownsFd = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace omnitill
