#include "StaffRequests.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "Transaction.h"

namespace omnitill::central {

namespace {

const QString selected = QStringLiteral(
    "SELECT r.request_id, r.store_id, r.terminal_id, t.name, r.kind, r.details, r.raised_at, r.resolved_at, "
    "r.resolved_by, r.resolved_by_name, r.resolved_at_terminal, rt.name, r.resolution "
    "FROM staff_requests r JOIN terminals t ON t.terminal_id = r.terminal_id "
    "LEFT JOIN terminals rt ON rt.terminal_id = r.resolved_at_terminal ");

StaffRequest requestIn(const QSqlQuery &row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),   row.value(3).toString(),
            row.value(4).toString(), row.value(5).toString(), row.value(6).toDateTime(), row.value(7).toDateTime(),
            row.value(8).toString(), row.value(9).toString(), row.value(10).toString(),  row.value(11).toString(),
            row.value(12).toString()};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

const QStringList StaffRequests::kinds{QStringLiteral("help"), QStringLiteral("age_check"),
                                       QStringLiteral("unknown_barcode"), QStringLiteral("payment_failed"),
                                       QStringLiteral("coupon")};

QJsonObject StaffRequest::toJson() const
{
    QJsonObject json{{QLatin1String("request"), requestId},
                     {QLatin1String("store"), storeId},
                     {QLatin1String("terminal"), terminalId},
                     {QLatin1String("terminalName"), terminalName},
                     {QLatin1String("kind"), kind},
                     {QLatin1String("details"), details},
                     {QLatin1String("raisedAt"), isoTime(raisedAt)},
                     {QLatin1String("open"), open()}};
    if (!open()) {
        json.insert(QLatin1String("resolvedAt"), isoTime(resolvedAt));
        json.insert(QLatin1String("resolvedBy"), resolvedBy);
        json.insert(QLatin1String("resolvedByName"), resolvedByName);
        json.insert(QLatin1String("resolvedAtTerminal"), resolvedAtTerminal);
        json.insert(QLatin1String("resolvedAtTerminalName"), resolvedAtTerminalName);
        json.insert(QLatin1String("resolution"), resolution);
    }
    return json;
}

StaffRequests::StaffRequests(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<StaffRequests::Raised> StaffRequests::raise(const QString &requestId, const QString &kind,
                                                    const QString &details, const QDateTime &raisedAt,
                                                    const AuthenticatedTerminal &terminal)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO staff_requests (request_id, terminal_id, store_id, kind, details, raised_at, "
                       "received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING"),
        {requestId, terminal.terminalId, terminal.storeId, kind, details, sqlTime(raisedAt),
         sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    const bool created = inserted->numRowsAffected() == 1;
    if (created) {
        if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminal.terminalId),
                                            QStringLiteral("staff_request.raised"), requestId, kind);
            !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    auto stored = find(requestId, terminal.storeId);
    if (!stored)
        return stored.error();
    // A UUID is the raising kiosk's own: the same one from elsewhere, or for something else, is not a resend.
    if (stored->terminalId != terminal.terminalId || stored->kind != kind) {
        return ApiError::conflict(QStringLiteral("request_taken"),
                                  tr("Request %1 was raised for something else").arg(requestId));
    }
    return Raised{*stored, created};
}

Outcome<StaffRequest> StaffRequests::resolve(const QString &requestId, const StaffResolution &resolution,
                                             const AuthenticatedTerminal &terminal)
{
    // First resolver wins: the row changes only while it is open, and a second UPDATE waits for the first's
    // row lock (PostgreSQL) or its write transaction (SQLite), then finds it resolved.
    auto updated = runQuery(m_pool,
                            QStringLiteral("UPDATE staff_requests SET resolved_at = ?, resolved_by = ?, "
                                           "resolved_by_name = ?, resolved_at_terminal = ?, resolution = ? "
                                           "WHERE request_id = ? AND store_id = ? AND resolved_at IS NULL"),
                            {sqlTime(QDateTime::currentDateTimeUtc()), resolution.staffNumber, resolution.staffName,
                             terminal.terminalId, resolution.resolution, requestId, terminal.storeId});
    if (!updated)
        return updated.error();
    auto stored = find(requestId, terminal.storeId);
    if (!stored || updated->numRowsAffected() == 1)
        return stored;
    if (stored->resolvedBy == resolution.staffNumber && stored->resolvedAtTerminal == terminal.terminalId)
        return stored; // the same resolution sent again
    return ApiError::conflict(QStringLiteral("already_resolved"),
                              tr("Already resolved by %1 %2 at %3")
                                  .arg(stored->resolvedBy, stored->resolvedByName, stored->resolvedAtTerminalName));
}

Outcome<StaffRequest> StaffRequests::find(const QString &requestId, const QString &storeId)
{
    auto query =
        runQuery(m_pool, selected + QStringLiteral("WHERE r.request_id = ? AND r.store_id = ?"), {requestId, storeId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return ApiError::notFound(QStringLiteral("unknown_request"), tr("There is no request %1").arg(requestId));
    return requestIn(row);
}

Outcome<QList<StaffRequest>> StaffRequests::listed(const QString &storeId, const QDateTime &resolvedSince)
{
    // Without a time, one that no resolution is later than: only the open ones.
    const QDateTime since = resolvedSince.isValid() ? resolvedSince : QDateTime::currentDateTimeUtc().addYears(100);
    auto query = runQuery(m_pool,
                          selected + QStringLiteral("WHERE r.store_id = ? AND (r.resolved_at IS NULL OR "
                                                    "r.resolved_at >= ?) ORDER BY r.raised_at LIMIT ?"),
                          {storeId, sqlTime(since), maximumListed});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<StaffRequest> requests;
    while (rows.next())
        requests.append(requestIn(rows));
    return requests;
}

} // namespace omnitill::central
