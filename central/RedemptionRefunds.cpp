#include "RedemptionRefunds.h"

#include "AuditLog.h"
#include "GiftCards.h"
#include "StoreCredit.h"
#include "Transaction.h"

namespace omnitill::central {

namespace {

// A redemption as its ledger holds it: whose balance (a card number, or a customer and a currency) and how
// much it took.
struct Redemption
{
    QString instrument;
    QString holder;
    QString currency;
    qint64 amount = 0;
};

Outcome<std::optional<Redemption>> findIn(const Transaction &transaction, const QString &instrument, const QString &sql,
                                          const QString &redemptionId)
{
    auto query = transaction.run(sql, {redemptionId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return std::optional<Redemption>();
    return std::optional<Redemption>(
        Redemption{instrument, row.value(0).toString(), row.value(1).toString(), -row.value(2).toLongLong()});
}

Outcome<Redemption> redemptionOf(const Transaction &transaction, const QString &redemptionId)
{
    // On PostgreSQL the balance's row is locked while the refunds are summed, as a redemption locks it.
    const QString lock = transaction.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    const QList<std::pair<QString, QString>> ledgers{
        {QStringLiteral("giftCard"),
         QStringLiteral("SELECT c.number, c.currency, l.amount_minor FROM gift_card_ledger l JOIN gift_cards c ON "
                        "c.number = l.number WHERE l.source_id = ? AND l.kind = 'redeem'")},
        {QStringLiteral("storeCredit"),
         QStringLiteral("SELECT b.customer_id, b.currency, l.amount_minor FROM store_credit_ledger l JOIN "
                        "store_credit_balances b ON b.customer_id = l.customer_id AND b.currency = l.currency "
                        "WHERE l.source_id = ? AND l.kind = 'redeem'")},
        {QStringLiteral("points"),
         QStringLiteral("SELECT c.customer_id, '', l.points FROM points_ledger l JOIN customers c ON c.customer_id "
                        "= l.customer_id WHERE l.sale_id = ? AND l.kind = 'redeem'")},
    };
    for (const auto &[instrument, sql] : ledgers) {
        auto found = findIn(transaction, instrument, sql + lock, redemptionId);
        if (!found)
            return found.error();
        if (*found)
            return **found;
    }
    return ApiError::notFound(QStringLiteral("unknown_redemption"),
                              RedemptionRefunds::tr("No redemption %1 was made").arg(redemptionId));
}

Outcome<qint64> refundedOf(const Transaction &transaction, const QString &redemptionId)
{
    auto query = transaction.run(
        QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM redemption_refunds WHERE redemption_id = ?"),
        {redemptionId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    return row.next() ? row.value(0).toLongLong() : qint64(0);
}

Outcome<void> creditBack(const Transaction &transaction, const Redemption &redemption, qint64 amount,
                         const QString &refundId, const QString &terminalId)
{
    const QString now = sqlTime(QDateTime::currentDateTimeUtc());
    if (redemption.instrument == QLatin1String("giftCard"))
        return GiftCards::credit(transaction, redemption.holder, amount, QStringLiteral("refund"), refundId,
                                 terminalId);
    if (redemption.instrument == QLatin1String("storeCredit"))
        return StoreCredit::credit(transaction, redemption.holder, redemption.currency, amount, refundId, now);
    auto inserted = transaction.run(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, sale_id, "
                                                   "reason, at) VALUES (?, 'adjust', ?, ?, 'refund', ?)"),
                                    {redemption.holder, amount, refundId, now});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace

QJsonObject RedemptionRefund::toJson() const
{
    return {{QLatin1String("redemption"), redemptionId},
            {QLatin1String("instrument"), instrument},
            {QLatin1String("redeemed"), redeemed},
            {QLatin1String("refunded"), refunded}};
}

RedemptionRefunds::RedemptionRefunds(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<RedemptionRefund> RedemptionRefunds::refund(const QString &redemptionId, const QString &refundId, qint64 amount,
                                                    const QString &terminalId)
{
    if (amount <= 0)
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("The amount must be above zero"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto redemption = redemptionOf(transaction, redemptionId);
    if (!redemption)
        return redemption.error();
    auto earlier = transaction.run(
        QStringLiteral("SELECT redemption_id, amount FROM redemption_refunds WHERE refund_id = ?"), {refundId});
    if (!earlier)
        return earlier.error();
    QSqlQuery earlierRow = std::move(earlier).value();
    const bool repeated = earlierRow.next();
    if (repeated && (earlierRow.value(0).toString() != redemptionId || earlierRow.value(1).toLongLong() != amount)) {
        return ApiError::conflict(QStringLiteral("refund_reused"),
                                  tr("The refund %1 already gave back another payment or amount").arg(refundId));
    }
    earlierRow.finish();
    auto refunded = refundedOf(transaction, redemptionId);
    if (!refunded)
        return refunded.error();
    RedemptionRefund answer{redemptionId, redemption->instrument, redemption->amount, *refunded};
    if (repeated)
        return answer; // this refund went through before: its answer was lost
    if (*refunded + amount > redemption->amount) {
        return ApiError::conflict(
            QStringLiteral("refund_exceeds_redemption"),
            tr("Only %1 of this payment is left to give back, not %2").arg(redemption->amount - *refunded).arg(amount));
    }
    auto recorded =
        transaction.run(QStringLiteral("INSERT INTO redemption_refunds (refund_id, redemption_id, amount, "
                                       "terminal_id, at) VALUES (?, ?, ?, ?, ?)"),
                        {refundId, redemptionId, amount, terminalId, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!recorded)
        return recorded.error();
    if (auto credited = creditBack(transaction, *redemption, amount, refundId, terminalId); !credited)
        return credited.error();
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminalId),
                                        QStringLiteral("redemption.refunded"), redemptionId,
                                        QStringLiteral("%1 %2 refund %3").arg(amount).arg(answer.instrument, refundId));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    answer.refunded += amount;
    return answer;
}

} // namespace omnitill::central
