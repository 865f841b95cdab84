#include "PullLog.h"

#include "Database.h"
#include "StoreQuery.h"

namespace omnitill {

namespace {

QDateTime timeOf(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const auto selectState =
    QStringLiteral("SELECT kind, cursor, last_success_at, last_attempt_at, last_error FROM sync_pulls ");

PullState stateOn(const QSqlQuery &row)
{
    return {row.value(0).toString(), row.value(1).toString(), timeOf(row.value(2)), timeOf(row.value(3)),
            row.value(4).toString()};
}

} // namespace

PullLog::PullLog(const Database &database)
    : m_database(database)
{
}

Result<PullState> PullLog::state(const QString &kind) const
{
    auto row = runQuery(m_database, selectState + QStringLiteral("WHERE kind = ?"), {kind});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return PullState{kind, {}, {}, {}, {}};
    return stateOn(*row);
}

Result<QList<PullState>> PullLog::all() const
{
    auto rows = runQuery(m_database, selectState + QStringLiteral("ORDER BY kind"));
    if (!rows)
        return Error{rows.error()};
    QList<PullState> states;
    while (rows->next())
        states.append(stateOn(*rows));
    return states;
}

Result<void> PullLog::setCursor(const QString &kind, const QString &cursor)
{
    return upsert(kind, QStringLiteral("cursor = ?"), {cursor});
}

Result<void> PullLog::succeeded(const QString &kind, const QDateTime &at)
{
    return upsert(kind, QStringLiteral("last_success_at = ?, last_attempt_at = ?, last_error = ''"),
                  {at.toUTC().toString(Qt::ISODateWithMs), at.toUTC().toString(Qt::ISODateWithMs)});
}

Result<void> PullLog::failed(const QString &kind, const QString &reason, const QDateTime &at)
{
    return upsert(kind, QStringLiteral("last_attempt_at = ?, last_error = ?"),
                  {at.toUTC().toString(Qt::ISODateWithMs), reason});
}

Result<void> PullLog::upsert(const QString &kind, const QString &assignments, const QVariantList &values)
{
    if (auto inserted =
            runQuery(m_database, QStringLiteral("INSERT OR IGNORE INTO sync_pulls (kind) VALUES (?)"), {kind});
        !inserted)
        return Error{inserted.error()};
    QVariantList bound = values;
    bound.append(kind);
    auto updated =
        runQuery(m_database, QStringLiteral("UPDATE sync_pulls SET %1 WHERE kind = ?").arg(assignments), bound);
    return updated ? Result<void>() : Result<void>(Error{updated.error()});
}

} // namespace omnitill
