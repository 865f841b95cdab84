#include "CustomerAppLinks.h"

#include "AuditLog.h"
#include "CustomerRepository.h"
#include "Transaction.h"

#include <QRandomGenerator>

namespace omnitill::central {

namespace {

// 16 bytes of the system's CSPRNG, base64url: 22 characters that fit a path segment.
QString randomLink()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

CustomerAppLinks::CustomerAppLinks(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QString> CustomerAppLinks::existingLink(const QString &customerId)
{
    auto query =
        runQuery(m_pool, QStringLiteral("SELECT link_id FROM customer_app_links WHERE customer_id = ?"), {customerId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    return row.next() ? row.value(0).toString() : QString();
}

Outcome<QString> CustomerAppLinks::linkFor(const QString &customerId)
{
    auto existing = existingLink(customerId);
    if (!existing || !existing->isEmpty())
        return existing;
    auto begun = CustomerRepository::beginFor(m_pool, customerId);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString link = randomLink();
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO customer_app_links (link_id, customer_id, created_at) VALUES (?, ?, ?)"),
        {link, customerId, sqlTime(QDateTime::currentDateTimeUtc())});
    // Another operator made the customer's link meanwhile (customer_id is unique): that one is the link.
    if (!inserted && inserted.error().kind == ApiError::Kind::Conflict)
        return existingLink(customerId);
    if (!inserted)
        return inserted.error();
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("customer.app_link"), customerId);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return link;
}

Outcome<QString> CustomerAppLinks::customerOf(const QString &link)
{
    auto query =
        runQuery(m_pool, QStringLiteral("SELECT customer_id FROM customer_app_links WHERE link_id = ?"), {link});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return ApiError::notFound(QStringLiteral("unknown_link"), tr("This link does not lead to a customer app"));
    return row.value(0).toString();
}

} // namespace omnitill::central
