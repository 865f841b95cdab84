#include "PrintService.h"

#include "DeviceConfiguration.h"
#include "EscPosEncoder.h"
#include "HardwareLog.h"
#include "JournalReceipt.h"
#include "PrinterConnection.h"
#include "ReceiptLogo.h"
#include "ReceiptPrinter.h"
#include "ReceiptText.h"
#include "StoreSettings.h"

namespace omnitill {

namespace {
// A job the printer took this many times without reporting success is failed rather than sent forever.
constexpr int maxAttempts = 5;

PrintJob::Kind jobKind(Receipt::Kind kind)
{
    switch (kind) {
    case Receipt::Kind::Copy:
        return PrintJob::Kind::Copy;
    case Receipt::Kind::Gift:
        return PrintJob::Kind::Gift;
    case Receipt::Kind::Original:
        break;
    }
    return PrintJob::Kind::Receipt;
}

// How the worker reaches the printer: the virtual printer in-process, or a real transport.
PrinterWorker::Connect connectionFor(const PrintService::Printer &printer)
{
    return [printer] { return PrinterConnection::open(printer.address, printer.profile); };
}
} // namespace

const QString PrintService::profileKey = QStringLiteral("printer.profile");
const QString PrintService::addressKey = QStringLiteral("printer.address");

Result<PrintService::Printer> PrintService::printerFromSettings(const StoreSettings &settings,
                                                                const QString &fallbackAddress)
{
    auto profile = PrinterProfile::named(settings.value(profileKey).value_or(QStringLiteral("epson-tm-t88")));
    if (!profile)
        return Error{profile.error()};
    return Printer{std::move(profile).value(), settings.value(addressKey).value_or(fallbackAddress)};
}

std::optional<Result<PrintService::Printer>> PrintService::printerFromDevices(const DeviceConfiguration &devices)
{
    const DeviceSettings *receipt = devices.device(QStringLiteral("receipt"));
    if (!receipt || receipt->family != QLatin1String("escpos-printer"))
        return std::nullopt;
    auto profile = PrinterProfile::named(receipt->model);
    if (!profile)
        return Result<Printer>(Error{profile.error()});
    return Result<Printer>(Printer{std::move(profile).value(), receipt->address});
}

PrintService::PrintService(const Database &database, StoreProfile store, Printer printer, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(std::move(store))
    , m_printer(std::move(printer))
    , m_journal(database)
    , m_queue(database)
{
    qRegisterMetaType<PrinterWorker::Outcome>();
    qRegisterMetaType<std::optional<omnitill::PrinterStatus>>();
    m_worker = new PrinterWorker(connectionFor(m_printer));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrinterWorker::jobFinished, this, &PrintService::finished);
    connect(m_worker, &PrinterWorker::statusChecked, this, &PrintService::statusChecked);
    connect(m_worker, &PrinterWorker::drawerPulsed, this, &PrintService::drawerOpened);
    connect(m_worker, &PrinterWorker::statusRead, this, &PrintService::printerStatusRead);
    m_thread.setObjectName(QStringLiteral("printer"));
    m_thread.start();
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, m_worker, &PrinterWorker::checkStatus);
}

PrintService::~PrintService()
{
    // A job on its way finishes first (its I/O is bounded by the transport's timeouts); one that does not
    // is still "printing" in the store and prints again at the next start.
    m_thread.quit();
    m_thread.wait();
}

Result<int> PrintService::start()
{
    auto interrupted = m_queue.requeueInterrupted();
    if (!interrupted)
        return Error{interrupted.error()};
    if (*interrupted > 0)
        qCWarning(lcPrinter) << *interrupted << "print jobs were interrupted by a restart; printing them again";
    // Receipts queue after the journal's commit; a crash in between leaves a sale without its job.
    if (const qint64 lastQueued = m_queue.lastReceiptSequence(); lastQueued > 0) {
        for (qint64 sequence = lastQueued + 1; sequence <= m_journal.lastSequence(); ++sequence) {
            if (auto queued = printReceipt(sequence); !queued)
                qCWarning(lcPrinter) << "receipt" << sequence << "not queued:" << queued.error();
        }
    }
    m_started = true;
    printNext();
    return m_queue.queuedCount();
}

