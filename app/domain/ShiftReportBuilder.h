#pragma once

#include "CashMovement.h"
#include "Result.h"
#include "ShiftReport.h"

#include <QCoreApplication>

namespace omnitill {

// Adds up a shift from its journal records (saleRecord() plus the attribution CheckoutService adds:
// "staff", "voidedLines", "voidedLinesAmount") and its cash movements. Pure: the same records always
// give the same report, on the till and wherever the records are read again.
//
// Completed sales count as sales, voided sales only as voids: the cash handed over in a voided sale was
// handed back. Returns (records of kind "return", see Return) count as returns, their cash refunds as
// cash out of the drawer. Every sum is checked; an overflow makes finish() fail rather than print a wrong figure.
class ShiftReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ShiftReportBuilder)

public:
    // header holds what is known before the figures: kind, shift, terminal, float, who and when.
    explicit ShiftReportBuilder(ShiftReport header);

    void addSale(const QJsonObject &record);
    void addMovement(const CashMovement &movement);

    // Computes the expected cash and, given the blind count, the over/short.
    [[nodiscard]] Result<ShiftReport> finish(std::optional<qint64> countedCashMinor = std::nullopt) const;

private:
    void add(qint64 &into, qint64 amount);
    void add(ReportFigure &into, qint64 amount);
    void addReturn(const QJsonObject &record);
    CashierTotal &cashier(const QString &staffNumber);

    ShiftReport m_report;
    bool m_overflowed = false;
};

} // namespace omnitill
