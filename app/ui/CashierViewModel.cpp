#include "CashierViewModel.h"

#include "ApprovalRetry.h"
#include "CheckoutService.h"
#include "JournalReceipt.h"
#include "MagneticStripe.h"
#include "Money.h"
#include "PrintService.h"
#include "ReceiptText.h"
#include "ScanRouter.h"

#include <QLocale>
#include <QMetaMethod>
#include <QRegularExpression>
#include <algorithm>

namespace omnitill {

CashierViewModel::CashierViewModel(CheckoutService &checkout, CatalogRepository &catalog, StoreReader &reader,
                                   const QStringList &favouriteSkus, ApprovalRetry &approvalRetry, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_products(catalog, reader, favouriteSkus)
    , m_parked(checkout)
    , m_approvalRetry(approvalRetry)
    , m_language(checkout.profile().language)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &CashierViewModel::refresh);
    setLanguage(m_language);
}

void CashierViewModel::setLanguage(const QString &language)
{
    m_language = language;
    m_products.setPresentation(language, [this](qint64 minor) { return money(minor); });
    m_parked.setLanguage(language);
    refresh();
}

void CashierViewModel::setPrinting(PrintService *printing)
{
    m_printing = printing;
    connect(m_printing, &PrintService::printerMessageChanged, this, &CashierViewModel::printerChanged);
    Q_EMIT printerChanged();
}

QString CashierViewModel::printerMessage() const
{
    return m_printing ? m_printing->printerMessage() : QString();
}

bool CashierViewModel::canReprint() const
{
    return m_printing && m_checkout.lastCompleted().has_value();
}

bool CashierViewModel::reprintLast()
{
    if (!canReprint())
        return report(Error{tr("There is no receipt to print again yet")});
    const auto job = m_printing->reprint(m_checkout.lastCompleted()->sequence);
    return report(job ? Result<void>() : Result<void>(Error{job.error()}), tr("A copy of the receipt is printing"));
}

bool CashierViewModel::printGiftReceipt()
{
    if (!canReprint())
        return report(Error{tr("There is no receipt to print again yet")});
    const auto job = m_printing->printGiftReceipt(m_checkout.lastCompleted()->sequence);
    return report(job ? Result<void>() : Result<void>(Error{job.error()}), tr("The gift receipt is printing"));
}

void CashierViewModel::refresh()
{
    m_cart.showSale(m_checkout.sale(), m_language);
    Q_EMIT saleChanged();
}

QString CashierViewModel::money(qint64 minor) const
{
    const StoreProfile &profile = m_checkout.profile();
    return Money(minor, profile.currency).format(QLocale(profile.localeName));
}

QString CashierViewModel::storeName() const
{
    return m_checkout.profile().storeName;
}

QString CashierViewModel::terminalId() const
{
    return m_checkout.profile().terminalId;
}

int CashierViewModel::itemCount() const
{
    qint64 count = 0;
    for (const SaleLine &line : m_checkout.sale().lines()) {
        if (!line.voided)
            count += line.product.unit == Unit::Kilogram ? 1 : line.quantity.thousandths / Quantity::scale;
    }
    return int(count);
}

bool CashierViewModel::hasItems() const
{
    return m_checkout.sale().hasLiveLines();
}

bool CashierViewModel::paying() const
{
    return m_checkout.sale().state() == SaleState::Tendering;
}

bool CashierViewModel::finished() const
{
    const SaleState state = m_checkout.sale().state();
    return state == SaleState::Completed || state == SaleState::Voided;
}

QString CashierViewModel::subtotalText() const
{
    return money(m_checkout.sale().totals().subtotalMinor);
}

QString CashierViewModel::discountText() const
{
    const qint64 discount = m_checkout.sale().totals().discountMinor;
    return discount == 0 ? QString() : money(-discount);
}

QString CashierViewModel::taxLabel() const
{
    return m_checkout.profile().taxMode == TaxMode::Inclusive ? tr("VAT included") : tr("Tax");
}

QString CashierViewModel::taxText() const
{
    return money(m_checkout.sale().totals().tax.totalTaxMinor);
}

