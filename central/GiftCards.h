#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace omnitill::central {

class ConnectionPool;
class Transaction;

struct GiftCard
{
    QString number; // digits only
    QString currency;
    qint64 balanceMinor = 0;

    // What a till is told: the last four digits, never the whole number, and the balance.
    [[nodiscard]] QJsonObject toJson() const;
};

// Gift cards: a balance per card in one currency, spent and given back by the tills (central migration
// 0013). The database holds the rules: the balance's CHECK keeps it at zero or above however many tills
// redeem at once (a conditional UPDATE), and the ledger's UNIQUE (source_id, kind) makes a till's
// redemption, keyed by its tender's UUID, happen once however often it is asked. A number is 16 digits
// from the system's CSPRNG; typed with spaces or dashes it is the same card.
class GiftCards
{
    Q_DECLARE_TR_FUNCTIONS(GiftCards)

public:
    static constexpr int numberLength = 16;

    explicit GiftCards(ConnectionPool &pool);

    // "6390 1234-5678 9012" -> "6390123456789012"; empty when it is no card number at all.
    [[nodiscard]] static QString normalizedNumber(const QString &typed);

    // A new card with its first balance (the back office's admin command, the demo seed); a random number
    // unless one is given.
    [[nodiscard]] Outcome<GiftCard> issue(const QString &currency, qint64 amountMinor, const QString &number = {});
    [[nodiscard]] Outcome<GiftCard> find(const QString &number);
    // Spends amountMinor of the card for a till's tender; the same tender asked again answers the balance
    // without taking twice. 409 insufficient_gift_card_balance, wrong_currency or tender_reused; 404
    // unknown_gift_card.
    [[nodiscard]] Outcome<GiftCard> redeem(const QString &number, const QString &currency, qint64 amountMinor,
                                           const QString &tenderId, const QString &terminalId);
    // Adds value to the card (sold at a till), once per source.
    [[nodiscard]] Outcome<GiftCard> reload(const QString &number, const QString &currency, qint64 amountMinor,
                                           const QString &sourceId, const QString &terminalId);
    // Puts amountMinor back on the card in the caller's transaction (RedemptionRefunds).
    [[nodiscard]] static Outcome<void> credit(const Transaction &transaction, const QString &number, qint64 amountMinor,
                                              const QString &kind, const QString &sourceId, const QString &terminalId);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
