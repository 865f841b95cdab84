#include "ShiftRepository.h"

#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString floatCountToJson(const QMap<qint64, qint64> &count)
{
    QJsonObject json;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        json.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<qint64, qint64> floatCountFromJson(const QByteArray &text)
{
    QMap<qint64, qint64> count;
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        count.insert(it.key().toLongLong(), it.value().toInteger());
    return count;
}
} // namespace

ShiftRepository::ShiftRepository(const Database &database)
    : m_database(database)
{
}

Result<qint64> ShiftRepository::open(const Shift &shift)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO shifts (terminal_id, opened_by, opened_at, float_minor, float_count, "
                                 "journal_sequence_at_open) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(shift.terminalId);
    query.addBindValue(shift.openedBy);
    query.addBindValue(timestamp(shift.openedAt));
    query.addBindValue(shift.floatMinor);
    query.addBindValue(floatCountToJson(shift.floatCount));
    query.addBindValue(shift.journalSequenceAtOpen);
    if (!query.exec())
        return Error{tr("The shift could not be opened: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<std::optional<Shift>> ShiftRepository::shiftWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, terminal_id, opened_by, opened_at, float_minor, float_count, "
                                 "journal_sequence_at_open FROM shifts s WHERE ") +
                  condition + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    query.addBindValue(value);
    if (!query.exec())
        return Error{tr("The shift could not be read: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<Shift>();
    Shift shift;
    shift.id = query.value(0).toLongLong();
    shift.terminalId = query.value(1).toString();
    shift.openedBy = query.value(2).toString();
    shift.openedAt = fromTimestamp(query.value(3));
    shift.floatMinor = query.value(4).toLongLong();
    shift.floatCount = floatCountFromJson(query.value(5).toByteArray());
    shift.journalSequenceAtOpen = query.value(6).toLongLong();
    return std::optional<Shift>(shift);
}

Result<std::optional<Shift>> ShiftRepository::openShift(const QString &terminalId) const
{
    return shiftWhere(QStringLiteral("terminal_id = ? AND NOT EXISTS "
                                     "(SELECT 1 FROM shift_closings c WHERE c.shift_id = s.id)"),
                      terminalId);
}

Result<std::optional<Shift>> ShiftRepository::shift(qint64 id) const
{
    return shiftWhere(QStringLiteral("id = ?"), id);
}

Result<qint64> ShiftRepository::addMovement(const CashMovement &movement)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO cash_movements (shift_id, kind, amount_minor, reason, staff_number, at) "
                                 "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?)"));
    query.addBindValue(movement.shiftId);
    query.addBindValue(cashMovementKindCode(movement.kind));
    query.addBindValue(movement.amountMinor);
    query.addBindValue(movement.reason);
    query.addBindValue(movement.staffNumber);
    query.addBindValue(timestamp(movement.at));
    if (!query.exec())
        return Error{tr("The cash movement could not be recorded: %1").arg(query.lastError().text())};
    return query.lastInsertId().toLongLong();
}

Result<QList<CashMovement>> ShiftRepository::movements(qint64 shiftId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, kind, amount_minor, reason, staff_number, at FROM cash_movements "
                                 "WHERE shift_id = ? ORDER BY id"));
    query.addBindValue(shiftId);
    if (!query.exec())
        return Error{tr("The cash movements could not be read: %1").arg(query.lastError().text())};
    QList<CashMovement> movements;
    while (query.next()) {
        const auto kind = cashMovementKindFromCode(query.value(1).toString());
        if (!kind)
            return Error{tr("A cash movement of an unknown kind is in the store")};
        movements.append(CashMovement{query.value(0).toLongLong(), shiftId, *kind, query.value(2).toLongLong(),
                                      query.value(3).toString(), query.value(4).toString(),
                                      fromTimestamp(query.value(5))});
    }
    return movements;
}

Result<QList<QJsonObject>> ShiftRepository::saleRecords(const Shift &shift) const
{
    // The sequence bound uses the journal's primary key, so a long journal is not read whole; the record
    // names its shift, which the hash chain protects.
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT record FROM journal WHERE sequence > ? AND terminal_id = ? "
                                 "AND json_extract(record, '$.shift') = ? ORDER BY sequence"));
    query.addBindValue(shift.journalSequenceAtOpen);
    query.addBindValue(shift.terminalId);
    query.addBindValue(shift.id);
    if (!query.exec())
        return Error{tr("The shift's sales could not be read: %1").arg(query.lastError().text())};
    QList<QJsonObject> records;
    while (query.next())
        records.append(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    return records;
}

Result<void> ShiftRepository::close(Transaction &transaction, const ShiftClosing &closing)
{
    Q_ASSERT(transaction.isOpen());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO shift_closings (shift_id, closed_by, closed_at, counted_minor, "
                                 "expected_minor, over_short_minor, z_number) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(closing.shiftId);
    query.addBindValue(closing.closedBy);
    query.addBindValue(timestamp(closing.closedAt));
    query.addBindValue(closing.countedMinor);
    query.addBindValue(closing.expectedMinor);
    query.addBindValue(closing.overShortMinor);
    query.addBindValue(closing.zNumber);
    if (!query.exec())
        return Error{tr("The shift could not be closed: %1").arg(query.lastError().text())};
    return {};
}

Result<std::optional<ShiftClosing>> ShiftRepository::closing(qint64 shiftId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT closed_by, closed_at, counted_minor, expected_minor, over_short_minor, "
                                 "z_number FROM shift_closings WHERE shift_id = ?"));
    query.addBindValue(shiftId);
    if (!query.exec())
        return Error{tr("The shift could not be read: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<ShiftClosing>();
    return std::optional<ShiftClosing>(ShiftClosing{shiftId, query.value(0).toString(), fromTimestamp(query.value(1)),
                                                    query.value(2).toLongLong(), query.value(3).toLongLong(),
                                                    query.value(4).toLongLong(), query.value(5).toLongLong()});
}

} // namespace omnitill
