#include "CustomerProfile.h"

#include <QJsonArray>

namespace omnitill::central {

namespace {
QString time(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject CustomerProfile::toJson() const
{
    QJsonArray sizeRows;
    for (const Size &row : sizes) {
        sizeRows.append(
            QJsonObject{{QLatin1String("category"), row.category},
                        {QLatin1String("size"), row.size},
                        {QLatin1String("source"), row.inferred ? QLatin1String("inferred") : QLatin1String("stated")}});
    }
    QJsonArray wishRows;
    for (const WishItem &item : wishlist) {
        wishRows.append(QJsonObject{{QLatin1String("sku"), item.sku},
                                    {QLatin1String("name"), item.name},
                                    {QLatin1String("addedAt"), time(item.addedAt)}});
    }
    QJsonArray noteRows;
    for (const Note &note : notes) {
        QJsonObject row{{QLatin1String("id"), note.id},
                        {QLatin1String("author"), note.author},
                        {QLatin1String("note"), note.text},
                        {QLatin1String("createdAt"), time(note.createdAt)}};
        if (!note.resolvedBy.isEmpty()) {
            row.insert(QLatin1String("resolvedBy"), note.resolvedBy);
            row.insert(QLatin1String("resolvedAt"), time(note.resolvedAt));
        }
        noteRows.append(row);
    }
    QJsonArray purchaseRows;
    for (const Purchase &purchase : history) {
        purchaseRows.append(QJsonObject{{QLatin1String("channel"), purchase.channel},
                                        {QLatin1String("reference"), purchase.reference},
                                        {QLatin1String("store"), purchase.store},
                                        {QLatin1String("state"), purchase.state},
                                        {QLatin1String("at"), time(purchase.at)},
                                        {QLatin1String("total"), purchase.totalMinor},
                                        {QLatin1String("currency"), purchase.currency}});
    }
    QJsonObject value;
    for (auto total = lifetimeValueMinor.cbegin(); total != lifetimeValueMinor.cend(); ++total)
        value.insert(total.key(), total.value());
    return {{QLatin1String("customer"), customer.toJson()},
            {QLatin1String("consents"), QJsonObject{{QLatin1String("marketing"), marketingConsent},
                                                    {QLatin1String("profiling"), profilingConsent}}},
            {QLatin1String("sizes"), sizeRows},
            {QLatin1String("wishlist"), wishRows},
            {QLatin1String("notes"), noteRows},
            {QLatin1String("history"), purchaseRows},
            {QLatin1String("visitsLast30Days"), visitsLast30Days},
            {QLatin1String("lifetimeValue"), value}};
}

} // namespace omnitill::central
