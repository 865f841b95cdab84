#include "GiftCards.h"

#include "AuditLog.h"
#include "Currency.h"
#include "StoredValue.h"
#include "Transaction.h"

#include <QRandomGenerator>

namespace omnitill::central {

namespace {

Outcome<GiftCard> cardIn(const Transaction &transaction, const QString &number)
{
    auto query = transaction.run(
        QStringLiteral("SELECT number, currency, balance_minor FROM gift_cards WHERE number = ?"), {number});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next()) {
        return ApiError::notFound(QStringLiteral("unknown_gift_card"),
                                  GiftCards::tr("No gift card ends in %1").arg(number.right(4)));
    }
    return GiftCard{row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong()};
}

std::optional<ApiError> checkAmount(const QString &currency, qint64 amountMinor)
{
    if (!Currency::fromCode(currency))
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    GiftCards::tr("Unknown currency %1").arg(currency));
    if (amountMinor <= 0)
        return ApiError::badRequest(QStringLiteral("invalid_field"), GiftCards::tr("The amount must be above zero"));
    return std::nullopt;
}

std::optional<ApiError> checkCurrency(const GiftCard &card, const QString &currency)
{
    if (card.currency == currency)
        return std::nullopt;
    return ApiError::conflict(QStringLiteral("wrong_currency"),
                              GiftCards::tr("The gift card holds %1, not %2").arg(card.currency, currency));
}

// The ledger row and the audit entry of a change of amountMinor (negative: taken) to the card.
Outcome<void> enter(const Transaction &transaction, const QString &number, const QString &kind, qint64 amountMinor,
                    const QString &sourceId, const QString &terminalId)
{
    auto entered =
        transaction.run(QStringLiteral("INSERT INTO gift_card_ledger (number, kind, amount_minor, "
                                       "source_id, terminal_id, at) VALUES (?, ?, ?, ?, ?, ?)"),
                        {number, kind, amountMinor, sourceId, terminalId, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!entered)
        return entered.error();
    return AuditLog::record(transaction, AuditLog::terminalActor(terminalId), QStringLiteral("gift_card.") + kind,
                            number.right(4), QStringLiteral("%1 %2").arg(amountMinor).arg(sourceId));
}

// Checks the amount, the card and its currency, then runs change in the card's transaction: change answers
// whether it wrote anything (false: the same request was handled before), and what it wrote is committed.
// Answers the card as it is then.
template <typename Change>
Outcome<GiftCard> changeCard(ConnectionPool &pool, const QString &number, const QString &currency, qint64 amountMinor,
                             Change change)
{
    if (auto invalid = checkAmount(currency, amountMinor))
        return *invalid;
    auto begun = Transaction::begin(pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto found = cardIn(transaction, GiftCards::normalizedNumber(number));
    if (!found)
        return found;
    if (auto wrong = checkCurrency(*found, currency))
        return *wrong;
    auto changed = change(transaction, *found);
    if (!changed)
        return changed.error();
    if (!*changed)
        return found;
    auto after = cardIn(transaction, found->number);
    if (!after)
        return after;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

} // namespace

QJsonObject GiftCard::toJson() const
{
    return {{QLatin1String("card"), number.right(4)},
            {QLatin1String("currency"), currency},
            {QLatin1String("balance"), balanceMinor}};
}

GiftCards::GiftCards(ConnectionPool &pool)
    : m_pool(pool)
{
}

QString GiftCards::normalizedNumber(const QString &typed)
{
    return StoredValueReference::giftCardDigits(typed);
}

Outcome<GiftCard> GiftCards::issue(const QString &currency, qint64 amountMinor, const QString &number)
{
    if (auto invalid = checkAmount(currency, amountMinor))
        return *invalid;
    QString card = normalizedNumber(number);
    if (number.isEmpty()) {
        for (int i = 0; i < numberLength; ++i)
            card += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    } else if (card.isEmpty()) {
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("A gift card number has 12 to 19 digits"));
    }
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString now = sqlTime(QDateTime::currentDateTimeUtc());
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO gift_cards (number, currency, balance_minor, issued_at) VALUES (?, ?, ?, ?)"),
        {card, currency, amountMinor, now});
    if (!inserted)
        return inserted.error();
    auto entered = transaction.run(QStringLiteral("INSERT INTO gift_card_ledger (number, kind, amount_minor, "
                                                  "source_id, at) VALUES (?, 'issue', ?, ?, ?)"),
                                   {card, amountMinor, card, now});
    if (!entered)
        return entered.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("gift_card.issued"),
                                        card.right(4), QStringLiteral("%1 %2").arg(amountMinor).arg(currency));
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return GiftCard{card, currency, amountMinor};
}

