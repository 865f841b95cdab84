#include "SaleEvent.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace omnitill {

namespace {
template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QJsonObject &json)
{
    return QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
}

Product productFromJson(const QJsonObject &json)
{
    Product product;
    product.sku = json.value(QLatin1String("sku")).toString();
    product.nameKo = json.value(QLatin1String("nameKo")).toString();
    product.nameEn = json.value(QLatin1String("nameEn")).toString();
    product.category = json.value(QLatin1String("category")).toString();
    product.unitPriceMinor = json.value(QLatin1String("unitPrice")).toInteger();
    product.taxClass = json.value(QLatin1String("taxClass")).toString();
    product.unit = unitFromCode(json.value(QLatin1String("unit")).toString());
    return product;
}

Discount discountFromJson(const QJsonObject &json)
{
    const bool percent = json.value(QLatin1String("kind")).toString() == QLatin1String("percent");
    return Discount{percent ? Discount::Kind::Percent : Discount::Kind::Amount,
                    json.value(QLatin1String("value")).toInteger(), json.value(QLatin1String("reason")).toString()};
}

int lineIdOf(const QJsonObject &json)
{
    return json.value(QLatin1String("line")).toInt();
}

QJsonArray returnRequestsToJson(const QList<ReturnRequest> &requests)
{
    QJsonArray lines;
    for (const ReturnRequest &request : requests) {
        lines.append(QJsonObject{{QLatin1String("line"), request.lineId},
                                 {QLatin1String("quantity"), request.quantity.thousandths},
                                 {QLatin1String("restock"), request.restock},
                                 {QLatin1String("reason"), returnReasonCode(request.reason)}});
    }
    return lines;
}

QList<ReturnRequest> returnRequestsFromJson(const QJsonArray &lines)
{
    QList<ReturnRequest> requests;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        requests.append(ReturnRequest{
            lineIdOf(line), Quantity{line.value(QLatin1String("quantity")).toInteger()},
            line.value(QLatin1String("restock")).toBool(),
            returnReasonFromCode(line.value(QLatin1String("reason")).toString()).value_or(ReturnReason::Other)});
    }
    return requests;
}
} // namespace

Result<qint64> percentToBasisPoints(const QString &text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char('%'));
    cleaned = cleaned.trimmed();
    const QStringList parts = cleaned.split(QLatin1Char('.'));
    const auto digitsOnly = [](const QString &part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    const bool wellFormed = !cleaned.isEmpty() && parts.size() <= 2 && !parts.first().isEmpty() &&
                            parts.first().size() <= 6 && digitsOnly(parts.first()) &&
                            (parts.size() == 1 || (parts.last().size() <= 2 && digitsOnly(parts.last())));
    if (!wellFormed)
        return Error{QCoreApplication::translate("Sale", "\"%1\" is not a percentage").arg(text)};
    const qint64 whole = parts.first().toLongLong();
    const qint64 hundredths = parts.size() == 2 ? parts.last().leftJustified(2, QLatin1Char('0')).toLongLong() : 0;
    return whole * 100 + hundredths;
}

QString tenderMethodCode(TenderMethod method)
{
    switch (method) {
    case TenderMethod::Cash:
        return QStringLiteral("cash");
    case TenderMethod::Card:
        return QStringLiteral("card");
    case TenderMethod::GiftCard:
        return QStringLiteral("giftCard");
    case TenderMethod::StoreCredit:
        return QStringLiteral("storeCredit");
    case TenderMethod::Points:
        return QStringLiteral("points");
    case TenderMethod::Other:
        break;
    }
    return QStringLiteral("other");
}

TenderMethod tenderMethodFromCode(const QString &code)
{
    for (const TenderMethod method : {TenderMethod::Cash, TenderMethod::Card, TenderMethod::GiftCard,
                                      TenderMethod::StoreCredit, TenderMethod::Points}) {
        if (code == tenderMethodCode(method))
            return method;
    }
    return TenderMethod::Other;
}

QJsonObject cashReceiptToJson(const saleevent::CashReceiptRequested &request)
{
    return {{QLatin1String("purpose"), CashReceiptRequest::purposeCode(request.purpose)},
            {QLatin1String("identifier"), CashReceiptRequest::identifierCode(request.identifier)},
            {QLatin1String("masked"), request.masked}};
}

std::optional<saleevent::CashReceiptRequested> cashReceiptFromJson(const QJsonObject &json)
{
    const auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    const auto purpose = CashReceiptRequest::purposeFromCode(text("purpose"));
    const auto identifier = CashReceiptRequest::identifierFromCode(text("identifier"));
    if (!purpose || !identifier || !CashReceiptRequest::isMasked(text("masked")))
        return std::nullopt;
    return saleevent::CashReceiptRequested{*purpose, *identifier, text("masked")};
}

