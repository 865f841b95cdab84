#pragma once

#include "Sale.h"
#include "TestProfiles.h"

#include <QJsonDocument>

// The steps the sale tests take again and again: open a sale, add an item, and read its events back the
// way the open-sale store writes and reads them.
namespace salesteps {

inline omnitill::Sale opened(omnitill::StoreProfile profile = testprofiles::korean())
{
    omnitill::Sale sale(std::move(profile));
    const auto result = sale.apply(
        omnitill::saleevent::Opened{QUuid::createUuid(), QStringLiteral("T1"), QDateTime::currentDateTimeUtc()});
    Q_ASSERT(result.ok());
    return sale;
}

inline omnitill::Result<void> add(omnitill::Sale &sale, const omnitill::Product &item,
                                  omnitill::Quantity quantity = omnitill::Quantity::pieces(1))
{
    return sale.apply(omnitill::saleevent::LineAdded{sale.nextLineId(), item, quantity, QString()});
}

// The sale's events as stored and read back; one that does not read back is missing.
inline QList<omnitill::SaleEvent> persisted(const omnitill::Sale &sale)
{
    QList<omnitill::SaleEvent> restored;
    for (const omnitill::SaleEvent &event : sale.events()) {
        const QByteArray stored = QJsonDocument(omnitill::saleEventToJson(event)).toJson(QJsonDocument::Compact);
        if (auto parsed = omnitill::saleEventFromJson(QJsonDocument::fromJson(stored).object()))
            restored.append(*parsed);
    }
    return restored;
}

} // namespace salesteps
