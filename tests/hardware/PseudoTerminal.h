#pragma once

#include <QByteArray>
#include <QString>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

// A pseudo-terminal pair for serial tests: the code under test opens the tty side (path()) as it would
// /dev/ttyUSB0, and the test plays the device on the master side, so bytes really pass through a tty.
class PseudoTerminal
{
public:
    PseudoTerminal()
        : m_master(posix_openpt(O_RDWR | O_NOCTTY))
    {
        if (m_master >= 0 && grantpt(m_master) == 0 && unlockpt(m_master) == 0)
            m_path = QString::fromLocal8Bit(ptsname(m_master));
    }
    ~PseudoTerminal()
    {
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    // What the device received: reads until count bytes arrived or timeoutMs passed without any.
    QByteArray read(qsizetype count, int timeoutMs = 2000)
    {
        QByteArray received;
        pollfd watch{m_master, POLLIN, 0};
        while (received.size() < count && poll(&watch, 1, timeoutMs) > 0) {
            char buffer[256];
            const ssize_t got = ::read(m_master, buffer, sizeof buffer);
            if (got <= 0)
                break;
            received.append(buffer, got);
        }
        return received;
    }
    // What the device answers.
    bool write(const QByteArray &bytes) { return ::write(m_master, bytes.constData(), bytes.size()) == bytes.size(); }

private:
    int m_master;
    QString m_path;
};