Result<qint64> PrintService::printReceipt(qint64 sequence, const QList<PaymentResult> &cardPayments,
                                          const QStringList &notices)
{
    return enqueue(sequence, Receipt::Kind::Original, cardPayments, notices);
}

void PrintService::openDrawer()
{
    EscPosEncoder kick(m_printer.profile);
    if (auto encoded = kick.kickDrawer(); !encoded) {
        Q_EMIT drawerOpened(false, encoded.error());
        return;
    }
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, bytes = kick.bytes()] { worker->pulseDrawer(bytes); });
}

void PrintService::checkStatus()
{
    QMetaObject::invokeMethod(m_worker, &PrinterWorker::checkStatus);
}

Result<qint64> PrintService::reprint(qint64 sequence)
{
    return enqueue(sequence, Receipt::Kind::Copy);
}

Result<qint64> PrintService::printGiftReceipt(qint64 sequence)
{
    return enqueue(sequence, Receipt::Kind::Gift);
}

Result<Receipt> PrintService::receipt(qint64 sequence, Receipt::Kind kind) const
{
    const auto entry = m_journal.entry(sequence);
    if (!entry)
        return Error{tr("There is no receipt %1 in the journal.").arg(sequence)};
    auto receipt = JournalReceipt::fromEntry(*entry, m_store, kind);
    if (receipt) // read each time: a logo the manager chose prints from the next receipt on
        receipt->logo = ReceiptLogo::load(StoreSettings(m_database), m_printer.profile);
    const QString customer = entry->record.value(QLatin1String("customer")).toString();
    if (receipt && kind == Receipt::Kind::Original && receipt->pointsEarned > 0 && m_pointsBalances) {
        if (const auto known = m_pointsBalances(customer))
            receipt->pointsBalance = *known + receipt->pointsEarned;
    }
    return receipt;
}

Result<PrintDocument> PrintService::document(qint64 sequence, Receipt::Kind kind) const
{
    auto made = receipt(sequence, kind);
    if (!made)
        return Error{made.error()};
    return ReceiptText::layout(*made, m_printer.profile.columnsFontA);
}

Result<QImage> PrintService::paper(qint64 sequence, Receipt::Kind kind) const
{
    const auto made = receipt(sequence, kind);
    if (!made)
        return Error{made.error()};
    return ReceiptPrinter::image(*made, m_printer.profile);
}

Result<qint64> PrintService::enqueue(qint64 sequence, Receipt::Kind kind, const QList<PaymentResult> &cardPayments,
                                     const QStringList &notices)
{
    auto made = receipt(sequence, kind);
    if (!made)
        return Error{made.error()};
    auto bytes = ReceiptPrinter::escPos(*made, m_printer.profile);
    if (!bytes)
        return Error{bytes.error()};
    QByteArray withSlips;
    if (!cardPayments.isEmpty() || !notices.isEmpty()) {
        made->notices = notices;
        for (const PaymentResult &payment : cardPayments) {
            made->attachCardSlip(payment.pspReference, payment.customerSlip);
            if (!payment.merchantSlip.isEmpty())
                made->merchantSlips.append(payment.merchantSlip);
        }
        auto slipped = ReceiptPrinter::escPos(*made, m_printer.profile);
        if (!slipped)
            return Error{slipped.error()};
        withSlips = std::move(slipped).value();
    }
    PrintJob job;
    job.saleId = made->saleId.toString(QUuid::WithoutBraces);
    job.sequence = sequence;
    job.kind = jobKind(kind);
    job.printer = m_printer.profile.name;
    job.payload = std::move(bytes).value();
    return queue(job, withSlips);
}