QString CashierViewModel::totalText() const
{
    const SaleTotals &totals = m_checkout.sale().totals();
    return money(totals.totalDueMinor + totals.cashRoundingMinor);
}

QString CashierViewModel::paidText() const
{
    return money(m_checkout.sale().totals().paidMinor);
}

QString CashierViewModel::cashDueText() const
{
    return money(cashToCollect(m_checkout.sale().totals(), m_checkout.profile()));
}

QString CashierViewModel::changeText() const
{
    return money(m_checkout.sale().totals().changeMinor);
}

bool CashierViewModel::cashTendered() const
{
    const QList<Tender> &tenders = m_checkout.sale().tenders();
    return std::any_of(tenders.begin(), tenders.end(),
                       [](const Tender &tender) { return tender.method == TenderMethod::Cash; });
}

QStringList CashierViewModel::cashSuggestions() const
{
    // The exact amount, then the next round notes a customer is likely to hand over.
    const qint64 due = cashToCollect(m_checkout.sale().totals(), m_checkout.profile());
    if (due <= 0)
        return {};
    const qint64 major = m_checkout.profile().currency.minorPerMajor();
    const QList<qint64> notes = m_checkout.profile().currency.exponent() == 0
                                    ? QList<qint64>{1000, 5000, 10000, 50000}
                                    : QList<qint64>{5 * major, 10 * major, 20 * major, 50 * major, 100 * major};
    QStringList suggestions{money(due)};
    for (qint64 note : notes) {
        const qint64 rounded = (due + note - 1) / note * note;
        if (rounded > due && !suggestions.contains(money(rounded)) && suggestions.size() < 4)
            suggestions.append(money(rounded));
    }
    return suggestions;
}

QString CashierViewModel::receiptText() const
{
    const auto last = m_checkout.lastCompleted();
    const Sale &sale = m_checkout.sale();
    const bool isLast = last && last->saleId == sale.id().toString(QUuid::WithoutBraces);
    if (isLast) {
        // A finished sale shows what was journaled and printed, an exchange's returned items included.
        if (const auto journaled = JournalReceipt::fromEntry(*last, m_checkout.profile()))
            return ReceiptText::layout(*journaled).toPlainText(ReceiptText::defaultColumns);
    }
    return ReceiptText::render(sale, isLast ? last->sequence : 0);
}

bool CashierViewModel::report(const Result<void> &result, const QString &success)
{
    m_message = result ? success : result.error();
    m_messageIsError = !result.ok();
    Q_EMIT messageChanged();
    return result.ok();
}

bool CashierViewModel::submitCode(const QString &text)
{
    static const QRegularExpression multiplied(QStringLiteral(R"(^\s*(\d{1,3})\s*[*xX×]\s*(\S+)\s*$)"));
    const auto match = multiplied.match(text);
    if (match.hasMatch())
        return report(m_checkout.scan(match.captured(2), match.captured(1).toLongLong()));
    // One of the till's own QR codes typed or pasted (or scanned too slowly to tell from typing) goes where a
    // scan of it would: a coupon, an order, a customer, a receipt; anything else is a product code or SKU.
    const QString trimmed = text.trimmed();
    if (ScanRouter::tillQrKind(trimmed))
        return takeScan(ScanPayload{trimmed, {}});
    return report(m_checkout.scan(text));
}

bool CashierViewModel::setTypedPrefix(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^\s*(\d{1,3})\s*[*xX×]\s*$)"));
    const auto match = prefix.match(text);
    m_typedMultiplier = match.hasMatch() ? match.captured(1).toLongLong() : 1;
    return m_typedMultiplier > 1;
}

QString CashierViewModel::describe(const ScannedCode &code)
{
    switch (code.kind) {
    case ScannedCode::Kind::Product:
        return tr("product %1").arg(code.code);
    case ScannedCode::Kind::VariableMeasure:
        return tr("weighed or priced label %1").arg(code.code);
    case ScannedCode::Kind::Gs1Product:
        return tr("GS1 product %1").arg(code.code);
    case ScannedCode::Kind::Customer:
        return tr("customer app code");
    case ScannedCode::Kind::Coupon:
        return tr("coupon code");
    case ScannedCode::Kind::Order:
        return tr("online order code");
    case ScannedCode::Kind::Receipt:
        return tr("receipt %1").arg(code.code);
    }
    return {};
}

