#pragma once

#include "ShiftReport.h"
#include "ShiftRepository.h"
#include "StoreProfile.h"
#include "ZReportArchive.h"

#include <QObject>
#include <functional>

namespace omnitill {

class Database;
class PermissionGate;

// What closing a shift produced: the Z report (figures and printed text) and the over/short.
struct ShiftClose
{
    ShiftReport report;
    QString text;
    ZReportEntry archived;
};

// The cash side of the cashier's day on this terminal: open a shift with a counted float, record
// paid-ins, paid-outs (with a reason) and drops to the safe, read an X report at any time, and close with
// a blind count that produces the Z report.
//
// The close is blind: close() takes the counted cash and only its result tells the expected amount and
// the over/short, so the count cannot be bent towards the figure. Expected cash is float + cash sales
// (handed over less change) − cash refunds + paid-in − paid-out − drops. The closing, its Z report (next
// gapless Z number) and the over/short are written in one transaction. Every action asks the
// PermissionGate first and is recorded under the gate's acting staff number.
class ShiftService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ShiftService(const Database &database, PermissionGate &gate, StoreProfile profile, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    [[nodiscard]] Result<std::optional<Shift>> currentShift() const;
    // The currency the float and the counts are in.
    [[nodiscard]] const Currency &currency() const { return m_profile.currency; }
    // The open shift's id, for CheckoutService to attribute sales to; nullopt when no shift is open.
    [[nodiscard]] std::optional<qint64> currentShiftId() const;

    // floatCount (denomination in minor units → pieces) is optional; given, it must add up to the total.
    [[nodiscard]] Result<Shift> open(qint64 floatMinor, const QMap<qint64, qint64> &floatCount = {});
    [[nodiscard]] Result<CashMovement> paidIn(qint64 amountMinor, const QString &reason);
    [[nodiscard]] Result<CashMovement> paidOut(qint64 amountMinor, const QString &reason);
    [[nodiscard]] Result<CashMovement> drop(qint64 amountMinor, const QString &reason = {});
    // Opens the drawer with no sale (open_drawer_no_sale): recorded as a no-sale movement of the shift,
    // then drawerOpenRequested asks whoever drives the printer to pulse the drawer.
    [[nodiscard]] Result<CashMovement> openDrawerNoSale(const QString &reason);

    // The open shift's figures so far; changes nothing.
    [[nodiscard]] Result<ShiftReport> xReport();
    [[nodiscard]] Result<ShiftClose> close(qint64 countedCashMinor);

Q_SIGNALS:
    void shiftChanged();
    void drawerOpenRequested();

private:
    [[nodiscard]] Result<Shift> requireOpenShift() const;
    [[nodiscard]] Result<CashMovement> move(CashMovement::Kind kind, qint64 amountMinor, const QString &reason);
    [[nodiscard]] Result<ShiftReport> buildReport(const Shift &shift, ShiftReport header,
                                                  std::optional<qint64> countedCashMinor) const;

    const Database &m_database;
    PermissionGate &m_gate;
    StoreProfile m_profile;
    ShiftRepository m_shifts;
    ZReportArchive m_zReports;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace omnitill
