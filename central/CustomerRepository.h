#pragma once

#include "ApiError.h"
#include "StoredValue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace omnitill::central {

class ConnectionPool;
class Transaction;

struct Customer
{
    QString id;
    QString loyaltyNumber;
    QString phone; // digits only
    QString name;
    QString tier;
    QDateTime createdAt;
    qint64 points = 0; // the sum of the ledger
    qint64 visits = 0;
    QDateTime lastVisit;     // invalid before the first visit
    QString email;           // where digital receipts go; empty when not given
    QString deliveryAddress; // where what is shipped goes; empty when not given

    [[nodiscard]] QJsonObject toJson() const;
};

struct NewCustomer
{
    QString name;
    QString phone;
    QString loyaltyNumber; // generated when empty
    QString tier = QStringLiteral("basic");
};

struct PointsEntry
{
    QString kind; // earn, redeem or adjust
    qint64 points = 0;
    QString saleId;
    QString reason;
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
};

// What a points redemption came to: the balance left, and what an offline redemption found missing.
struct PointsRedeemed
{
    qint64 balance = 0;
    qint64 shortBy = 0; // points asked for offline that the balance no longer held (0 online)
};

// Customers as the central store knows them, with their points ledger and store visits.
//
// The points balance is never stored: it is the sum of the ledger, and a sale earns points at most once
// because the ledger's sale_id is unique. Phone numbers are kept as digits only, so a lookup finds the
// customer however the number was typed.
class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    // The earning rule (loyalty::pointsFor), shared with the till that shows it on the receipt.
    [[nodiscard]] static qint64 pointsFor(qint64 totalMinor) { return loyalty::pointsFor(totalMinor); }

    explicit CustomerRepository(ConnectionPool &pool);

    [[nodiscard]] Outcome<Customer> create(const NewCustomer &customer);
    [[nodiscard]] Outcome<Customer> byId(const QString &id);
    [[nodiscard]] Outcome<Customer> byLoyaltyNumber(const QString &loyaltyNumber);
    [[nodiscard]] Outcome<Customer> byPhone(const QString &phone);
    // Where the customer's receipts are mailed and their shipments go; an empty text clears it.
    [[nodiscard]] Outcome<void> setContact(const QString &customerId, const QString &email,
                                           const QString &deliveryAddress);
    // A store's regulars, for a till's offline cache: the customers with the most visits to the store since
    // then, the most recently seen first among equals; at most limit.
    [[nodiscard]] Outcome<QList<Customer>> regularsOf(const QString &storeId, const QDateTime &since, int limit);
    [[nodiscard]] Outcome<QList<PointsEntry>> ledger(const QString &customerId);
    [[nodiscard]] Outcome<void> adjustPoints(const QString &customerId, qint64 points, const QString &reason);
    // Spends points for a sale; returns the balance left. Never below zero, however many tills redeem at
    // once: the customer's row is locked (FOR UPDATE; SQLite's write lock) while the balance is summed.
    // A sale redeems once (unique (sale_id, kind)); the same sale again answers the same balance change.
    // Online a redemption beyond the balance is refused (409 insufficient_points). Offline (the till already
    // took the points as a tender, within its caps and the balance it had pulled) the sale happened: what the
    // balance still holds is taken, and what it lacked is recorded as short, in the ledger row's reason and
    // the audit log (points.short), and answered, the same on every resend, for the till to report.
    [[nodiscard]] Outcome<PointsRedeemed> redeemPoints(const QString &customerId, qint64 points, const QString &saleId,
                                                       const QString &terminalId, bool offline = false);
    // A customer identified at a till without (or before) a sale.
    [[nodiscard]] Outcome<void> recordVisit(const QString &customerId, const QString &storeId,
                                            const QString &terminalId);

    // Nothing when the customer exists, else 404 unknown_customer.
    [[nodiscard]] static Outcome<void> mustExist(const Transaction &transaction, const QString &customerId);
    // A transaction in which the customer is known to exist, else 404 unknown_customer: how every change to a
    // customer's ledgers and profile begins.
    [[nodiscard]] static Outcome<Transaction> beginFor(ConnectionPool &pool, const QString &customerId);

    [[nodiscard]] static QString normalizedPhone(const QString &phone);

private:
    [[nodiscard]] Outcome<Customer> findBy(const char *column, const QString &value);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