Outcome<GiftCard> GiftCards::find(const QString &number)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    return cardIn(*begun, normalizedNumber(number));
}

Outcome<GiftCard> GiftCards::redeem(const QString &number, const QString &currency, qint64 amountMinor,
                                    const QString &tenderId, const QString &terminalId)
{
    return changeCard(
        m_pool, number, currency, amountMinor,
        [&](const Transaction &transaction, const GiftCard &card) -> Outcome<bool> {
            auto before = transaction.run(QStringLiteral("SELECT number, amount_minor FROM gift_card_ledger WHERE "
                                                         "source_id = ? AND kind = 'redeem'"),
                                          {tenderId});
            if (!before)
                return before.error();
            if (QSqlQuery row = std::move(before).value(); row.next()) {
                // This tender's redemption went through before: its answer was lost. The same request is answered
                // again; another card or amount under the same tender is a till's mistake.
                if (row.value(0).toString() == card.number && row.value(1).toLongLong() == -amountMinor)
                    return false;
                return ApiError::conflict(
                    QStringLiteral("tender_reused"),
                    tr("The tender %1 already paid with another gift card or amount").arg(tenderId));
            }
            // The condition waits for a racing redemption's row lock and then sees its result.
            auto taken = transaction.run(QStringLiteral("UPDATE gift_cards SET balance_minor = balance_minor - ? "
                                                        "WHERE number = ? AND balance_minor >= ?"),
                                         {amountMinor, card.number, amountMinor});
            if (!taken)
                return taken.error();
            if (taken->numRowsAffected() == 0) {
                return ApiError::conflict(QStringLiteral("insufficient_gift_card_balance"),
                                          tr("The gift card has %1 %2 left, less than %3")
                                              .arg(card.balanceMinor)
                                              .arg(currency)
                                              .arg(amountMinor));
            }
            if (auto entered =
                    enter(transaction, card.number, QStringLiteral("redeem"), -amountMinor, tenderId, terminalId);
                !entered)
                return entered.error();
            return true;
        });
}

Outcome<GiftCard> GiftCards::reload(const QString &number, const QString &currency, qint64 amountMinor,
                                    const QString &sourceId, const QString &terminalId)
{
    return changeCard(
        m_pool, number, currency, amountMinor,
        [&](const Transaction &transaction, const GiftCard &card) -> Outcome<bool> {
            auto before = transaction.run(
                QStringLiteral("SELECT 1 FROM gift_card_ledger WHERE source_id = ? AND kind = 'reload'"), {sourceId});
            if (!before)
                return before.error();
            if (QSqlQuery row = std::move(before).value(); row.next())
                return false; // reloaded before
            if (auto credited =
                    credit(transaction, card.number, amountMinor, QStringLiteral("reload"), sourceId, terminalId);
                !credited)
                return credited.error();
            return true;
        });
}

Outcome<void> GiftCards::credit(const Transaction &transaction, const QString &number, qint64 amountMinor,
                                const QString &kind, const QString &sourceId, const QString &terminalId)
{
    auto raised =
        transaction.run(QStringLiteral("UPDATE gift_cards SET balance_minor = balance_minor + ? WHERE number = ?"),
                        {amountMinor, number});
    if (!raised)
        return raised.error();
    return enter(transaction, number, kind, amountMinor, sourceId, terminalId);
}

} // namespace omnitill::central
