#include "SettingsSchema.h"

#include "Money.h"
#include "PrinterProfile.h"
#include "UsbDeviceId.h"

#include <QLocale>
#include <QUrl>

namespace omnitill {

namespace {
// A line of an 80 mm receipt in its regular font; a longer one would wrap mid-word.
constexpr qint64 receiptColumns = 48;
} // namespace

SettingsSchema::SettingsSchema(Currency currency, QString localeName, SkuExists skuExists)
    : m_currency(std::move(currency))
    , m_localeName(std::move(localeName))
    , m_skuExists(std::move(skuExists))
{
}

QString SettingsSchema::groupTitle(Group group)
{
    switch (group) {
    case Group::Store:
        return tr("Store");
    case Group::Receipt:
        return tr("Receipt");
    case Group::TaxAndMoney:
        return tr("Tax and rounding");
    case Group::Languages:
        return tr("Languages");
    case Group::Staff:
        return tr("Staff");
    case Group::OfflineCaps:
        return tr("Offline allowances");
    case Group::Kiosk:
        return tr("Self-service kiosk");
    case Group::Devices:
        return tr("Devices");
    }
    return {};
}

QList<SettingsSchema::Field> SettingsSchema::fields() const
{
    const auto text = [](QString key, Group group, QString label, QString hint, qint64 required, qint64 maximum) {
        return Field{std::move(key), group, Kind::Text, std::move(label), std::move(hint), true, required, maximum};
    };
    const auto lines = [](QString key, Group group, QString label, QString hint) {
        return Field{std::move(key), group, Kind::Lines, std::move(label), std::move(hint), true, 0, receiptColumns};
    };
    const auto whole = [](QString key, Group group, QString label, qint64 minimum, qint64 maximum) {
        return Field{std::move(key), group, Kind::Whole, std::move(label), {}, true, minimum, maximum};
    };
    const auto money = [](QString key, QString label, bool needsRestart) {
        return Field{std::move(key),   Group::OfflineCaps,     Kind::Money,
                     std::move(label), tr("0 or empty: none"), needsRestart};
    };
    const auto device = [](QString key, Kind kind, QString label, QString hint) {
        return Field{std::move(key), Group::Devices, kind, std::move(label), std::move(hint)};
    };
    const auto choice = [](QString key, Group group, QString label, QStringList choices, QStringList labels) {
        return Field{std::move(key),   group, Kind::Choice, std::move(label), {}, true, 0, 0, std::move(choices),
                     std::move(labels)};
    };
    const auto skus = [](QString key, QString label) {
        return Field{std::move(key), Group::Kiosk, Kind::SkuList, std::move(label), tr("SKUs separated by commas")};
    };
    return {
        text(QStringLiteral("store.name"), Group::Store, tr("Store name"), {}, 1, receiptColumns),
        lines(QStringLiteral("store.address"), Group::Store, tr("Address and business number"),
              tr("One receipt line each: the address, then the business registration number")),
        lines(QStringLiteral("receipt.header.ko"), Group::Receipt, tr("Receipt header, Korean receipts"),
              tr("Printed under the address, e.g. opening hours")),
        lines(QStringLiteral("receipt.header.en"), Group::Receipt, tr("Receipt header, English receipts"),
              tr("Printed under the address, e.g. opening hours")),
        lines(QStringLiteral("receipt.footer.ko"), Group::Receipt, tr("Receipt footer, Korean receipts"),
              tr("Printed under every receipt, e.g. the return policy")),
        lines(QStringLiteral("receipt.footer.en"), Group::Receipt, tr("Receipt footer, English receipts"),
              tr("Printed under every receipt, e.g. the return policy")),
        Field{QStringLiteral("receipt.logo"), Group::Receipt, Kind::Logo, tr("Logo at the top of every receipt"),
              tr("Path of a PNG or JPEG file, e.g. /media/usb/logo.png"), false},
        choice(QStringLiteral("tax.mode"), Group::TaxAndMoney, tr("Prices"),
               {QStringLiteral("inclusive"), QStringLiteral("exclusive")},
               {tr("include tax (Korea, Japan, EU)"), tr("exclude tax (US)")}),
        choice(QStringLiteral("money.rounding"), Group::TaxAndMoney, tr("Tax rounding"),
               {QStringLiteral("halfUp"), QStringLiteral("halfEven")}, {tr("half up"), tr("half to even")}),
        whole(QStringLiteral("money.cashRoundingIncrement"), Group::TaxAndMoney,
              tr("Cash rounded to (minor units, 1: none)"), 1, 100'000),
        choice(QStringLiteral("ui.language"), Group::Languages, tr("Language at start"),
               {QStringLiteral("ko"), QStringLiteral("en")}, {QStringLiteral("한국어"), QStringLiteral("English")}),
        Field{QStringLiteral("ui.locale"), Group::Languages, Kind::Locale, tr("Number and date format"),
              tr("A locale, like ko_KR or en_US")},
        whole(QStringLiteral("staff.idleLockSeconds"), Group::Staff, tr("Lock the till after idle seconds"), 10,
              24 * 3600),
        whole(QStringLiteral("staff.lockoutAttempts"), Group::Staff, tr("Wrong PINs before a lockout"), 1, 100),
        Field{QStringLiteral("coupons.offlineMaxCountPerDay"), Group::OfflineCaps, Kind::Whole,
              tr("Coupons offline per day"), tr("0 or empty: none"), false, 0, 10'000},
        money(QStringLiteral("coupons.offlineMaxValuePerDay"), tr("Coupon savings offline per day"), false),
        money(QStringLiteral("storedValue.offlineMaxPerTender"), tr("Gift card or credit offline per payment"), true),
        money(QStringLiteral("storedValue.offlineMaxPerDay"), tr("Gift card or credit offline per day"), true),
        money(QStringLiteral("points.offlineMaxPerSale"), tr("Points offline per sale"), false),
        money(QStringLiteral("points.offlineMaxPerDay"), tr("Points offline per day"), false),
        money(QStringLiteral("returns.offlineOnlineRefundMaxPerReturn"), tr("Online order refund offline per return"),
              true),
        money(QStringLiteral("returns.offlineOnlineRefundMaxPerDay"), tr("Online order refunds offline per day"), true),
        money(QStringLiteral("payment.offlineMaxPerPayment"), tr("Card offline per payment"), true),
        money(QStringLiteral("payment.offlineMaxPerDay"), tr("Card offline per day"), true),
        whole(QStringLiteral("kiosk.idleSeconds"), Group::Kiosk, tr("Idle seconds before the kiosk asks"), 10, 3600),
        whole(QStringLiteral("kiosk.idleWarningSeconds"), Group::Kiosk, tr("Seconds the question waits"), 5, 600),
        whole(QStringLiteral("kiosk.goodbyeSeconds"), Group::Kiosk, tr("Seconds the goodbye shows"), 1, 600),
        whole(QStringLiteral("kiosk.refusedScansBeforeHelp"), Group::Kiosk, tr("Refused scans before staff is called"),
              1, 20),
        skus(QStringLiteral("kiosk.pickSkus"), tr("Items without a barcode to pick")),
        skus(QStringLiteral("kiosk.ageRestrictedSkus"), tr("Age-restricted items")),
        device(QStringLiteral("printer.address"), Kind::PrinterAddress, tr("Receipt printer"),
               tr("tcp://host:9100, usb://04b8:0e15, serial:///dev/ttyUSB0?baud=9600, file:///dev/usb/lp0; "
                  "empty: the virtual printer")),
        choice(QStringLiteral("printer.profile"), Group::Devices, tr("Printer model"), PrinterProfile::names(),
               PrinterProfile::names()),
        device(QStringLiteral("scanner.evdev"), Kind::Text, tr("Keyboard scanner (part of its name)"), {}),
        device(QStringLiteral("scanner.hidraw"), Kind::DevicePath, tr("HID POS scanner"),
               QStringLiteral("/dev/hidraw0")),
        device(QStringLiteral("scanner.serial"), Kind::DevicePath, tr("Serial scanner"),
               QStringLiteral("/dev/ttyACM0")),
        device(QStringLiteral("scanner.camera"), Kind::Text, tr("Camera scanner"),
               tr("Part of the camera's name, or \"default\"")),
        device(QStringLiteral("payment.terminal"), Kind::TerminalAddress, tr("Card terminal"),
               tr("nexo+https://192.168.1.20:8443; empty: no terminal")),
        Field{QStringLiteral("payment.timeoutSeconds"), Group::Devices, Kind::Whole,
              tr("Seconds to wait for the card terminal"), tr("150 when empty"), true, 10, 600},
    };
}

Result<QString> SettingsSchema::check(const Field &field, const QString &typed) const
{
    const QString value = field.kind == Kind::Lines ? typed : typed.trimmed();
    // Empty unsets: the code's default (or nothing, for a device or an allowance) applies.
    if (value.isEmpty()) {
        if (field.kind == Kind::Text && field.minimum > 0)
            return Error{tr("%1 cannot be empty.").arg(field.label)};
        return QStringLiteral(""); // not a null QString, which would be stored as NULL
    }
    switch (field.kind) {
    case Kind::Text:
        if (field.maximum > 0 && value.size() > field.maximum)
            return Error{tr("%1 is longer than %2 characters.").arg(field.label).arg(field.maximum)};
        return value;
    case Kind::Lines: {
        const QStringList all = value.split(u'\n');
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].size() > field.maximum)
                return Error{tr("%1: line %2 is longer than %3 characters, the receipt's width.")
                                 .arg(field.label)
                                 .arg(i + 1)
                                 .arg(field.maximum)};
        }
        return value.trimmed();
    }
    case Kind::Choice:
        if (!field.choices.contains(value))
            return Error{tr("%1: choose one of %2.").arg(field.label, field.choiceLabels.join(QStringLiteral(", ")))};
        return value;
    case Kind::Whole: {
        bool number = false;
        const qint64 whole = value.toLongLong(&number);
        if (!number || whole < field.minimum || whole > field.maximum)
            return Error{
                tr("%1: give a whole number from %2 to %3.").arg(field.label).arg(field.minimum).arg(field.maximum)};
        return QString::number(whole);
    }
    case Kind::Money: {
        const auto amount = Money::parse(value, m_currency);
        if (!amount)
            return Error{tr("%1: %2").arg(field.label, amount.error())};
        if (amount->isNegative())
            return Error{tr("%1 cannot be negative.").arg(field.label)};
        return QString::number(amount->minorUnits());
    }
    case Kind::SkuList: {
        QStringList skus = value.split(u',', Qt::SkipEmptyParts);
        for (QString &sku : skus) {
            sku = sku.trimmed();
            if (!m_skuExists(sku))
                return Error{tr("%1: SKU %2 is not in the catalog.").arg(field.label, sku)};
        }
        return skus.join(u',');
    }
    case Kind::PrinterAddress: {
        const QUrl url(value);
        const bool known = UsbDeviceId::parse(value).has_value() ||
                           (url.scheme() == QLatin1String("tcp") && !url.host().isEmpty()) ||
                           (url.scheme() == QLatin1String("file") && !url.path().isEmpty()) ||
                           (url.scheme() == QLatin1String("serial") && url.path().startsWith(QLatin1String("/dev/"))) ||
                           (url.scheme() == QLatin1String("virtual") && !url.path().isEmpty());
        if (!known)
            return Error{tr("\"%1\" is not a printer address: use %2").arg(value, field.hint)};
        return value;
    }
    case Kind::DevicePath:
        if (!value.startsWith(QLatin1String("/dev/")))
            return Error{
                tr("%1: \"%2\" is not a device file; give its path, like %3.").arg(field.label, value, field.hint)};
        return value;
    case Kind::TerminalAddress: {
        const QUrl url(value);
        if (!url.isValid() || url.host().isEmpty() || !url.scheme().contains(u'+'))
            return Error{tr("\"%1\" is not a card terminal address: use protocol+scheme://host:port, like %2")
                             .arg(value, QStringLiteral("nexo+https://192.168.1.20:8443"))};
        return value;
    }
    case Kind::Logo: // the path; ReceiptLogo reads and converts the file
        return value;
    case Kind::Locale: {
        const QLocale locale(value);
        if (locale.language() == QLocale::C || locale.name() != value)
            return Error{tr("%1: \"%2\" is not a locale; use a name like ko_KR or en_US.").arg(field.label, value)};
        return value;
    }
    }
    return value;
}

QString SettingsSchema::shown(const Field &field, const QString &stored) const
{
    if (field.kind == Kind::Logo)
        return {}; // the stored picture is no text to edit; a path is typed to choose another
    if (field.kind != Kind::Money || stored.isEmpty())
        return stored;
    bool number = false;
    const qint64 minor = stored.toLongLong(&number);
    if (!number)
        return stored;
    // Digits and a decimal point only, which Money::parse reads back whatever the screen's locale.
    qint64 scale = 1;
    for (int i = 0; i < m_currency.exponent(); ++i)
        scale *= 10;
    const QString major = QString::number(minor / scale);
    if (scale == 1)
        return major;
    return major + u'.' + QStringLiteral("%1").arg(minor % scale, m_currency.exponent(), 10, QLatin1Char('0'));
}

} // namespace omnitill