bool CashierViewModel::takeScan(const ScanPayload &payload)
{
    const StoreProfile &profile = m_checkout.profile();
    const auto routed = ScanRouter(profile.variableMeasure, profile.currency.exponent()).route(payload);
    // Card tracks are shown nowhere, not even on the device page: they may be a payment card's.
    Q_EMIT scanSeen(ScanRouter::isCardSwipe(payload.data) ? QString() : payload.data,
                    routed ? describe(*routed) : routed.error());
    if (!routed)
        return report(Error{routed.error()});
    switch (routed->kind) {
    case ScannedCode::Kind::Product:
    case ScannedCode::Kind::VariableMeasure:
    case ScannedCode::Kind::Gs1Product: {
        // Taken before the field is cleared: clearing it resets the typed prefix.
        const qint64 multiplier = std::exchange(m_typedMultiplier, 1);
        if (multiplier > 1)
            Q_EMIT typedPrefixUsed();
        return report(m_checkout.scan(*routed, multiplier));
    }
    case ScannedCode::Kind::Customer:
        return handOver(&CashierViewModel::customerScanned, routed->code,
                        tr("A customer's app code was scanned, but this till cannot look customers up."));
    case ScannedCode::Kind::Coupon:
        return handOver(&CashierViewModel::couponScanned, routed->code,
                        tr("A coupon was scanned, but this till cannot redeem coupons."));
    case ScannedCode::Kind::Order:
        return handOver(&CashierViewModel::orderScanned, routed->code,
                        tr("An online order was scanned, but this till cannot hand out orders."));
    case ScannedCode::Kind::Receipt:
        return handOver(&CashierViewModel::receiptScanned, routed->code,
                        tr("A receipt was scanned: open Returns to take goods back."));
    }
    return false;
}

// Each handler signal is delivered to whoever the till wired to it; one without a receiver (customers,
// coupons and orders before their services exist at this till) says so instead of doing nothing.
bool CashierViewModel::handOver(void (CashierViewModel::*signal)(const QString &), const QString &code,
                                const QString &unhandled)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(signal)))
        return report(Error{unhandled});
    Q_EMIT(this->*signal)(code);
    return true;
}

bool CashierViewModel::takeStoreCard(const CardSwipe &card)
{
    switch (card.kind) {
    case CardSwipe::Kind::Loyalty:
        return handOver(&CashierViewModel::customerScanned, card.number,
                        tr("A loyalty card was swiped, but this till cannot look customers up."));
    case CardSwipe::Kind::GiftCard:
        return handOver(&CashierViewModel::giftCardSwiped, card.number, tr("Gift cards: scan at Pay"));
    case CardSwipe::Kind::Payment:
        return report(Error{MagneticStripe::paymentCardRefusal()});
    case CardSwipe::Kind::Staff:
        break;
    }
    return report(Error{tr("A staff card signs in and approves; it does not belong to a sale")});
}

void CashierViewModel::scanRefused(const QString &reason)
{
    report(Error{reason});
}

void CashierViewModel::showOutcome(const QString &message, bool isError)
{
    report(isError ? Result<void>(Error{message}) : Result<void>(), message);
}

bool CashierViewModel::payCash(const QString &amountText)
{
    const StoreProfile &profile = m_checkout.profile();
    qint64 amount = cashToCollect(m_checkout.sale().totals(), profile);
    if (!amountText.trimmed().isEmpty()) {
        const auto parsed = Money::parse(amountText, profile.currency);
        if (!parsed)
            return report(Error{parsed.error()});
        amount = parsed->minorUnits();
    }
    const auto paid = m_checkout.tender(TenderMethod::Cash, amount);
    if (paid && finished()) {
        return report(paid, tr("Receipt %1 completed. Change: %2")
                                .arg(m_checkout.lastCompleted()->sequence, 6, 10, QLatin1Char('0'))
                                .arg(changeText()));
    }
    return report(paid, tr("Still due: %1").arg(cashDueText()));
}