QJsonObject productToJson(const Product &product)
{
    return {{QLatin1String("sku"), product.sku},
            {QLatin1String("nameKo"), product.nameKo},
            {QLatin1String("nameEn"), product.nameEn},
            {QLatin1String("category"), product.category},
            {QLatin1String("unitPrice"), product.unitPriceMinor},
            {QLatin1String("taxClass"), product.taxClass},
            {QLatin1String("unit"), unitCode(product.unit)}};
}

QJsonObject discountToJson(const Discount &discount)
{
    return {{QLatin1String("kind"),
             discount.kind == Discount::Kind::Percent ? QLatin1String("percent") : QLatin1String("amount")},
            {QLatin1String("value"), discount.value},
            {QLatin1String("reason"), discount.reason}};
}

QJsonObject saleEventToJson(const SaleEvent &event)
{
    using namespace saleevent;
    return std::visit(
        Overloaded{
            [](const Opened &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("opened")},
                        {QLatin1String("sale"), e.saleId.toString(QUuid::WithoutBraces)},
                        {QLatin1String("terminal"), e.terminalId},
                        {QLatin1String("at"), timestamp(e.at)}};
            },
            [](const LineAdded &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("lineAdded")},
                        {QLatin1String("line"), e.lineId},
                        {QLatin1String("product"), productToJson(e.product)},
                        {QLatin1String("quantity"), e.quantity.thousandths},
                        {QLatin1String("scanned"), e.scannedCode}};
            },
            [](const QuantityChanged &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("quantityChanged")},
                        {QLatin1String("line"), e.lineId},
                        {QLatin1String("quantity"), e.quantity.thousandths}};
            },
            [](const LineVoided &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("lineVoided")}, {QLatin1String("line"), e.lineId}};
            },
            [](const PriceOverridden &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("priceOverridden")},
                        {QLatin1String("line"), e.lineId},
                        {QLatin1String("unitPrice"), e.unitPriceMinor},
                        {QLatin1String("reason"), e.reason}};
            },
            [](const LineDiscounted &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("lineDiscounted")},
                        {QLatin1String("line"), e.lineId},
                        {QLatin1String("discount"), discountToJson(e.discount)}};
            },
            [](const LineNoted &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("lineNoted")},
                        {QLatin1String("line"), e.lineId},
                        {QLatin1String("note"), e.note}};
            },
            [](const BasketDiscounted &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("basketDiscounted")},
                        {QLatin1String("discount"), discountToJson(e.discount)}};
            },
            [](const Tendered &e) -> QJsonObject {
                QJsonObject json{{QLatin1String("type"), QLatin1String("tendered")},
                                 {QLatin1String("tender"), e.tenderId},
                                 {QLatin1String("method"), tenderMethodCode(e.method)},
                                 {QLatin1String("amount"), e.amountMinor},
                                 {QLatin1String("reference"), e.reference}};
                if (e.offline)
                    json.insert(QLatin1String("offline"), true);
                return json;
            },
            [](const Completed &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("completed")}, {QLatin1String("at"), timestamp(e.at)}};
            },
            [](const Voided &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("voided")},
                        {QLatin1String("at"), timestamp(e.at)},
                        {QLatin1String("reason"), e.reason}};
            },
            [](const Suspended &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("suspended")}, {QLatin1String("at"), timestamp(e.at)}};
            },
            [](const Resumed &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("resumed")}, {QLatin1String("at"), timestamp(e.at)}};
            },
            [](const CustomerAttached &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("customerAttached")},
                        {QLatin1String("customer"), e.customerId},
                        {QLatin1String("member"), e.member}};
            },
            [](const CustomerDetached &) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("customerDetached")}};
            },
            [](const CouponApplied &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("couponApplied")},
                        {QLatin1String("code"), e.code},
                        {QLatin1String("rule"), e.rule.toJson()},
                        {QLatin1String("reservation"), e.reservation},
                        {QLatin1String("customer"), e.customerId}};
            },
            [](const CouponRemoved &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("couponRemoved")}, {QLatin1String("code"), e.code}};
            },
            [](const ExchangeCredited &e) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("exchangeCredited")},
                        {QLatin1String("return"), e.returnId.toString(QUuid::WithoutBraces)},
                        {QLatin1String("originalSale"), e.originalSaleId},
                        {QLatin1String("originalSequence"), e.originalSequence},
                        {QLatin1String("lines"), returnRequestsToJson(e.lines)},
                        {QLatin1String("credit"), e.creditMinor}};
            },
            [](const CashReceiptRequested &e) -> QJsonObject {
                QJsonObject json = cashReceiptToJson(e);
                json.insert(QLatin1String("type"), QLatin1String("cashReceiptRequested"));
                return json;
            },
            [](const CashReceiptWithdrawn &) -> QJsonObject {
                return {{QLatin1String("type"), QLatin1String("cashReceiptWithdrawn")}};
            },
        },
        event);
}

