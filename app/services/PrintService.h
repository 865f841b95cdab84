#pragma once

#include "PaymentResult.h"
#include "PrintDocument.h"
#include "PrintQueue.h"
#include "PrinterProfile.h"
#include "PrinterWorker.h"
#include "Receipt.h"
#include "SaleJournal.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <functional>
#include <optional>

namespace omnitill {

class StoreSettings;
struct DeviceConfiguration;

// Prints the till's receipts through the durable print queue. Every document is rendered from the
// journal record of its sale (what prints is what was journaled), encoded for the configured printer
// and queued in the store before a byte goes out; jobs then print one at a time, oldest first, through
// a PrinterWorker on its own thread, so the UI thread never waits for a printer.
//
// The printer's status is read before and after each job. While it is out of paper, its cover is open
// or it cannot be reached, the job stays queued, printerMessage says what to do in the cashier's words,
// and the status is polled until it clears; then the job prints. A job whose printer reported a
// problem after taking it is printed again in full. A job that was printing when the till stopped is
// printed again at start(): possibly twice, which for a receipt is the safe side.
// Invariant: at most one job is with the printer at a time.
class PrintService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString printerMessage READ printerMessage NOTIFY printerMessageChanged)
    Q_PROPERTY(int waitingJobs READ waitingJobs NOTIFY waitingJobsChanged)

public:
    // The printer from store settings: printer.profile (e.g. "epson-tm-t88") and printer.address
    // ("tcp://host:9100", "file:///dev/usb/lp0", or "virtual:/folder" for the virtual printer that saves
    // each receipt as a PNG there). Without settings, an Epson TM-T88 at fallbackAddress.
    struct Printer
    {
        PrinterProfile profile;
        QString address;
    };
    [[nodiscard]] static Result<Printer> printerFromSettings(const StoreSettings &settings,
                                                             const QString &fallbackAddress);
    // The printer a terminal's devices.json names as its receipt printer (the device "receipt" of the
    // family "escpos-printer"), which takes precedence over the store settings; nullopt when there is none.
    [[nodiscard]] static std::optional<Result<Printer>> printerFromDevices(const DeviceConfiguration &devices);
    static const QString profileKey;
    static const QString addressKey;

    PrintService(const Database &database, StoreProfile store, Printer printer, QObject *parent = nullptr);
    ~PrintService() override;

    // The attached customer's points balance as the till last heard it from the central store (none when it
    // did not ask): a sale's own receipt prints it with the points the sale earns added.
    void setPointsBalances(std::function<std::optional<qint64>(const QString &customerId)> known)
    {
        m_pointsBalances = std::move(known);
    }
    // How often the status is read again while a job waits for the printer.
    void setStatusPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    // Requeues jobs a crash interrupted, queues the receipts of sales journaled after the last queued one
    // (a crash between the journal and the queue), and starts printing. Returns the jobs waiting.
    [[nodiscard]] Result<int> start();

    // The sale's own receipt (queued once per sale, however often it is asked for). The card payments the
    // terminal approved for it put their customer slips under the payments and their merchant copies after
    // the receipt. Those slips never reach the store: the queued job holds the receipt without them, and the
    // bytes with them are kept in memory until printed. After a restart the job prints without slips (the
    // terminal reprints its own). Notices (Receipt::notices) are printed the same way: on this print only.
    [[nodiscard]] Result<qint64> printReceipt(qint64 sequence, const QList<PaymentResult> &cardPayments = {},
                                              const QStringList &notices = {});
    // The receipt again, marked as a copy.
    [[nodiscard]] Result<qint64> reprint(qint64 sequence);
    // The receipt without prices.
    [[nodiscard]] Result<qint64> printGiftReceipt(qint64 sequence);
    // A short page naming the store, the printer and its address, queued like a receipt (it waits for
    // paper and is retried): the device page's test print.
    [[nodiscard]] Result<qint64> printTestPage();
    // A page that belongs to no sale's receipt (an online order's collect slip or return receipt), laid out
    // by the caller, cut and queued like a receipt.
    [[nodiscard]] Result<qint64> printPage(PrintDocument page);
    // Pulses the cash drawer through the printer now (not through the queue). drawerOpened reports it.
    void openDrawer();
    // Reads the printer's status now (on the printer thread); printerStatusRead follows.
    void checkStatus();
    // What such a job prints, laid out for the configured printer: for previews and tests.
    [[nodiscard]] Result<PrintDocument> document(qint64 sequence, Receipt::Kind kind) const;
    // The paper such a job comes out as on the configured printer model (its bytes run through the virtual
    // printer): what the back office shows of a journal record.
    [[nodiscard]] Result<QImage> paper(qint64 sequence, Receipt::Kind kind) const;

    QString printerMessage() const { return m_printerMessage; }
    int waitingJobs() const { return m_queue.queuedCount(); }
    const PrintQueue &queue() const { return m_queue; }
    const Printer &printer() const { return m_printer; }

Q_SIGNALS:
    void printerMessageChanged();
    void waitingJobsChanged();
    void jobPrinted(qint64 jobId);
    // message says why when it did not open, in the cashier's words.
    void drawerOpened(bool opened, const QString &message);
    // The job will not print (its receipt cannot be rendered); it stays in the queue as failed.
    void jobFailed(qint64 jobId, const QString &reason);
    // Every status the printer gave, before and after jobs and when asked; nullopt when it did not answer.
    void printerStatusRead(const std::optional<omnitill::PrinterStatus> &status);

private:
    Result<Receipt> receipt(qint64 sequence, Receipt::Kind kind) const;
    Result<qint64> enqueue(qint64 sequence, Receipt::Kind kind, const QList<PaymentResult> &cardPayments = {},
                           const QStringList &notices = {});
    Result<qint64> queue(const PrintJob &job, const QByteArray &withCardSlips = {});
    void printNext();
    void finished(qint64 jobId, PrinterWorker::Outcome outcome, const QString &message);
    void statusChecked(bool ready, const QString &message);
    void setPrinterMessage(const QString &message);

    const Database &m_database;
    StoreProfile m_store;
    Printer m_printer;
    SaleJournal m_journal;
    std::function<std::optional<qint64>(const QString &)> m_pointsBalances;
    PrintQueue m_queue;
    QThread m_thread;
    PrinterWorker *m_worker = nullptr;         // lives on m_thread, deleted when it finishes
    qint64 m_jobWithPrinter = 0;               // 0 when the printer is free
    QHash<qint64, QByteArray> m_withCardSlips; // by job id: what prints instead of the stored payload
    bool m_started = false;
    QTimer m_poll;
    QString m_printerMessage;
};

} // namespace omnitill
