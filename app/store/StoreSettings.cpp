#include "StoreSettings.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
namespace key {
const auto storeId = QStringLiteral("store.id");
const auto storeName = QStringLiteral("store.name");
const auto address = QStringLiteral("store.address");
// Per receipt language: receipt.header.ko, receipt.footer.en, ...
const auto receiptHeader = QStringLiteral("receipt.header.");
const auto receiptFooter = QStringLiteral("receipt.footer.");
// The footer of a store set up before footers were per language, in the store's language.
const auto singleFooter = QStringLiteral("receipt.footer");
const auto terminalId = QStringLiteral("terminal.id");
const auto currency = QStringLiteral("money.currency");
const auto language = QStringLiteral("ui.language");
const auto locale = QStringLiteral("ui.locale");
const auto taxMode = QStringLiteral("tax.mode");
const auto rounding = QStringLiteral("money.rounding");
const auto cashRounding = QStringLiteral("money.cashRoundingIncrement");
const auto variableMeasure = QStringLiteral("barcode.variableMeasureLayout");
const auto favourites = QStringLiteral("catalog.favourites");
} // namespace key
} // namespace

StoreSettings::StoreSettings(const Database &database)
    : m_database(database)
{
}

std::optional<QString> StoreSettings::value(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Result<void> StoreSettings::setValue(const QString &name, const QString &value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec())
        return Error{tr("The setting %1 could not be saved: %2").arg(name, query.lastError().text())};
    return {};
}

bool StoreSettings::isConfigured() const
{
    return value(key::currency).has_value();
}

QStringList StoreSettings::favouriteSkus() const
{
    return value(key::favourites).value_or(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Result<void> StoreSettings::setFavouriteSkus(const QStringList &skus)
{
    return setValue(key::favourites, skus.join(QLatin1Char(',')));
}

Result<StoreProfile> StoreSettings::loadProfile(const QList<TaxClass> &taxClasses) const
{
    const auto currency = Currency::fromCode(value(key::currency).value_or(QString()));
    if (!currency)
        return Error{tr("The store has no valid currency set: %1").arg(currency.error())};
    StoreProfile profile(*currency);
    profile.storeId = value(key::storeId).value_or(QString());
    profile.storeName = value(key::storeName).value_or(QString());
    profile.addressLines = value(key::address).value_or(QString()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    profile.terminalId = value(key::terminalId).value_or(QStringLiteral("T1"));
    profile.language = value(key::language).value_or(profile.language);
    profile.receiptHeader =
        value(key::receiptHeader + profile.language).value_or(QString()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    profile.receiptFooter =
        value(key::receiptFooter + profile.language).value_or(value(key::singleFooter).value_or(QString()));
    profile.localeName = value(key::locale).value_or(profile.localeName);
    profile.taxMode = value(key::taxMode) == QLatin1String("exclusive") ? TaxMode::Exclusive : TaxMode::Inclusive;
    profile.rounding =
        value(key::rounding) == QLatin1String("halfEven") ? RoundingMode::HalfEven : RoundingMode::HalfUp;
    profile.cashRoundingIncrement =
        qMax<qint64>(1, value(key::cashRounding).value_or(QStringLiteral("1")).toLongLong());
    profile.taxClasses = taxClasses;
    if (const auto layoutJson = value(key::variableMeasure)) {
        auto layout = VariableMeasureLayout::fromJson(*layoutJson);
        if (!layout)
            return Error{layout.error()};
        profile.variableMeasure = *layout;
    }
    return profile;
}

Result<void> StoreSettings::saveProfile(const StoreProfile &profile)
{
    const QList<std::pair<QString, QString>> values{
        {key::storeId, profile.storeId},
        {key::storeName, profile.storeName},
        {key::address, profile.addressLines.join(QLatin1Char('\n'))},
        {key::receiptHeader + profile.language, profile.receiptHeader.join(QLatin1Char('\n'))},
        {key::receiptFooter + profile.language, profile.receiptFooter},
        {key::terminalId, profile.terminalId},
        {key::currency, profile.currency.code()},
        {key::language, profile.language},
        {key::locale, profile.localeName},
        {key::taxMode,
         profile.taxMode == TaxMode::Exclusive ? QStringLiteral("exclusive") : QStringLiteral("inclusive")},
        {key::rounding,
         profile.rounding == RoundingMode::HalfEven ? QStringLiteral("halfEven") : QStringLiteral("halfUp")},
        {key::cashRounding, QString::number(profile.cashRoundingIncrement)},
        {key::variableMeasure, profile.variableMeasure.toJson()},
    };
    for (const auto &[name, text] : values) {
        // An empty list joins to a null QString, which would bind as NULL: stored as the empty text it is.
        if (auto saved = setValue(name, text.isNull() ? QStringLiteral("") : text); !saved)
            return saved;
    }
    return {};
}

} // namespace omnitill
