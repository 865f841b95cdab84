#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace omnitill {

class Database;

// Where one kind of pull stands: the cursor its next pull starts from, and when it last succeeded (what the
// back office shows: "prices as of 14:02"), last tried, and why the last try failed (empty after a success).
struct PullState
{
    QString kind;
    QString cursor;
    QDateTime lastSuccess; // invalid: never pulled
    QDateTime lastAttempt;
    QString lastError;
};

// The till's record of its pulls from the central store (table sync_pulls, migration 0016), one row per
// kind. A pull that applies what it pulled writes the new cursor in the same transaction (setCursor), so
// the cursor never runs ahead of the data or behind it.
class PullLog
{
public:
    explicit PullLog(const Database &database);

    // A kind never pulled reads as an empty state of that kind.
    [[nodiscard]] Result<PullState> state(const QString &kind) const;
    // Every kind pulled at least once, by kind.
    [[nodiscard]] Result<QList<PullState>> all() const;
    // In the caller's transaction when it applies a page.
    [[nodiscard]] Result<void> setCursor(const QString &kind, const QString &cursor);
    [[nodiscard]] Result<void> succeeded(const QString &kind, const QDateTime &at);
    [[nodiscard]] Result<void> failed(const QString &kind, const QString &reason, const QDateTime &at);

private:
    [[nodiscard]] Result<void> upsert(const QString &kind, const QString &assignments, const QVariantList &values);

    const Database &m_database;
};

} // namespace omnitill