Result<qint64> PrintService::printTestPage()
{
    PrintDocument page;
    page.text(tr("Test print"), Alignment::Center, TextStyle{.emphasis = true, .widthScale = 2, .heightScale = 2});
    page.text(m_store.storeName, Alignment::Center);
    page.text(tr("Terminal %1").arg(m_store.terminalId));
    page.text(tr("Printer: %1").arg(m_printer.profile.displayName));
    page.text(tr("Address: %1").arg(m_printer.address));
    page.text(QLocale(m_store.localeName).toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    return printPage(page);
}

Result<qint64> PrintService::printPage(PrintDocument page)
{
    page.cut();
    EscPosEncoder encoder(m_printer.profile);
    encoder.initialize();
    if (auto encoded = encoder.document(page); !encoded)
        return Error{encoded.error()};
    PrintJob job;
    job.kind = PrintJob::Kind::Test; // the queue's kind for a page of no sale
    job.printer = m_printer.profile.name;
    job.payload = encoder.bytes();
    return queue(job);
}

Result<qint64> PrintService::queue(const PrintJob &job, const QByteArray &withCardSlips)
{
    auto id = m_queue.enqueue(job);
    if (!id)
        return id;
    if (!withCardSlips.isEmpty())
        m_withCardSlips.insert(*id, withCardSlips);
    Q_EMIT waitingJobsChanged();
    printNext();
    return id;
}

void PrintService::printNext()
{
    // One job at a time, and none while the printer is known not to be ready: the poll resumes printing.
    if (!m_started || m_jobWithPrinter != 0 || m_poll.isActive())
        return;
    const auto job = m_queue.nextQueued();
    if (!job)
        return;
    if (auto marked = m_queue.markPrinting(job->id); !marked) {
        qCWarning(lcPrinter) << marked.error();
        return;
    }
    m_jobWithPrinter = job->id;
    const QByteArray bytes = m_withCardSlips.value(job->id, job->payload);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = job->id, bytes] { worker->print(id, bytes); });
}

void PrintService::finished(qint64 jobId, PrinterWorker::Outcome outcome, const QString &message)
{
    m_jobWithPrinter = 0;
    Result<void> recorded;
    switch (outcome) {
    case PrinterWorker::Outcome::Printed:
        recorded = m_queue.markPrinted(jobId);
        m_withCardSlips.remove(jobId);
        setPrinterMessage({});
        Q_EMIT jobPrinted(jobId);
        break;
    case PrinterWorker::Outcome::Held:
    case PrinterWorker::Outcome::Retry: {
        const bool sent = outcome == PrinterWorker::Outcome::Retry;
        const auto job = m_queue.job(jobId);
        if (sent && job && job->attempts + 1 >= maxAttempts) {
            const QString reason =
                tr("Receipt %1 did not print after %2 attempts: %3").arg(job->sequence).arg(maxAttempts).arg(message);
            recorded = m_queue.markFailed(jobId, reason);
            m_withCardSlips.remove(jobId);
            Q_EMIT jobFailed(jobId, reason);
            break;
        }
        recorded = m_queue.requeue(jobId, message, sent);
        setPrinterMessage(message);
        m_poll.start();
        break;
    }
    }
    if (!recorded)
        qCWarning(lcPrinter) << "print job" << jobId << ":" << recorded.error();
    Q_EMIT waitingJobsChanged();
    printNext();
}

void PrintService::statusChecked(bool ready, const QString &message)
{
    if (!ready) {
        setPrinterMessage(message);
        return;
    }
    m_poll.stop();
    setPrinterMessage({});
    printNext();
}

void PrintService::setPrinterMessage(const QString &message)
{
    if (message == m_printerMessage)
        return;
    m_printerMessage = message;
    Q_EMIT printerMessageChanged();
}

} // namespace omnitill
