#pragma once

#include "Currency.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>

namespace omnitill {

// The store settings a manager may change on the back office's settings page (the keys the till reads, see
// StoreSettings, StaffPolicy, OfflineCouponPolicy, OfflinePointsPolicy, OnlineOrderClient, StoredValuePayments,
// CardTerminalSettings, KioskSettings, TillAssembly), each with its group, what it holds and whether it takes effect
// only at the next start; and the check every value passes before it is saved. A value is stored as the code reads it
// (money as minor units, a list of SKUs comma-separated) and shown as a person types it (money in major units); check()
// turns one into the other or says, in words, why not. Keys it does not list (the terminal's id, central enrollment,
// the currency) are not the manager's to change here.
class SettingsSchema
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSchema)

public:
    enum class Group { Store, Receipt, TaxAndMoney, Languages, Staff, OfflineCaps, Kiosk, Devices };
    enum class Kind {
        Text,    // one line; required when minimum is 1
        Lines,   // several lines, each at most maximum characters (a receipt's width)
        Choice,  // one of choices
        Whole,   // a whole number from minimum to maximum
        Money,   // an amount in the store's currency, not negative; stored in minor units
        SkuList, // SKUs of the catalog, comma-separated
        PrinterAddress,
        DevicePath, // a device file, /dev/...
        TerminalAddress,
        Locale, // a locale name like ko_KR
        Logo,   // a picture file's path, typed to choose it: stored converted (ReceiptLogo), never as the path
    };

    struct Field
    {
        QString key;
        Group group = Group::Store;
        Kind kind = Kind::Text;
        QString label;
        QString hint; // what the value means, for the person typing it
        bool needsRestart = true;
        qint64 minimum = 0;
        qint64 maximum = 0;
        QStringList choices = {};
        QStringList choiceLabels = {};
    };

    // Whether a SKU is in the catalog (SkuList values).
    using SkuExists = std::function<bool(const QString &sku)>;

    SettingsSchema(Currency currency, QString localeName, SkuExists skuExists);

    // In the order the page shows them, labels in the current language.
    [[nodiscard]] QList<Field> fields() const;
    [[nodiscard]] static QString groupTitle(Group group);

    // The stored text for what was typed, or why it is refused.
    [[nodiscard]] Result<QString> check(const Field &field, const QString &typed) const;
    // The stored text as a person reads and types it.
    [[nodiscard]] QString shown(const Field &field, const QString &stored) const;

private:
    Currency m_currency;
    QString m_localeName;
    SkuExists m_skuExists;
};

} // namespace omnitill
