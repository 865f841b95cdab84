#pragma once

#include "Currency.h"
#include "Rounding.h"
#include "TaxClass.h"
#include "VariableMeasure.h"

#include <QList>
#include <optional>

namespace omnitill {

// What a store is, as far as selling is concerned: its currency, how it taxes and rounds, the
// language its receipts speak. Held in the store database's settings; the domain only reads it.
struct StoreProfile
{
    explicit StoreProfile(Currency currency)
        : currency(std::move(currency))
    {
    }

    QString storeId;
    QString storeName;
    QString terminalId;
    QStringList addressLines;
    // The manager's lines under the address and at the foot of every receipt, in the receipt's language.
    QStringList receiptHeader;
    QString receiptFooter;
    Currency currency;
    QString language = QStringLiteral("ko"); // "ko" or "en": screens and receipts
    QString localeName = QStringLiteral("ko_KR");
    TaxMode taxMode = TaxMode::Inclusive;
    RoundingMode rounding = RoundingMode::HalfUp;
    qint64 cashRoundingIncrement = 1; // in minor units: 10 rounds KRW cash totals to 10 won
    QList<TaxClass> taxClasses;
    VariableMeasureLayout variableMeasure = VariableMeasureLayout::standard();

    std::optional<TaxClass> taxClass(const QString &code) const;
};

} // namespace omnitill
