#include "ShiftService.h"

#include "Database.h"
#include "PermissionGate.h"
#include "ReportText.h"
#include "SaleJournal.h"
#include "ShiftReportBuilder.h"
#include "StaffRepository.h"
#include "Transaction.h"

namespace omnitill {

ShiftService::ShiftService(const Database &database, PermissionGate &gate, StoreProfile profile, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_gate(gate)
    , m_profile(std::move(profile))
    , m_shifts(database)
    , m_zReports(database)
{
}

Result<std::optional<Shift>> ShiftService::currentShift() const
{
    return m_shifts.openShift(m_profile.terminalId);
}

std::optional<qint64> ShiftService::currentShiftId() const
{
    const auto shift = currentShift();
    return shift && *shift ? std::optional<qint64>((*shift)->id) : std::nullopt;
}

Result<Shift> ShiftService::requireOpenShift() const
{
    auto shift = currentShift();
    if (!shift)
        return Error{shift.error()};
    if (!*shift)
        return Error{tr("No shift is open on this till: open one with a counted float")};
    return **shift;
}

Result<Shift> ShiftService::open(qint64 floatMinor, const QMap<qint64, qint64> &floatCount)
{
    if (floatMinor < 0)
        return Error{tr("The float cannot be negative")};
    if (!floatCount.isEmpty()) {
        qint64 counted = 0;
        for (auto it = floatCount.cbegin(); it != floatCount.cend(); ++it) {
            auto pieces = checked::multiply(it.key(), it.value());
            auto sum = pieces ? checked::add(counted, *pieces) : Result<qint64>(Error{pieces.error()});
            if (!sum || it.key() <= 0 || it.value() < 0)
                return Error{tr("The float count is not a valid count of notes and coins")};
            counted = *sum;
        }
        if (counted != floatMinor)
            return Error{tr("The notes and coins counted do not add up to the float")};
    }
    Shift shift;
    shift.terminalId = m_profile.terminalId;
    shift.floatMinor = floatMinor;
    shift.floatCount = floatCount;
    if (auto allowed = m_gate.authorize(Permission::OpenShift, {{QLatin1String("float"), floatMinor}}); !allowed)
        return Error{allowed.error()};
    auto existing = currentShift();
    if (!existing)
        return Error{existing.error()};
    if (*existing)
        return Error{tr("A shift is already open on this till; close it first")};
    shift.openedBy = m_gate.actingStaffNumber();
    shift.openedAt = m_clock();
    shift.journalSequenceAtOpen = SaleJournal(m_database).lastSequence();
    auto id = m_shifts.open(shift);
    if (!id)
        return Error{id.error()};
    shift.id = *id;
    Q_EMIT shiftChanged();
    return shift;
}

Result<CashMovement> ShiftService::move(CashMovement::Kind kind, qint64 amountMinor, const QString &reason)
{
    if (kind != CashMovement::Kind::NoSale && amountMinor <= 0)
        return Error{tr("The amount must be more than zero")};
    if (kind == CashMovement::Kind::PaidOut && reason.trimmed().isEmpty())
        return Error{tr("A paid-out needs a reason")};
    auto shift = requireOpenShift();
    if (!shift)
        return Error{shift.error()};
    const Permission permission = kind == CashMovement::Kind::PaidIn    ? Permission::PaidIn
                                  : kind == CashMovement::Kind::PaidOut ? Permission::PaidOut
                                  : kind == CashMovement::Kind::Drop    ? Permission::CashDrop
                                                                        : Permission::OpenDrawerNoSale;
    const QJsonObject details{
        {QLatin1String("shift"), shift->id}, {QLatin1String("amount"), amountMinor}, {QLatin1String("reason"), reason}};
    if (auto allowed = m_gate.authorize(permission, details); !allowed)
        return Error{allowed.error()};
    CashMovement movement{0, shift->id, kind, amountMinor, reason.trimmed(), m_gate.actingStaffNumber(), m_clock()};
    auto id = m_shifts.addMovement(movement);
    if (!id)
        return Error{id.error()};
    movement.id = *id;
    return movement;
}

Result<CashMovement> ShiftService::openDrawerNoSale(const QString &reason)
{
    auto opening = move(CashMovement::Kind::NoSale, 0, reason);
    if (opening)
        Q_EMIT drawerOpenRequested();
    return opening;
}

Result<CashMovement> ShiftService::paidIn(qint64 amountMinor, const QString &reason)
{
    return move(CashMovement::Kind::PaidIn, amountMinor, reason);
}

Result<CashMovement> ShiftService::paidOut(qint64 amountMinor, const QString &reason)
{
    return move(CashMovement::Kind::PaidOut, amountMinor, reason);
}

Result<CashMovement> ShiftService::drop(qint64 amountMinor, const QString &reason)
{
    return move(CashMovement::Kind::Drop, amountMinor, reason);
}

Result<ShiftReport> ShiftService::buildReport(const Shift &shift, ShiftReport header,
                                              std::optional<qint64> countedCashMinor) const
{
    header.shiftId = shift.id;
    header.storeId = m_profile.storeId;
    header.terminalId = shift.terminalId;
    header.currency = m_profile.currency.code();
    header.openedBy = shift.openedBy;
    header.openedAt = shift.openedAt;
    header.floatMinor = shift.floatMinor;
    auto staff = StaffRepository(m_database).all();
    if (!staff)
        return Error{staff.error()};
    for (const StaffMember &member : *staff)
        header.staffNames.insert(member.staffNumber, member.name);
    ShiftReportBuilder builder(std::move(header));
    auto records = m_shifts.saleRecords(shift);
    if (!records)
        return Error{records.error()};
    for (const QJsonObject &record : *records)
        builder.addSale(record);
    auto movements = m_shifts.movements(shift.id);
    if (!movements)
        return Error{movements.error()};
    for (const CashMovement &movement : *movements)
        builder.addMovement(movement);
    return builder.finish(countedCashMinor);
}

Result<ShiftReport> ShiftService::xReport()
{
    auto shift = requireOpenShift();
    if (!shift)
        return Error{shift.error()};
    if (auto allowed = m_gate.authorize(Permission::ViewReports, {{QLatin1String("shift"), shift->id}}); !allowed)
        return Error{allowed.error()};
    ShiftReport header;
    header.kind = ShiftReport::Kind::X;
    header.takenAt = m_clock();
    return buildReport(*shift, header, std::nullopt);
}

Result<ShiftClose> ShiftService::close(qint64 countedCashMinor)
{
    if (countedCashMinor < 0)
        return Error{tr("The counted cash cannot be negative")};
    auto shift = requireOpenShift();
    if (!shift)
        return Error{shift.error()};
    if (auto allowed = m_gate.authorize(Permission::CloseShift, {{QLatin1String("shift"), shift->id}}); !allowed)
        return Error{allowed.error()};

    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    // Numbered inside the transaction: its write lock keeps a second closing from taking the same number.
    auto zNumber = m_zReports.nextNumber();
    if (!zNumber)
        return Error{zNumber.error()};
    ShiftReport header;
    header.kind = ShiftReport::Kind::Z;
    header.zNumber = *zNumber;
    header.takenAt = m_clock();
    header.closedBy = m_gate.actingStaffNumber();
    auto report = buildReport(*shift, header, countedCashMinor);
    if (!report)
        return Error{report.error()};
    ShiftClose result{*report, ReportText::render(*report, m_profile), {}};
    auto archived = m_zReports.append(
        transaction,
        ZReportEntry{*zNumber, shift->terminalId, shift->id, header.takenAt, report->toJson(), result.text, {}, {}});
    if (!archived)
        return Error{archived.error()};
    result.archived = *archived;
    const ShiftClosing closing{shift->id,        header.closedBy,           header.takenAt,
                               countedCashMinor, report->expectedCashMinor, report->overShortMinor.value_or(0),
                               *zNumber};
    if (auto closed = m_shifts.close(transaction, closing); !closed)
        return Error{closed.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    Q_EMIT shiftChanged();
    return result;
}

} // namespace omnitill