Result<SaleEvent> saleEventFromJson(const QJsonObject &json)
{
    using namespace saleevent;
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == QLatin1String("opened")) {
        return SaleEvent{Opened{QUuid::fromString(json.value(QLatin1String("sale")).toString()),
                                json.value(QLatin1String("terminal")).toString(), timestampFrom(json)}};
    }
    if (type == QLatin1String("lineAdded")) {
        return SaleEvent{LineAdded{lineIdOf(json), productFromJson(json.value(QLatin1String("product")).toObject()),
                                   Quantity{json.value(QLatin1String("quantity")).toInteger()},
                                   json.value(QLatin1String("scanned")).toString()}};
    }
    if (type == QLatin1String("quantityChanged"))
        return SaleEvent{QuantityChanged{lineIdOf(json), Quantity{json.value(QLatin1String("quantity")).toInteger()}}};
    if (type == QLatin1String("lineVoided"))
        return SaleEvent{LineVoided{lineIdOf(json)}};
    if (type == QLatin1String("priceOverridden")) {
        return SaleEvent{PriceOverridden{lineIdOf(json), json.value(QLatin1String("unitPrice")).toInteger(),
                                         json.value(QLatin1String("reason")).toString()}};
    }
    if (type == QLatin1String("lineDiscounted")) {
        return SaleEvent{
            LineDiscounted{lineIdOf(json), discountFromJson(json.value(QLatin1String("discount")).toObject())}};
    }
    if (type == QLatin1String("lineNoted"))
        return SaleEvent{LineNoted{lineIdOf(json), json.value(QLatin1String("note")).toString()}};
    if (type == QLatin1String("basketDiscounted"))
        return SaleEvent{BasketDiscounted{discountFromJson(json.value(QLatin1String("discount")).toObject())}};
    if (type == QLatin1String("tendered")) {
        return SaleEvent{Tendered{json.value(QLatin1String("tender")).toInt(),
                                  tenderMethodFromCode(json.value(QLatin1String("method")).toString()),
                                  json.value(QLatin1String("amount")).toInteger(),
                                  json.value(QLatin1String("reference")).toString(),
                                  json.value(QLatin1String("offline")).toBool()}};
    }
    if (type == QLatin1String("completed"))
        return SaleEvent{Completed{timestampFrom(json)}};
    if (type == QLatin1String("voided"))
        return SaleEvent{Voided{timestampFrom(json), json.value(QLatin1String("reason")).toString()}};
    if (type == QLatin1String("suspended"))
        return SaleEvent{Suspended{timestampFrom(json)}};
    if (type == QLatin1String("resumed"))
        return SaleEvent{Resumed{timestampFrom(json)}};
    if (type == QLatin1String("customerAttached")) {
        return SaleEvent{CustomerAttached{json.value(QLatin1String("customer")).toString(),
                                          json.value(QLatin1String("member")).toBool()}};
    }
    if (type == QLatin1String("customerDetached"))
        return SaleEvent{CustomerDetached{}};
    if (type == QLatin1String("exchangeCredited")) {
        return SaleEvent{ExchangeCredited{QUuid::fromString(json.value(QLatin1String("return")).toString()),
                                          json.value(QLatin1String("originalSale")).toString(),
                                          json.value(QLatin1String("originalSequence")).toInteger(),
                                          returnRequestsFromJson(json.value(QLatin1String("lines")).toArray()),
                                          json.value(QLatin1String("credit")).toInteger()}};
    }
    if (type == QLatin1String("couponApplied")) {
        auto rule = CouponRule::fromJson(json.value(QLatin1String("rule")).toObject());
        if (!rule)
            return Error{rule.error()};
        return SaleEvent{CouponApplied{json.value(QLatin1String("code")).toString(), std::move(rule).value(),
                                       json.value(QLatin1String("reservation")).toString(),
                                       json.value(QLatin1String("customer")).toString()}};
    }
    if (type == QLatin1String("couponRemoved"))
        return SaleEvent{CouponRemoved{json.value(QLatin1String("code")).toString()}};
    if (type == QLatin1String("cashReceiptRequested")) {
        if (auto request = cashReceiptFromJson(json))
            return SaleEvent{*request};
        return Error{QCoreApplication::translate("Sale", "The cash receipt request is not one this till writes")};
    }
    if (type == QLatin1String("cashReceiptWithdrawn"))
        return SaleEvent{CashReceiptWithdrawn{}};
    return Error{QCoreApplication::translate("Sale", "Unknown sale event \"%1\"").arg(type)};
}

} // namespace omnitill
