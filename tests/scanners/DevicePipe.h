#pragma once

#include <QByteArray>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

// Stands in for a device node (/dev/input/eventN, /dev/hidrawN): the reader watches readFd() exactly as
// it watches the device, and the test writes recorded bytes into the other end.
class DevicePipe
{
public:
    DevicePipe()
    {
        if (::pipe2(m_fds, O_NONBLOCK | O_CLOEXEC) != 0)
            qFatal("pipe2 failed");
    }
    ~DevicePipe()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    DevicePipe(const DevicePipe &) = delete;
    DevicePipe &operator=(const DevicePipe &) = delete;

    int readFd() const { return m_fds[0]; }
    void send(const QByteArray &bytes) { QCOMPARE(::write(m_fds[1], bytes.constData(), bytes.size()), bytes.size()); }
    // The device went away: the reader sees the end of the file.
    void unplug()
    {
        ::close(m_fds[1]);
        m_fds[1] = -1;
    }

private:
    int m_fds[2] = {-1, -1};
};
