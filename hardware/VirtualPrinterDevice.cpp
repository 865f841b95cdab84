#include "VirtualPrinterDevice.h"

#include "HardwareLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace omnitill {

VirtualPrinterDevice::VirtualPrinterDevice(const PrinterProfile &profile, QString folder, QObject *parent)
    : QIODevice(parent)
    , m_profile(profile)
    , m_folder(std::move(folder))
{
    m_printer.emplace(m_profile);
}

qint64 VirtualPrinterDevice::readData(char *data, qint64 maxSize)
{
    const qint64 taken = qMin<qint64>(maxSize, m_replies.size());
    std::memcpy(data, m_replies.constData(), size_t(taken));
    m_replies.remove(0, taken);
    return taken;
}

qint64 VirtualPrinterDevice::writeData(const char *data, qint64 size)
{
    m_printer->write(QByteArray(data, size));
    m_replies += m_printer->takeReplies();
    if (m_printer->drawerKicks() > m_kicksOnRoll && !logDrawerKicks())
        return -1;
    if (m_printer->cuts() > 0) {
        if (!QDir().mkpath(m_folder)) {
            setErrorString(tr("The folder %1 for printed receipts cannot be made.").arg(m_folder));
            return -1;
        }
        const QString name = QStringLiteral("receipt-%1-%2.png")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                                 .arg(m_saved.size() + 1);
        const QString path = QDir(m_folder).filePath(name);
        if (!m_printer->paper().save(path)) {
            setErrorString(tr("The printed receipt cannot be saved as %1.").arg(path));
            return -1;
        }
        m_saved.append(path);
        qCInfo(lcPrinter) << "virtual printer saved a receipt as" << path;
        m_printer.emplace(m_profile); // a fresh roll for the next receipt
        m_kicksOnRoll = 0;
    }
    if (!m_replies.isEmpty())
        Q_EMIT readyRead();
    return size;
}

bool VirtualPrinterDevice::logDrawerKicks()
{
    QFile log(QDir(m_folder).filePath(QStringLiteral("drawer.log")));
    if (!QDir().mkpath(m_folder) || !log.open(QIODevice::Append | QIODevice::Text)) {
        setErrorString(tr("The drawer log in %1 cannot be written.").arg(m_folder));
        return false;
    }
    for (; m_kicksOnRoll < m_printer->drawerKicks(); ++m_kicksOnRoll) {
        ++m_drawerOpenings;
        log.write(QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + " drawer opened\n");
        qCInfo(lcPrinter) << "virtual printer opened the cash drawer";
    }
    return true;
}

} // namespace omnitill
