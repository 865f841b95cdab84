#include "ShiftHistoryViewModel.h"

#include "ApprovalRetry.h"
#include "Money.h"
#include "OrderSlipText.h"
#include "PrintService.h"
#include "ReportText.h"
#include "ShiftService.h"

#include <QLocale>

namespace omnitill {

namespace {
constexpr int pageSize = 50;
} // namespace

ShiftHistoryViewModel::ShiftHistoryViewModel(const Database &database, ShiftService &shifts, PrintService &printing,
                                             StoreProfile profile, ApprovalRetry &approvalRetry, QObject *parent)
    : QAbstractListModel(parent)
    , m_archive(database)
    , m_shifts(shifts)
    , m_printing(printing)
    , m_profile(std::move(profile))
    , m_approvalRetry(approvalRetry)
{
    // A shift closed at this till is its newest Z report.
    connect(&m_shifts, &ShiftService::shiftChanged, this, &ShiftHistoryViewModel::refresh);
}

void ShiftHistoryViewModel::refresh()
{
    fetch(false);
}

void ShiftHistoryViewModel::loadMore()
{
    if (m_canLoadMore)
        fetch(true);
}

void ShiftHistoryViewModel::fetch(bool more)
{
    const qint64 before = more && !m_reports.isEmpty() ? m_reports.constLast().zNumber : 0;
    const auto found = m_archive.page(pageSize, before);
    if (!found) {
        setMessage(found.error(), true);
        return;
    }
    if (more) {
        beginInsertRows({}, int(m_reports.size()), int(m_reports.size() + found->size()) - 1);
        m_reports.append(*found);
        endInsertRows();
    } else {
        beginResetModel();
        m_reports = *found;
        endResetModel();
    }
    m_canLoadMore = found->size() == pageSize;
    setMessage(m_reports.isEmpty() ? tr("No shift has been closed on this till yet.") : QString(), false);
    Q_EMIT historyChanged();
}

void ShiftHistoryViewModel::open(qint64 zNumber)
{
    const auto entry = m_archive.entry(zNumber);
    if (!entry || !*entry) {
        setMessage(entry ? tr("There is no Z report %1.").arg(zNumber) : entry.error(), true);
        return;
    }
    show(zNumber, (*entry)->text);
    setMessage({}, false);
}

void ShiftHistoryViewModel::showXReport()
{
    const auto x = m_shifts.xReport();
    if (!x) {
        // A cashier let in by a manager's approval is asked again for the open shift's figures.
        m_approvalRetry.waitFor([this] { showXReport(); });
        setMessage(x.error(), true);
        return;
    }
    show(0, ReportText::render(*x, m_profile));
    setMessage({}, false);
}

void ShiftHistoryViewModel::show(qint64 zNumber, const QString &text)
{
    m_openZNumber = zNumber;
    m_shownText = text;
    Q_EMIT shownChanged();
}

QString ShiftHistoryViewModel::shownTitle() const
{
    if (m_openZNumber > 0)
        return tr("Z report %1").arg(m_openZNumber);
    return m_shownText.isEmpty() ? QString() : tr("X report of the open shift");
}

void ShiftHistoryViewModel::reprint()
{
    if (m_openZNumber <= 0)
        return;
    // The receipts' own copy mark, so a reprinted Z report is never taken for a second closing.
    const QString mark = QCoreApplication::translate("ReceiptText", "*** COPY (reprint) ***");
    PrintDocument page;
    page.text(mark, Alignment::Center, TextStyle{.emphasis = true});
    const PrintDocument archived = OrderSlipText::page(m_shownText);
    for (const PrintBlock &line : archived.blocks())
        page.text(line.text);
    page.text(mark, Alignment::Center, TextStyle{.emphasis = true});
    const auto queued = m_printing.printPage(page);
    setMessage(queued ? tr("A copy of Z report %1 is printing.").arg(m_openZNumber) : queued.error(), !queued);
}

void ShiftHistoryViewModel::verifyChain()
{
    // One row per closed shift: years of them are checked in moments, on this thread.
    m_verified = m_archive.verify();
    Q_EMIT verificationChanged();
}

QString ShiftHistoryViewModel::verification() const
{
    if (!m_verified)
        return {};
    return *m_verified ? tr("All %1 Z reports are intact: every one is as it was printed, none is missing.")
                             .arg(QLocale(m_profile.localeName).toString(**m_verified))
                       : tr("The Z reports are broken: %1. Those before it are intact.").arg(m_verified->error());
}

void ShiftHistoryViewModel::retranslate()
{
    Q_EMIT shownChanged();
    Q_EMIT verificationChanged();
    setMessage({}, false);
}

int ShiftHistoryViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant ShiftHistoryViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const ZReportSummary &report = m_reports.at(index.row());
    const auto staff = [&report](const QString &number) {
        const QString name = report.staffNames.value(number);
        return name.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, name);
    };
    switch (role) {
    case ZNumberRole:
        return report.zNumber;
    case TerminalRole:
        return report.terminalId;
    case OpenedRole:
        return time(report.openedAt);
    case ClosedRole:
        return time(report.closedAt);
    case CashierRole:
        return report.openedBy == report.closedBy
                   ? staff(report.openedBy)
                   : QStringLiteral("%1 → %2").arg(staff(report.openedBy), staff(report.closedBy));
    case SalesCountRole:
        return report.salesCount;
    case SalesRole:
        return money(report.salesMinor);
    case ReturnsRole:
        return money(report.returnsMinor);
    case ExpectedCashRole:
        return money(report.expectedCashMinor);
    case CountedCashRole:
        return money(report.countedCashMinor);
    case OverShortRole:
        return money(report.overShortMinor);
    default:
        return {};
    }
}

QHash<int, QByteArray> ShiftHistoryViewModel::roleNames() const
{
    return {{ZNumberRole, "zNumber"},
            {TerminalRole, "terminal"},
            {OpenedRole, "opened"},
            {ClosedRole, "closed"},
            {CashierRole, "cashier"},
            {SalesCountRole, "salesCount"},
            {SalesRole, "sales"},
            {ReturnsRole, "returns"},
            {ExpectedCashRole, "expectedCash"},
            {CountedCashRole, "countedCash"},
            {OverShortRole, "overShort"}};
}

QString ShiftHistoryViewModel::money(qint64 minor) const
{
    return Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
}

QString ShiftHistoryViewModel::time(const QDateTime &at) const
{
    return QLocale(m_profile.localeName).toString(at.toLocalTime(), QLocale::ShortFormat);
}

void ShiftHistoryViewModel::setMessage(const QString &message, bool isError)
{
    if (m_message == message && m_messageIsError == isError)
        return;
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
