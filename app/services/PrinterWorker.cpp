#include "PrinterWorker.h"

#include "HardwareLog.h"
#include "PrinterConnection.h"

namespace omnitill {

PrinterWorker::PrinterWorker(Connect connect, QObject *parent)
    : QObject(parent)
    , m_connect(std::move(connect))
{
}

PrinterWorker::~PrinterWorker() = default;

Result<void> PrinterWorker::connectIfNeeded()
{
    if (m_device)
        return {};
    auto opened = m_connect();
    if (!opened)
        return Error{opened.error()};
    m_device = std::move(opened).value();
    return {};
}

Result<QString> PrinterWorker::problem()
{
    if (auto connected = connectIfNeeded(); !connected) {
        Q_EMIT statusRead(std::nullopt);
        return Error{connected.error()};
    }
    auto status = PrinterConnection::queryStatus(*m_device);
    if (!status) {
        m_device.reset(); // a connection that does not answer is opened anew next time
        Q_EMIT statusRead(std::nullopt);
        return Error{status.error()};
    }
    Q_EMIT statusRead(*status);
    if (status->readyToPrint())
        return QString();
    const QString message = status->message();
    return message.isEmpty() ? tr("The printer is not ready: the receipt will print again.") : message;
}

void PrinterWorker::print(qint64 jobId, const QByteArray &bytes)
{
    const auto before = problem();
    if (!before || !before->isEmpty()) {
        const QString message = before ? *before : before.error();
        qCInfo(lcPrinter) << "print job" << jobId << "held:" << message;
        Q_EMIT jobFinished(jobId, Outcome::Held, message);
        return;
    }
    if (auto sent = PrinterConnection::send(*m_device, bytes); !sent) {
        m_device.reset();
        qCWarning(lcPrinter) << "print job" << jobId << "interrupted:" << sent.error();
        Q_EMIT jobFinished(jobId, Outcome::Retry, sent.error());
        return;
    }
    // The status request queues behind the job, so its answer describes the printer after the job.
    const auto after = problem();
    if (!after || !after->isEmpty()) {
        const QString message = after ? *after : after.error();
        qCWarning(lcPrinter) << "print job" << jobId << "may be incomplete:" << message;
        Q_EMIT jobFinished(jobId, Outcome::Retry, message);
        return;
    }
    qCInfo(lcPrinter) << "print job" << jobId << "printed," << bytes.size() << "bytes";
    Q_EMIT jobFinished(jobId, Outcome::Printed, QString());
}

void PrinterWorker::checkStatus()
{
    const auto now = problem();
    if (!now)
        Q_EMIT statusChecked(false, now.error());
    else
        Q_EMIT statusChecked(now->isEmpty(), *now);
}

void PrinterWorker::pulseDrawer(const QByteArray &kick)
{
    auto sent = connectIfNeeded();
    if (sent)
        sent = PrinterConnection::send(*m_device, kick);
    if (!sent) {
        m_device.reset();
        qCWarning(lcPrinter) << "drawer not opened:" << sent.error();
        Q_EMIT drawerPulsed(false, sent.error());
        return;
    }
    qCInfo(lcPrinter) << "drawer pulse sent";
    Q_EMIT drawerPulsed(true, QString());
}

} // namespace omnitill