bool CashierViewModel::addProduct(int row)
{
    const auto product = m_products.product(row);
    if (!product)
        return report(Error{tr("That product is no longer listed")});
    if (product->unit == Unit::Kilogram)
        return report(Error{tr("%1 is sold by weight: weigh it and type the weight").arg(product->name(m_language))});
    return report(m_checkout.addItem(ItemMatch{*product, Quantity::pieces(1), product->sku}));
}

bool CashierViewModel::addWeighed(int row, const QString &weightText)
{
    const auto product = m_products.product(row);
    if (!product)
        return report(Error{tr("That product is no longer listed")});
    if (product->unit != Unit::Kilogram)
        return addProduct(row);
    static const QRegularExpression digitsOnly(QStringLiteral("^\\s*\\d+\\s*$"));
    const bool grams = digitsOnly.match(weightText).hasMatch();
    const auto weight = parseWeight(grams ? weightText + QStringLiteral(" g") : weightText);
    if (!weight)
        return report(Error{weight.error()});
    return report(m_checkout.addItem(ItemMatch{*product, *weight, product->sku}));
}

bool CashierViewModel::park()
{
    return report(m_checkout.suspend(), tr("Sale parked: resume it from the parked sales"));
}

bool CashierViewModel::resume(const QString &saleId)
{
    return report(m_checkout.resume(QUuid::fromString(saleId)), tr("Parked sale resumed"));
}

bool CashierViewModel::overridePrice(int lineId, const QString &priceText, const QString &reason)
{
    const auto price = Money::parse(priceText, m_checkout.profile().currency);
    if (!price)
        return report(Error{price.error()});
    const bool changed = report(m_checkout.overridePrice(lineId, price->minorUnits(), reason), tr("Price changed"));
    if (!changed)
        m_approvalRetry.waitFor([=, this] { overridePrice(lineId, priceText, reason); });
    return changed;
}

bool CashierViewModel::discountPercent(int lineId, const QString &percentText, const QString &reason)
{
    const auto basisPoints = percentToBasisPoints(percentText);
    if (!basisPoints)
        return report(Error{basisPoints.error()});
    return applyDiscount(lineId, Discount{Discount::Kind::Percent, *basisPoints, reason});
}

bool CashierViewModel::discountAmount(int lineId, const QString &amountText, const QString &reason)
{
    const auto amount = Money::parse(amountText, m_checkout.profile().currency);
    if (!amount)
        return report(Error{amount.error()});
    return applyDiscount(lineId, Discount{Discount::Kind::Amount, amount->minorUnits(), reason});
}

bool CashierViewModel::applyDiscount(int lineId, const Discount &discount)
{
    const bool applied =
        report(lineId == 0 ? m_checkout.discountBasket(discount) : m_checkout.discountLine(lineId, discount),
               tr("Discount applied"));
    // Above the cashier's limit it waits for a manager; approved, the same discount is given then.
    if (!applied)
        m_approvalRetry.waitFor([=, this] { applyDiscount(lineId, discount); });
    return applied;
}

bool CashierViewModel::noteLine(int lineId, const QString &note)
{
    return report(m_checkout.noteLine(lineId, note), note.trimmed().isEmpty() ? tr("Note removed") : tr("Note saved"));
}

bool CashierViewModel::voidLine(int lineId)
{
    const bool voided = report(m_checkout.voidLine(lineId), tr("Line removed"));
    if (!voided)
        m_approvalRetry.waitFor([=, this] { voidLine(lineId); });
    return voided;
}

bool CashierViewModel::voidSale()
{
    const bool voided = report(m_checkout.voidSale(tr("Voided by cashier")), tr("Sale voided"));
    // Refused, perhaps for a manager's approval: if one comes, the void is done then.
    if (!voided)
        m_approvalRetry.waitFor([this] { voidSale(); });
    return voided;
}

void CashierViewModel::newSale()
{
    m_checkout.startNextSale();
    report(Result<void>());
}

} // namespace omnitill
