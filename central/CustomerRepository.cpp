#include "CustomerRepository.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "Transaction.h"

#include <QRandomGenerator>
#include <QUuid>

namespace omnitill::central {

namespace {

QString generatedLoyaltyNumber()
{
    QString number;
    for (int i = 0; i < 12; ++i)
        number.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return number;
}

// SQL NULL, not an empty string: a UNIQUE column holds any number of NULLs but one ''.
QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString selectCustomers =
    QStringLiteral("SELECT c.customer_id, c.loyalty_number, c.phone, c.name, c.tier, c.created_at, "
                   "(SELECT COALESCE(SUM(p.points), 0) FROM points_ledger p WHERE p.customer_id = c.customer_id), "
                   "(SELECT COUNT(*) FROM visits v WHERE v.customer_id = c.customer_id), "
                   "(SELECT MAX(v.at) FROM visits v WHERE v.customer_id = c.customer_id), "
                   "c.email, c.delivery_address FROM customers c ");

// The customer on the query's current row (selectCustomers' columns).
Customer customerOn(const QSqlQuery &row)
{
    return {row.value(0).toString(),   row.value(1).toString(),   row.value(2).toString(),   row.value(3).toString(),
            row.value(4).toString(),   row.value(5).toDateTime(), row.value(6).toLongLong(), row.value(7).toLongLong(),
            row.value(8).toDateTime(), row.value(9).toString(),   row.value(10).toString()};
}

} // namespace

QJsonObject Customer::toJson() const
{
    QJsonObject json{{QLatin1String("id"), id},        {QLatin1String("loyaltyNumber"), loyaltyNumber},
                     {QLatin1String("phone"), phone},  {QLatin1String("name"), name},
                     {QLatin1String("tier"), tier},    {QLatin1String("points"), points},
                     {QLatin1String("visits"), visits}};
    if (lastVisit.isValid())
        json.insert(QLatin1String("lastVisit"), lastVisit.toUTC().toString(Qt::ISODateWithMs));
    if (!email.isEmpty())
        json.insert(QLatin1String("email"), email);
    if (!deliveryAddress.isEmpty())
        json.insert(QLatin1String("address"), deliveryAddress);
    return json;
}

QJsonObject PointsEntry::toJson() const
{
    QJsonObject json{{QLatin1String("kind"), kind},
                     {QLatin1String("points"), points},
                     {QLatin1String("reason"), reason},
                     {QLatin1String("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    if (!saleId.isEmpty())
        json.insert(QLatin1String("sale"), saleId);
    return json;
}

CustomerRepository::CustomerRepository(ConnectionPool &pool)
    : m_pool(pool)
{
}

QString CustomerRepository::normalizedPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

Outcome<Customer> CustomerRepository::create(const NewCustomer &customer)
{
    if (customer.name.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("A customer needs a name"));
    const QString phone = normalizedPhone(customer.phone);
    if (!customer.phone.isEmpty() && phone.size() < 6)
        return ApiError::badRequest(QStringLiteral("invalid_field"),
                                    tr("\"%1\" is not a phone number").arg(customer.phone));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString loyalty = customer.loyaltyNumber.isEmpty() ? generatedLoyaltyNumber() : customer.loyaltyNumber;
    auto inserted = transaction.run(QStringLiteral("INSERT INTO customers (customer_id, loyalty_number, phone, name, "
                                                   "tier, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                    {id, loyalty, nullIfEmpty(phone), customer.name.trimmed(), customer.tier,
                                     sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted) {
        if (inserted.error().kind == ApiError::Kind::Conflict) {
            return ApiError::conflict(QStringLiteral("duplicate_customer"),
                                      tr("A customer with this loyalty number or phone already exists"));
        }
        return inserted.error();
    }
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("customer.created"), id);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return byId(id);
}

Outcome<Customer> CustomerRepository::byId(const QString &id)
{
    return findBy("customer_id", id);
}

Outcome<void> CustomerRepository::setContact(const QString &customerId, const QString &email,
                                             const QString &deliveryAddress)
{
    auto begun = beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto updated =
        transaction.run(QStringLiteral("UPDATE customers SET email = ?, delivery_address = ? WHERE customer_id = ?"),
                        {nullIfEmpty(email), nullIfEmpty(deliveryAddress), customerId});
    if (!updated)
        return updated.error();
    return transaction.commit();
}

Outcome<Customer> CustomerRepository::byLoyaltyNumber(const QString &loyaltyNumber)
{
    return findBy("loyalty_number", loyaltyNumber.trimmed());
}

Outcome<Customer> CustomerRepository::byPhone(const QString &phone)
{
    return findBy("phone", normalizedPhone(phone));
}

Outcome<Customer> CustomerRepository::findBy(const char *column, const QString &value)
{
    // column is one of three literals above, never input.
    auto query =
        runQuery(m_pool, selectCustomers + QStringLiteral("WHERE c.%1 = ?").arg(QLatin1String(column)), {value});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (value.isEmpty() || !row.next())
        return ApiError::notFound(QStringLiteral("unknown_customer"), tr("No customer matches \"%1\"").arg(value));
    return customerOn(row);
}

Outcome<QList<Customer>> CustomerRepository::regularsOf(const QString &storeId, const QDateTime &since, int limit)
{
    auto query = runQuery(
        m_pool,
        selectCustomers + QStringLiteral("JOIN (SELECT customer_id, COUNT(*) AS here, MAX(at) AS latest FROM visits "
                                         "WHERE store_id = ? AND at >= ? GROUP BY customer_id) s "
                                         "ON s.customer_id = c.customer_id "
                                         "ORDER BY s.here DESC, s.latest DESC, c.customer_id LIMIT ?"),
        {storeId, sqlTime(since), limit});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<Customer> regulars;
    while (rows.next())
        regulars.append(customerOn(rows));
    return regulars;
}

Outcome<QList<PointsEntry>> CustomerRepository::ledger(const QString &customerId)
{
    if (auto customer = byId(customerId); !customer)
        return customer.error();
    auto query = runQuery(m_pool,
                          QStringLiteral("SELECT kind, points, sale_id, reason, at FROM points_ledger "
                                         "WHERE customer_id = ? ORDER BY id"),
                          {customerId});
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<PointsEntry> entries;
    while (rows.next()) {
        entries.append({rows.value(0).toString(), rows.value(1).toLongLong(), rows.value(2).toString(),
                        rows.value(3).toString(), rows.value(4).toDateTime()});
    }
    return entries;
}

Outcome<void> CustomerRepository::adjustPoints(const QString &customerId, qint64 points, const QString &reason)
{
    auto begun = beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto inserted = transaction.run(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, reason, at) "
                                                   "VALUES (?, 'adjust', ?, ?, ?)"),
                                    {customerId, points, reason, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("points.adjusted"),
                                        customerId, QString::number(points) + u' ' + reason);
        !audited) {
        return audited.error();
    }
    return transaction.commit();
}

Outcome<PointsRedeemed> CustomerRepository::redeemPoints(const QString &customerId, qint64 points,
                                                         const QString &saleId, const QString &terminalId, bool offline)
{
    if (points <= 0)
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("Redeem at least one point"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString lock = transaction.dialect() == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    auto locked =
        transaction.run(QStringLiteral("SELECT customer_id FROM customers WHERE customer_id = ?") + lock, {customerId});
    if (!locked)
        return locked.error();
    QSqlQuery lockedRow = std::move(locked).value();
    if (!lockedRow.next())
        return ApiError::notFound(QStringLiteral("unknown_customer"), tr("No customer matches \"%1\"").arg(customerId));
    lockedRow.finish();
    auto sums = transaction.run(
        QStringLiteral("SELECT COALESCE(SUM(points), 0), COALESCE(SUM(CASE WHEN sale_id = ? AND kind = 'redeem' "
                       "THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN sale_id = ? AND kind = 'redeem' THEN -points "
                       "ELSE 0 END), 0) FROM points_ledger WHERE customer_id = ?"),
        {saleId, saleId, customerId});
    if (!sums)
        return sums.error();
    QSqlQuery sum = std::move(sums).value();
    if (!sum.next())
        return ApiError::internal(QStringLiteral("no points sum"));
    const qint64 balance = sum.value(0).toLongLong();
    if (sum.value(1).toInt() > 0) // this sale's redemption went through before: the same answer again
        return PointsRedeemed{balance, offline ? std::max<qint64>(0, points - sum.value(2).toLongLong()) : 0};
    sum.finish();
    if (balance < points && !offline) {
        return ApiError::conflict(QStringLiteral("insufficient_points"),
                                  tr("The customer has %1 points, fewer than %2").arg(balance).arg(points));
    }
    const qint64 taken = std::min(points, std::max<qint64>(0, balance));
    const qint64 shortBy = points - taken;
    const QString reason =
        shortBy > 0 ? QStringLiteral("offline sale, %1 points short").arg(shortBy) : QStringLiteral("sale");
    auto inserted = transaction.run(QStringLiteral("INSERT INTO points_ledger (customer_id, kind, points, sale_id, "
                                                   "reason, at) VALUES (?, 'redeem', ?, ?, ?, ?)"),
                                    {customerId, -taken, saleId, reason, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    const QString event = shortBy > 0 ? QStringLiteral("points.short") : QStringLiteral("points.redeemed");
    const QString detail = shortBy > 0 ? QStringLiteral("%1 of %2 %3").arg(taken).arg(points).arg(saleId)
                                       : QString::number(points) + u' ' + saleId;
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminalId), event, customerId, detail);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return PointsRedeemed{balance - taken, shortBy};
}

Outcome<void> CustomerRepository::recordVisit(const QString &customerId, const QString &storeId,
                                              const QString &terminalId)
{
    auto begun = beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO visits (customer_id, store_id, terminal_id, at) VALUES (?, ?, ?, ?)"),
        {customerId, storeId, terminalId, sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    return transaction.commit();
}

Outcome<Transaction> CustomerRepository::beginFor(ConnectionPool &pool, const QString &customerId)
{
    auto begun = Transaction::begin(pool);
    if (!begun)
        return begun.error();
    if (auto known = mustExist(*begun, customerId); !known)
        return known.error();
    return begun;
}

Outcome<void> CustomerRepository::mustExist(const Transaction &transaction, const QString &customerId)
{
    auto query = transaction.run(QStringLiteral("SELECT 1 FROM customers WHERE customer_id = ?"), {customerId});
    if (!query)
        return query.error();
    if (QSqlQuery row = std::move(query).value(); !row.next())
        return ApiError::notFound(QStringLiteral("unknown_customer"), tr("No customer matches \"%1\"").arg(customerId));
    return {};
}

} // namespace omnitill::central
