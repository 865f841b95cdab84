#include "CouponCampaigns.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QUuid>

namespace omnitill::central {

QJsonObject CouponCampaign::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("rule"), rule.toJson()},
            {QLatin1String("validFrom"), validFrom.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("validUntil"), validUntil.toUTC().toString(Qt::ISODateWithMs)}};
}

CouponCampaigns::CouponCampaigns(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<CouponCampaign> CouponCampaigns::create(const QString &name, const CouponRule &rule, const QDateTime &validFrom,
                                                const QDateTime &validUntil)
{
    if (name.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("A campaign needs a name"));
    if (auto valid = rule.validate(); !valid)
        return ApiError::badRequest(QStringLiteral("invalid_rule"), valid.error());
    if (!validFrom.isValid() || !validUntil.isValid() || validUntil <= validFrom)
        return ApiError::badRequest(QStringLiteral("invalid_field"), tr("The campaign's validity window is empty"));
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const CouponCampaign campaign{QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), rule, validFrom,
                                  validUntil};
    auto inserted = transaction.run(
        QStringLiteral("INSERT INTO coupon_campaigns (campaign_id, name, rule, valid_from, valid_until, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {campaign.id, campaign.name, QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)),
         sqlTime(validFrom), sqlTime(validUntil), sqlTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    if (auto audited = AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("campaign.created"),
                                        campaign.id, campaign.name);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return campaign;
}

Outcome<CouponCampaign> CouponCampaigns::find(const QString &campaignId)
{
    auto query = runQuery(m_pool,
                          QStringLiteral("SELECT name, rule, valid_from, valid_until FROM coupon_campaigns "
                                         "WHERE campaign_id = ?"),
                          {campaignId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return ApiError::notFound(QStringLiteral("unknown_campaign"), tr("There is no campaign %1").arg(campaignId));
    auto rule = CouponRule::fromJson(QJsonDocument::fromJson(row.value(1).toByteArray()).object());
    if (!rule)
        return ApiError::internal(
            QStringLiteral("campaign %1 has a rule that does not parse: %2").arg(campaignId, rule.error()));
    return CouponCampaign{campaignId, row.value(0).toString(), *rule, row.value(2).toDateTime(),
                          row.value(3).toDateTime()};
}

Outcome<Coupon> CouponCampaigns::issue(const QString &campaignId, const QString &customerId)
{
    auto campaign = find(campaignId);
    if (!campaign)
        return campaign.error();
    return CouponLedger(m_pool).issue(
        {campaign->rule, customerId, campaign->validFrom, campaign->validUntil, campaignId});
}

} // namespace omnitill::central
