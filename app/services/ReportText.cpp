#include "ReportText.h"

#include "Money.h"
#include "ReceiptText.h"
#include "TextColumns.h"

#include <QLocale>

namespace omnitill {

QString ReportText::tenderName(const QString &code)
{
    const TenderMethod method = tenderMethodFromCode(code);
    return method == TenderMethod::Other ? tr("Other") : ReceiptText::tenderName(method);
}

QString ReportText::render(const ShiftReport &report, const StoreProfile &profile, int columns)
{
    const QLocale locale(profile.localeName);
    const auto money = [&](qint64 minor) { return Money(minor, profile.currency).format(locale); };
    const auto when = [&](const QDateTime &at) {
        return locale.toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const auto counted = [&](const QString &label, const ReportFigure &figure) {
        return QStringLiteral("%1 (%2)").arg(label).arg(figure.count);
    };
    TextColumns out(columns);

    out.centred(profile.storeName);
    out.rule(QLatin1Char('='));
    if (report.kind == ShiftReport::Kind::Z)
        out.both(tr("Z REPORT %1").arg(report.zNumber, 6, 10, QLatin1Char('0')), when(report.takenAt));
    else
        out.both(tr("X REPORT (not a closing)"), when(report.takenAt));
    out.both(tr("Terminal %1").arg(report.terminalId), tr("Shift %1").arg(report.shiftId));
    out.both(tr("Opened by %1").arg(report.staffLabel(report.openedBy)), when(report.openedAt));
    if (report.kind == ShiftReport::Kind::Z)
        out.line(tr("Closed by %1").arg(report.staffLabel(report.closedBy)));
    out.rule();
    out.both(counted(tr("Sales"), report.sales), money(report.sales.amountMinor));
    out.both(tr("Gross sales"), money(report.grossSalesMinor));
    out.both(counted(tr("Discounts"), report.discounts), money(-report.discounts.amountMinor));
    out.both(counted(tr("Returns"), report.returns), money(-report.returns.amountMinor));
    out.both(counted(tr("Voided sales"), report.voidedSales), money(report.voidedSales.amountMinor));
    out.both(counted(tr("Voided lines"), report.voidedLines), money(report.voidedLines.amountMinor));
    if (report.cashRoundingMinor != 0)
        out.both(tr("Cash rounding"), money(report.cashRoundingMinor));
    out.rule();
    out.line(tr("Taxes"));
    for (const TaxRateTotal &rate : report.taxes) {
        const QString name = profile.taxClass(rate.taxClass).value_or(TaxClass{rate.taxClass, rate.taxClass, 0}).name;
        if (rate.ratePerMillion == 0) {
            out.both(QStringLiteral("  ") + name, money(rate.grossMinor));
            continue;
        }
        out.both(QStringLiteral("  ") + tr("%1 taxable").arg(name), money(rate.netMinor));
        out.both(QStringLiteral("  ") + name, money(rate.taxMinor));
    }
    out.rule();
    out.line(tr("Payments"));
    for (const TenderTotal &tender : report.tenders)
        out.both(QStringLiteral("  ") + counted(tenderName(tender.method), tender.taken),
                 money(tender.taken.amountMinor));
    out.rule();
    out.line(tr("Cash drawer"));
    out.both(QStringLiteral("  ") + tr("Float"), money(report.floatMinor));
    out.both(QStringLiteral("  ") + tr("Cash sales"), money(report.cashSalesMinor));
    out.both(QStringLiteral("  ") + tr("Cash refunds"), money(-report.cashRefundsMinor));
    out.both(QStringLiteral("  ") + counted(tr("Paid in"), report.paidIn), money(report.paidIn.amountMinor));
    out.both(QStringLiteral("  ") + counted(tr("Paid out"), report.paidOut), money(-report.paidOut.amountMinor));
    out.both(QStringLiteral("  ") + counted(tr("Drops to safe"), report.drops), money(-report.drops.amountMinor));
    if (report.noSales.count > 0)
        out.line(QStringLiteral("  ") + counted(tr("Drawer opened, no sale"), report.noSales));
    out.both(tr("Expected cash"), money(report.expectedCashMinor));
    if (report.countedCashMinor)
        out.both(tr("Counted cash"), money(*report.countedCashMinor));
    if (report.overShortMinor) {
        const qint64 difference = *report.overShortMinor;
        out.both(difference > 0 ? tr("Over") : difference < 0 ? tr("Short") : tr("Over/short"), money(difference));
    }
    out.rule();
    out.line(tr("By cashier"));
    for (const CashierTotal &cashier : report.cashiers) {
        const QString who =
            cashier.staffNumber.isEmpty() ? tr("(nobody signed in)") : report.staffLabel(cashier.staffNumber);
        out.both(QStringLiteral("  ") + counted(who, cashier.sales), money(cashier.sales.amountMinor));
        if (cashier.voidedSales.count > 0 || cashier.voidedLines > 0)
            out.line(QStringLiteral("    ") +
                     tr("voided: %1 sales, %2 lines").arg(cashier.voidedSales.count).arg(cashier.voidedLines));
    }
    if (report.kind == ShiftReport::Kind::X) {
        out.rule();
        out.centred(tr("X report: figures so far, nothing reset"));
    }
    return out.text();
}

} // namespace omnitill
