#include "ShiftViewModel.h"

#include "ApprovalRetry.h"
#include "Money.h"
#include "ReportText.h"
#include "ShiftService.h"

#include <QLocale>

namespace omnitill {

ShiftViewModel::ShiftViewModel(ShiftService &shifts, StoreProfile profile, ApprovalRetry &approvalRetry,
                               QObject *parent)
    : QObject(parent)
    , m_shifts(shifts)
    , m_approvalRetry(approvalRetry)
    , m_profile(std::move(profile))
{
}

bool ShiftViewModel::report(bool ok, const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
    return ok;
}

bool ShiftViewModel::refused(const QString &reason, std::function<void()> retry)
{
    m_approvalRetry.waitFor(std::move(retry));
    return report(false, reason, true);
}

bool ShiftViewModel::showXReport()
{
    const auto x = m_shifts.xReport();
    if (!x)
        return refused(x.error(), [this] { showXReport(); });
    m_reportText = ReportText::render(*x, m_profile);
    Q_EMIT reportChanged();
    return report(true, {}, false);
}

bool ShiftViewModel::moveCash(const QString &kind, const QString &amountText, const QString &reason)
{
    const auto amount = Money::parse(amountText, m_profile.currency);
    if (!amount)
        return report(false, amount.error(), true);
    const qint64 minor = amount->minorUnits();
    const auto moved = kind == QLatin1String("paidIn")    ? m_shifts.paidIn(minor, reason)
                       : kind == QLatin1String("paidOut") ? m_shifts.paidOut(minor, reason)
                                                          : m_shifts.drop(minor, reason);
    if (!moved)
        return refused(moved.error(), [=, this] { moveCash(kind, amountText, reason); });
    const QString shown = Money(minor, m_profile.currency).format(QLocale(m_profile.localeName));
    return report(true,
                  kind == QLatin1String("paidIn")    ? tr("Paid in: %1").arg(shown)
                  : kind == QLatin1String("paidOut") ? tr("Paid out: %1").arg(shown)
                                                     : tr("Dropped to the safe: %1").arg(shown),
                  false);
}

bool ShiftViewModel::openDrawer(const QString &reason)
{
    const auto opened = m_shifts.openDrawerNoSale(reason);
    if (!opened)
        return refused(opened.error(), [=, this] { openDrawer(reason); });
    return report(true, tr("Opening the drawer…"), false);
}

void ShiftViewModel::showDrawerOutcome(bool opened, const QString &problem)
{
    report(opened, opened ? tr("Drawer opened (no sale)") : tr("The drawer did not open: %1").arg(problem), !opened);
}

bool ShiftViewModel::closeShift(const QString &countedText)
{
    const auto counted = Money::parse(countedText, m_profile.currency);
    if (!counted)
        return report(false, counted.error(), true);
    const auto closed = m_shifts.close(counted->minorUnits());
    if (!closed)
        return refused(closed.error(), [=, this] { closeShift(countedText); });
    m_reportText = closed->text;
    Q_EMIT reportChanged();
    const qint64 overShort = closed->report.overShortMinor.value_or(0);
    const QString amount = Money(qAbs(overShort), m_profile.currency).format(QLocale(m_profile.localeName));
    return report(true,
                  overShort == 0  ? tr("Shift closed: the drawer is exact")
                  : overShort > 0 ? tr("Shift closed: %1 over").arg(amount)
                                  : tr("Shift closed: %1 short").arg(amount),
                  overShort != 0);
}

} // namespace omnitill
