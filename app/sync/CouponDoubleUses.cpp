#include "CouponDoubleUses.h"

#include "CentralClient.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

namespace omnitill {

CouponUseReceipt CouponUseReceipt::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("sale")).toString(),
            json.value(QLatin1String("store")).toString(),
            json.value(QLatin1String("terminal")).toString(),
            json.value(QLatin1String("terminalName")).toString(),
            json.value(QLatin1String("receipt")).toInteger(),
            QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs)};
}

CouponDoubleUses::CouponDoubleUses(CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void CouponDoubleUses::fetch(const QString &storeId, Done done)
{
    QUrlQuery query{{QStringLiteral("outcome"), QStringLiteral("double_use")}};
    if (!storeId.isEmpty())
        query.addQueryItem(QStringLiteral("store"), storeId);
    m_client.get(QStringLiteral("/v1/offline-redemptions"), query, [done = std::move(done)](const CentralReply &reply) {
        if (!reply.ok()) {
            done(Error{reply.reached() ? reply.error
                                       : tr("The list of coupons used twice is kept by the central store, which cannot "
                                            "be reached: try again when the till is back online (%1)")
                                             .arg(reply.error)});
            return;
        }
        QList<CouponDoubleUse> found;
        for (const QJsonValue &value : reply.json.value(QLatin1String("redemptions")).toArray()) {
            const QJsonObject entry = value.toObject();
            found.append(
                {entry.value(QLatin1String("coupon")).toString(),
                 CouponUseReceipt::fromJson(entry.value(QLatin1String("reported")).toObject()),
                 CouponUseReceipt::fromJson(entry.value(QLatin1String("first")).toObject()),
                 QDateTime::fromString(entry.value(QLatin1String("reportedAt")).toString(), Qt::ISODateWithMs)});
        }
        done(found);
    });
}

QString CouponDoubleUses::describe(const CouponDoubleUse &doubleUse, const QLocale &locale)
{
    const auto receipt = [&locale](const CouponUseReceipt &use) {
        const QString number = use.receipt > 0 ? tr("receipt %1").arg(use.receipt, 6, 10, QLatin1Char('0'))
                                               : tr("sale %1 (not yet received)").arg(use.saleId.left(8));
        return tr("%1 at %2 (%3), %4")
            .arg(number, use.terminalName.isEmpty() ? use.terminalId : use.terminalName, use.storeId,
                 locale.toString(use.at.toLocalTime(), QLocale::ShortFormat));
    };
    return tr("Coupon %1 used twice: %2; first used on %3")
        .arg(doubleUse.coupon, receipt(doubleUse.reported), receipt(doubleUse.first));
}

} // namespace omnitill
