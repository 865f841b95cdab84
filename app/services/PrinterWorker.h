#pragma once

#include "PrinterStatus.h"
#include "Result.h"

#include <QIODevice>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace omnitill {

// The receipt printer's I/O, on its own thread: owns the connection (opened on first use, dropped after
// any transport error and opened again on the next job), reads the status before a job, sends the job,
// and reads the status again once the printer has taken it. Every call blocks for at most the
// connection's timeouts, which is why this object lives on a worker thread and never on the UI thread.
// It knows nothing of the database: results go back to PrintService as signals.
class PrinterWorker : public QObject
{
    Q_OBJECT

public:
    using Connect = std::function<Result<std::unique_ptr<QIODevice>>()>;

    enum class Outcome {
        Printed, // sent, and the printer reported no problem afterwards
        Held,    // not sent: the printer is not ready (paper, cover) or cannot be reached
        Retry,   // sent, but the printer reported a problem afterwards: the paper may be incomplete
    };
    Q_ENUM(Outcome)

    explicit PrinterWorker(Connect connect, QObject *parent = nullptr);
    ~PrinterWorker() override;

    void print(qint64 jobId, const QByteArray &bytes);
    void checkStatus();
    // Sends the drawer kick now, whatever the paper: a drawer is opened on the spot or not at all, never
    // queued to spring open later.
    void pulseDrawer(const QByteArray &kick);

Q_SIGNALS:
    // message is for the cashier: what is wrong with the printer, or empty.
    void jobFinished(qint64 jobId, omnitill::PrinterWorker::Outcome outcome, const QString &message);
    void statusChecked(bool ready, const QString &message);
    void drawerPulsed(bool sent, const QString &message);
    // Every status read, or nullopt when the printer could not be reached or did not answer.
    void statusRead(const std::optional<omnitill::PrinterStatus> &status);

private:
    // The status in the cashier's words: empty when a receipt can print now.
    Result<QString> problem();
    Result<void> connectIfNeeded();

    Connect m_connect;
    std::unique_ptr<QIODevice> m_device;
};

} // namespace omnitill
