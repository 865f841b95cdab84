#include "DeviceFileReader.h"

#include "HardwareLog.h"

#include <QFile>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace omnitill {

DeviceFileReader::DeviceFileReader(qsizetype chunkSize, QObject *parent)
    : QObject(parent)
    , m_chunkSize(chunkSize)
{
}

DeviceFileReader::~DeviceFileReader()
{
    close();
}

Result<void> DeviceFileReader::open(const QString &devicePath)
{
    close();
    const int fd = ::open(QFile::encodeName(devicePath).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES)
            return Error{tr("Cannot read %1: permission denied. Install the udev rules from packaging/ and add the "
                            "till's user to the group they name.")
                             .arg(devicePath)};
        return Error{tr("Cannot open %1: %2").arg(devicePath, QString::fromLocal8Bit(strerror(error)))};
    }
    watch(fd);
    m_ownsFd = true;
    return {};
}

void DeviceFileReader::watch(int fd)
{
    close();
    m_fd = fd;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); // readAvailable() drains until EAGAIN
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &DeviceFileReader::readAvailable);
}

void DeviceFileReader::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_ownsFd && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_ownsFd = false;
}

void DeviceFileReader::readAvailable()
{
    QByteArray chunk(m_chunkSize, Qt::Uninitialized);
    // Drain what is there now: a pipe may hold several chunks, a device several reports.
    for (;;) {
        const ssize_t got = ::read(m_fd, chunk.data(), chunk.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0 && errno == EAGAIN)
            return;
        if (got <= 0) {
            const QString reason =
                got == 0 ? tr("The device closed.")
                         : tr("The device stopped answering: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            qCWarning(lcScanner) << reason;
            m_notifier->setEnabled(false);
            Q_EMIT failed(reason);
            return;
        }
        Q_EMIT chunkRead(chunk.left(got));
        if (!m_notifier)
            return; // a receiver closed the device
    }
}

} // namespace omnitill
