#pragma once

#include "CentralClient.h"
#include "Result.h"
#include "SaleEvent.h"

#include <QObject>
#include <QUuid>
#include <functional>

namespace omnitill {

// One redemption a till asks the central store for: method says whose balance (GiftCard: holder is the
// typed or swiped card number; StoreCredit and Points: holder is the customer's id), amount is in the
// balance's units (minor units; points for Points). tender is the idempotency key at the central store.
struct StoredValueRedemption
{
    TenderMethod method = TenderMethod::GiftCard;
    QString holder;
    QString currency;
    qint64 amount = 0;
    QUuid saleId;
    QUuid tender;
    bool offline = false; // points taken while the central store could not be reached, sent after reconnect
};

// What the central store answered a redemption or a refund: the number asked for, or why not. status is the
// HTTP status, 0 when no answer came at all (then the change may or may not have happened).
struct StoredValueAnswer
{
    Result<qint64> value;
    int status = 0;
    qint64 shortBy = 0; // an offline points redemption: the points the balance no longer held
};

// The till's side of the balances the central store holds: gift cards, a customer's store credit and points.
// It reads a balance, redeems for a tender and gives a redemption back, over CentralClient. A redemption or
// refund whose answer was lost (no HTTP status: a timeout, a dropped connection) is asked once more with the
// same UUIDs before giving up; the central store makes that repeat take or give nothing twice. A refusal
// (an HTTP status) is final and comes back with the central store's reason.
class StoredValueClient : public QObject
{
    Q_OBJECT

public:
    using BalanceDone = std::function<void(Result<qint64>)>;
    using Done = std::function<void(const StoredValueAnswer &)>;
    static constexpr int attempts = 2;

    explicit StoredValueClient(CentralClient &client, QObject *parent = nullptr);

    // The balance, in its units; a customer without store credit in that currency has 0.
    void balance(TenderMethod method, const QString &holder, const QString &currency, BalanceDone done);
    // Done gets the balance left after the redemption.
    void redeem(const StoredValueRedemption &redemption, Done done);
    // Gives amount (the redemption's units) of the redemption made for tender back; refund is this refund's own
    // UUID. Done gets what has gone back of that redemption in all.
    void refund(const QUuid &tender, const QUuid &refund, qint64 amount, Done done);

private:
    // Posts, and posts again once if no answer came.
    void postRetried(const QString &path, const QJsonObject &body, int attemptsLeft, CentralClient::Callback done);

    CentralClient &m_client;
};

} // namespace omnitill
