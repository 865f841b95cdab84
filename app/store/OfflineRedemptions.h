#pragma once

#include "OutboxQueue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill {

class Database;

// Gift card, store credit and points redemptions taken while the central store could not be reached, owed to
// it: outbox rows of kind "stored_value_redemption" (record id: the tender's UUID, the central store's
// idempotency key; payload: the redeem request with method, holder, sale and amountMinor). A row is written as soon as
// the tender is on the sale, so a stopped till keeps it; it is sent only once its sale is journaled as completed, and
// dropped if the sale was voided, so the journal decides and no redemption reaches the central store for money never
// taken. Sent rows stay (outbox_sent), so today's offline total counts them for the manager's per-day cap.
class OfflineRedemptions
{
    Q_DECLARE_TR_FUNCTIONS(OfflineRedemptions)

public:
    static constexpr QLatin1StringView kind{"stored_value_redemption"};

    explicit OfflineRedemptions(const Database &database);

    [[nodiscard]] Result<void> queue(const QString &tender, const QJsonObject &payload);
    // Oldest first, neither sent nor quarantined.
    [[nodiscard]] Result<QList<OutboxRecord>> waiting() const;
    // The central store took it (its answer, as JSON), or refused it for good (rejected, with its reason).
    [[nodiscard]] Result<void> settle(const OutboxRecord &record, const OutboxOutcome::Status status,
                                      const QString &detail);
    // Its sale was voided: nothing is owed.
    [[nodiscard]] Result<void> drop(const OutboxRecord &record);
    // Points are capped apart from gift cards and store credit.
    enum class Of { GiftCardsAndCredit, Points };
    // What offline redemptions of that sort written since that moment add up to, in minor units; holder (a
    // customer's id) and sale narrow it when not empty.
    [[nodiscard]] Result<qint64> totalSince(const QDateTime &since, Of of, const QString &holder = {},
                                            const QString &sale = {}) const;

private:
    const Database &m_database;
};

} // namespace omnitill
