#pragma once

#include "CustomerProfile.h"

namespace omnitill::central {

class ConnectionPool;
class Transaction;

// The customer profile: reads it whole (CustomerProfile) and records what the customer states and what
// staff note. Every change is one transaction that first checks the customer exists (404 otherwise), so a
// wishlist or a note never points at nobody; the tables' constraints keep sizes, notes and consents sane.
class CustomerProfiles
{
    Q_DECLARE_TR_FUNCTIONS(CustomerProfiles)

public:
    static constexpr int historyLength = 20;
    // Sales read for inferring sizes: enough to learn from, bounded for a customer who buys every day.
    static constexpr int salesLearnedFrom = 100;

    explicit CustomerProfiles(ConnectionPool &pool);

    [[nodiscard]] Outcome<CustomerProfile> profile(const QString &customerId, const QDateTime &now);
    [[nodiscard]] Outcome<void> setConsents(const QString &customerId, bool marketing, bool profiling);
    [[nodiscard]] Outcome<void> stateSize(const QString &customerId, const QString &category, const QString &size);
    [[nodiscard]] Outcome<void> addToWishlist(const QString &customerId, const QString &sku, const QString &name);
    [[nodiscard]] Outcome<void> removeFromWishlist(const QString &customerId, const QString &sku);
    // Returns the new note's id.
    [[nodiscard]] Outcome<qint64> addNote(const QString &customerId, const QString &author, const QString &text);
    [[nodiscard]] Outcome<void> resolveNote(const QString &customerId, qint64 noteId, const QString &resolvedBy);

private:
    // Runs change in a transaction after checking that the customer exists.
    template <typename T, typename Change>
    Outcome<T> forCustomer(const QString &customerId, Change change);
    Outcome<void> readStated(CustomerProfile &profile);
    Outcome<void> readPurchases(CustomerProfile &profile);

    ConnectionPool &m_pool;
};

} // namespace omnitill::central
