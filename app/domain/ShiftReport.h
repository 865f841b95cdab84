#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace omnitill {

// A count of things and what they add up to, in minor units.
struct ReportFigure
{
    qint64 count = 0;
    qint64 amountMinor = 0;

    friend bool operator==(const ReportFigure &, const ReportFigure &) = default;
};

struct TaxRateTotal
{
    QString taxClass;
    qint64 ratePerMillion = 0;
    qint64 netMinor = 0;
    qint64 taxMinor = 0;
    qint64 grossMinor = 0;
};

// Payments by method; for cash the amount is what stayed in the drawer (handed over less change).
struct TenderTotal
{
    QString method; // tenderMethodCode(): "cash", "card", "giftCard", "storeCredit", "points", "other"
    ReportFigure taken;
};

struct CashierTotal
{
    QString staffNumber; // empty for sales made with nobody signed in
    ReportFigure sales;
    ReportFigure voidedSales;
    qint64 voidedLines = 0;
};

// The figures of one shift: an X report (read at any time, changes nothing) or the Z report that closes
// the shift (numbered without gaps, kept unchanged for good). Built by ShiftReportBuilder from the
// shift's journal records and cash movements; rendered for print and screen by ReportText.
//
// Invariants (ShiftReportBuilder keeps them): the tenders add up to sales.amountMinor; expected cash is
// float + cash sales − cash refunds + paid-in − paid-out − drops; over/short is counted − expected.
struct ShiftReport
{
    enum class Kind { X, Z };

    Kind kind = Kind::X;
    qint64 zNumber = 0; // 0 on an X report
    qint64 shiftId = 0;
    QString storeId;
    QString terminalId;
    QString currency;
    QString openedBy;
    QDateTime openedAt;
    QDateTime takenAt; // when the X was read or the shift closed
    QString closedBy;  // Z only

    ReportFigure sales;           // completed sales: what customers paid, cash rounding included
    qint64 grossSalesMinor = 0;   // before discounts
    ReportFigure discounts;       // sales with a discount, and the discounts' total
    ReportFigure returns;         // returns journaled in the shift and what they refunded
    ReportFigure voidedSales;     // what the voided sales came to
    ReportFigure voidedLines;     // lines voided within completed sales, at their price
    qint64 cashRoundingMinor = 0; // included in sales
    QList<TaxRateTotal> taxes;    // in order of first appearance
    QList<TenderTotal> tenders;   // in order of first appearance

    qint64 floatMinor = 0;
    qint64 cashSalesMinor = 0;   // cash handed over less change given
    qint64 cashRefundsMinor = 0; // what returns refunded in cash
    ReportFigure paidIn;
    ReportFigure paidOut;
    ReportFigure drops;
    ReportFigure noSales; // the drawer opened without a sale: a count, no amount
    qint64 expectedCashMinor = 0;
    std::optional<qint64> countedCashMinor; // Z only: the blind count
    std::optional<qint64> overShortMinor;   // counted − expected: positive over, negative short

    QList<CashierTotal> cashiers; // in order of first sale
    // Staff numbers to names as the store knew them when the report was taken: a Z report keeps the names
    // it was printed with even if someone is renamed later.
    QHash<QString, QString> staffNames;

    // "1001 김민지", or the number alone when the name is not known.
    [[nodiscard]] QString staffLabel(const QString &staffNumber) const;

    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace omnitill
