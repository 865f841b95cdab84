#include "CustomerProfiles.h"

#include "SizeInference.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>

namespace omnitill::central {

namespace {
// A check the database refused (a name too long, an empty note) is the caller's mistake: 400, with what the
// value must be.
ApiError refusedByDatabase(const ApiError &error, const QString &what)
{
    return error.code == QLatin1String("constraint_violated")
               ? ApiError::badRequest(QStringLiteral("invalid_value"), what)
               : error;
}
} // namespace

CustomerProfiles::CustomerProfiles(ConnectionPool &pool)
    : m_pool(pool)
{
}

template <typename T, typename Change>
Outcome<T> CustomerProfiles::forCustomer(const QString &customerId, Change change)
{
    auto begun = CustomerRepository::beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    Outcome<T> changed = change(transaction);
    if (!changed)
        return changed;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Outcome<void> CustomerProfiles::setConsents(const QString &customerId, bool marketing, bool profiling)
{
    return forCustomer<void>(customerId, [&](Transaction &transaction) -> Outcome<void> {
        auto stored = transaction.run(
            QStringLiteral("INSERT INTO customer_consents (customer_id, marketing, profiling, updated_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                           "marketing = excluded.marketing, profiling = excluded.profiling, "
                           "updated_at = excluded.updated_at"),
            {customerId, marketing ? 1 : 0, profiling ? 1 : 0, sqlTime(QDateTime::currentDateTimeUtc())});
        return stored ? Outcome<void>() : stored.error();
    });
}

Outcome<void> CustomerProfiles::stateSize(const QString &customerId, const QString &category, const QString &size)
{
    return forCustomer<void>(customerId, [&](Transaction &transaction) -> Outcome<void> {
        auto stored = transaction.run(
            QStringLiteral("INSERT INTO customer_sizes (customer_id, category, size, stated_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (customer_id, category) DO UPDATE SET size = excluded.size, "
                           "stated_at = excluded.stated_at"),
            {customerId, category.trimmed(), size.trimmed(), sqlTime(QDateTime::currentDateTimeUtc())});
        if (!stored)
            return refusedByDatabase(stored.error(), tr("A category is 1 to 64 characters, a size 1 to 16"));
        return {};
    });
}

Outcome<void> CustomerProfiles::addToWishlist(const QString &customerId, const QString &sku, const QString &name)
{
    return forCustomer<void>(customerId, [&](Transaction &transaction) -> Outcome<void> {
        auto stored = transaction.run(
            QStringLiteral("INSERT INTO customer_wishlist (customer_id, sku, name, added_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (customer_id, sku) DO NOTHING"),
            {customerId, sku.trimmed(), name.trimmed(), sqlTime(QDateTime::currentDateTimeUtc())});
        if (!stored)
            return refusedByDatabase(stored.error(), tr("A SKU is 1 to 64 characters"));
        return {};
    });
}

Outcome<void> CustomerProfiles::removeFromWishlist(const QString &customerId, const QString &sku)
{
    return forCustomer<void>(customerId, [&](Transaction &transaction) -> Outcome<void> {
        auto removed = transaction.run(
            QStringLiteral("DELETE FROM customer_wishlist WHERE customer_id = ? AND sku = ?"), {customerId, sku});
        if (!removed)
            return removed.error();
        QSqlQuery removedRows = std::move(removed).value();
        if (removedRows.numRowsAffected() == 0)
            return ApiError::notFound(QStringLiteral("unknown_wish"), tr("%1 is not on the wishlist").arg(sku));
        return {};
    });
}

Outcome<qint64> CustomerProfiles::addNote(const QString &customerId, const QString &author, const QString &text)
{
    return forCustomer<qint64>(customerId, [&](Transaction &transaction) -> Outcome<qint64> {
        auto stored = transaction.run(
            QStringLiteral("INSERT INTO customer_notes (customer_id, author, note, created_at) VALUES (?, ?, ?, ?) "
                           "RETURNING id"),
            {customerId, author.trimmed(), text.trimmed(), sqlTime(QDateTime::currentDateTimeUtc())});
        if (!stored)
            return refusedByDatabase(stored.error(), tr("A note is 1 to 1,000 characters and names its author"));
        QSqlQuery storedRows = std::move(stored).value();
        if (!storedRows.next())
            return ApiError::internal(QStringLiteral("customer note inserted without an id"));
        return storedRows.value(0).toLongLong();
    });
}

Outcome<void> CustomerProfiles::resolveNote(const QString &customerId, qint64 noteId, const QString &resolvedBy)
{
    return forCustomer<void>(customerId, [&](Transaction &transaction) -> Outcome<void> {
        if (resolvedBy.trimmed().isEmpty())
            return ApiError::badRequest(QStringLiteral("invalid_value"), tr("Say who resolved the note"));
        auto resolved =
            transaction.run(QStringLiteral("UPDATE customer_notes SET resolved_at = ?, resolved_by = ? "
                                           "WHERE id = ? AND customer_id = ? AND resolved_at IS NULL"),
                            {sqlTime(QDateTime::currentDateTimeUtc()), resolvedBy.trimmed(), noteId, customerId});
        if (!resolved)
            return resolved.error();
        QSqlQuery resolvedRows = std::move(resolved).value();
        if (resolvedRows.numRowsAffected() == 0) {
            return ApiError::notFound(QStringLiteral("unknown_note"),
                                      tr("This customer has no open note %1").arg(noteId));
        }
        return {};
    });
}

Outcome<CustomerProfile> CustomerProfiles::profile(const QString &customerId, const QDateTime &now)
{
    auto customer = CustomerRepository(m_pool).byId(customerId);
    if (!customer)
        return customer.error();
    CustomerProfile profile;
    profile.customer = std::move(customer).value();
    if (auto stated = readStated(profile); !stated)
        return stated.error();
    if (auto purchases = readPurchases(profile); !purchases)
        return purchases.error();
    auto visits = runQuery(m_pool, QStringLiteral("SELECT COUNT(*) FROM visits WHERE customer_id = ? AND at >= ?"),
                           {customerId, sqlTime(now.addDays(-30))});
    if (!visits)
        return visits.error();
    QSqlQuery visitsRows = std::move(visits).value();
    profile.visitsLast30Days = visitsRows.next() ? visitsRows.value(0).toLongLong() : 0;
    return profile;
}

Outcome<void> CustomerProfiles::readStated(CustomerProfile &profile)
{
    const QString id = profile.customer.id;
    auto consents = runQuery(
        m_pool, QStringLiteral("SELECT marketing, profiling FROM customer_consents WHERE customer_id = ?"), {id});
    if (!consents)
        return consents.error();
    QSqlQuery consentsRows = std::move(consents).value();
    if (consentsRows.next()) {
        profile.marketingConsent = consentsRows.value(0).toInt() == 1;
        profile.profilingConsent = consentsRows.value(1).toInt() == 1;
    }
    auto sizes = runQuery(
        m_pool, QStringLiteral("SELECT category, size FROM customer_sizes WHERE customer_id = ? ORDER BY category"),
        {id});
    if (!sizes)
        return sizes.error();
    QSqlQuery sizesRows = std::move(sizes).value();
    while (sizesRows.next())
        profile.sizes.append({sizesRows.value(0).toString(), sizesRows.value(1).toString(), false});
    auto wishes =
        runQuery(m_pool,
                 QStringLiteral(
                     "SELECT sku, name, added_at FROM customer_wishlist WHERE customer_id = ? ORDER BY added_at, sku"),
                 {id});
    if (!wishes)
        return wishes.error();
    QSqlQuery wishesRows = std::move(wishes).value();
    while (wishesRows.next())
        profile.wishlist.append(
            {wishesRows.value(0).toString(), wishesRows.value(1).toString(), wishesRows.value(2).toDateTime()});
    // Open notes first, newest first within each group.
    auto notes = runQuery(m_pool,
                          QStringLiteral("SELECT id, author, note, created_at, resolved_by, resolved_at FROM "
                                         "customer_notes WHERE customer_id = ? "
                                         "ORDER BY CASE WHEN resolved_at IS NULL THEN 0 ELSE 1 END, created_at DESC"),
                          {id});
    if (!notes)
        return notes.error();
    QSqlQuery notesRows = std::move(notes).value();
    while (notesRows.next()) {
        profile.notes.append({notesRows.value(0).toLongLong(), notesRows.value(1).toString(),
                              notesRows.value(2).toString(), notesRows.value(3).toDateTime(),
                              notesRows.value(4).toString(), notesRows.value(5).toDateTime()});
    }
    return {};
}

Outcome<void> CustomerProfiles::readPurchases(CustomerProfile &profile)
{
    const QString id = profile.customer.id;
    auto sales = runQuery(m_pool,
                          QStringLiteral("SELECT sale_id, store_id, status, closed_at, total_minor, currency, record "
                                         "FROM sales WHERE customer_id = ? ORDER BY closed_at DESC LIMIT %1")
                              .arg(salesLearnedFrom),
                          {id});
    if (!sales)
        return sales.error();
    QSqlQuery salesRows = std::move(sales).value();
    SizeInference inference;
    while (salesRows.next()) {
        if (profile.history.size() < historyLength) {
            profile.history.append({QStringLiteral("store"), salesRows.value(0).toString(),
                                    salesRows.value(1).toString(), salesRows.value(2).toString(),
                                    salesRows.value(3).toDateTime(), salesRows.value(4).toLongLong(),
                                    salesRows.value(5).toString()});
        }
        if (profile.profilingConsent && salesRows.value(2).toString() == QLatin1String("completed"))
            inference.addSale(QJsonDocument::fromJson(salesRows.value(6).toString().toUtf8()).object());
    }
    const QHash<QString, QString> inferred = inference.sizes();
    for (auto size = inferred.cbegin(); size != inferred.cend(); ++size) {
        const bool stated = std::any_of(profile.sizes.cbegin(), profile.sizes.cend(),
                                        [&](const CustomerProfile::Size &s) { return s.category == size.key(); });
        if (!stated)
            profile.sizes.append({size.key(), size.value(), true});
    }

    auto orders = runQuery(
        m_pool,
        QStringLiteral("SELECT o.number, COALESCE(o.store_id, ''), o.state, o.placed_at, o.currency, "
                       "SUM(l.quantity * l.unit_price_minor), SUM((l.delivered_quantity - l.returned_quantity) * "
                       "l.unit_price_minor) FROM online_orders o JOIN online_order_lines l ON l.order_id = o.order_id "
                       "WHERE o.customer_id = ? GROUP BY o.order_id, o.number, o.store_id, o.state, o.placed_at, "
                       "o.currency ORDER BY o.placed_at DESC"),
        {id});
    if (!orders)
        return orders.error();
    QSqlQuery ordersRows = std::move(orders).value();
    while (ordersRows.next()) {
        profile.history.append({QStringLiteral("online"), ordersRows.value(0).toString(),
                                ordersRows.value(1).toString(), ordersRows.value(2).toString(),
                                ordersRows.value(3).toDateTime(), ordersRows.value(5).toLongLong(),
                                ordersRows.value(4).toString()});
        profile.lifetimeValueMinor[ordersRows.value(4).toString()] += ordersRows.value(6).toLongLong();
    }
    std::stable_sort(profile.history.begin(), profile.history.end(),
                     [](const auto &a, const auto &b) { return a.at > b.at; });
    if (profile.history.size() > historyLength)
        profile.history.resize(historyLength);

    auto value = runQuery(m_pool,
                          QStringLiteral("SELECT currency, SUM(total_minor) FROM sales WHERE customer_id = ? AND "
                                         "status = 'completed' GROUP BY currency"),
                          {id});
    if (!value)
        return value.error();
    QSqlQuery valueRows = std::move(value).value();
    while (valueRows.next())
        profile.lifetimeValueMinor[valueRows.value(0).toString()] += valueRows.value(1).toLongLong();
    return {};
}

} // namespace omnitill::central
