#include "DemoSeed.h"

#include "CouponLedger.h"
#include "CustomerAppLinks.h"
#include "CustomerProfiles.h"
#include "CustomerRepository.h"
#include "GiftCards.h"
#include "OnlineOrders.h"
#include "TerminalRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace omnitill::central {

namespace {

constexpr int couponDays = 30;
constexpr int pickupDays = OnlineOrders::defaultPickupDays;

QJsonObject demoData()
{
    QFile file(QStringLiteral(":/omnitill/central/demo/demo-seed.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("central/demo/demo-seed.json is not compiled in");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

DemoSeed::DemoSeed(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<DemoSeedResult> DemoSeed::run(const QDateTime &now)
{
    const QJsonObject data = demoData();
    DemoSeedResult result;
    CustomerRepository customers(m_pool);
    for (const QJsonValue &entry : data.value(QLatin1String("customers")).toArray()) {
        const QJsonObject demo = entry.toObject();
        auto customer = customers.byLoyaltyNumber(string(demo, "loyalty"));
        if (!customer && customer.error().kind == ApiError::Kind::NotFound) {
            customer = customers.create(
                {string(demo, "name"), string(demo, "phone"), string(demo, "loyalty"), string(demo, "tier")});
            if (customer) {
                ++result.customersCreated;
                if (auto seeded = seedCustomer(customer->id, demo, now); !seeded)
                    return seeded.error();
            }
        }
        if (!customer)
            return customer.error();
        auto link = CustomerAppLinks(m_pool).linkFor(customer->id);
        if (!link)
            return link.error();
        result.links.append({customer->name, customer->loyaltyNumber, *link});
    }
    // Gift cards with fixed numbers (README), each issued once.
    GiftCards giftCards(m_pool);
    for (const QJsonValue &entry : data.value(QLatin1String("giftCards")).toArray()) {
        const QJsonObject demo = entry.toObject();
        auto card = giftCards.find(string(demo, "number"));
        if (!card && card.error().kind == ApiError::Kind::NotFound)
            card = giftCards.issue(string(demo, "currency"), demo.value(QLatin1String("balance")).toInteger(),
                                   string(demo, "number"));
        if (!card)
            return card.error();
    }
    if (result.customersCreated > 0) {
        auto code = TerminalRegistry(m_pool).createEnrollmentCode(string(data, "store"));
        if (!code)
            return code.error();
        result.enrollmentCode = *code;
    }
    return result;
}

Outcome<void> DemoSeed::seedCustomer(const QString &customerId, const QJsonObject &demo, const QDateTime &now)
{
    if (auto contact =
            CustomerRepository(m_pool).setContact(customerId, string(demo, "email"), string(demo, "address"));
        !contact) {
        return contact.error();
    }
    const qint64 points = demo.value(QLatin1String("points")).toInteger();
    if (points > 0) {
        if (auto adjusted = CustomerRepository(m_pool).adjustPoints(customerId, points, tr("Demo points")); !adjusted)
            return adjusted.error();
    }
    for (const QJsonValue &coupon : demo.value(QLatin1String("coupons")).toArray()) {
        auto rule = CouponRule::fromJson(coupon.toObject().value(QLatin1String("rule")).toObject());
        if (!rule)
            return ApiError::badRequest(QStringLiteral("invalid_demo"), rule.error());
        if (auto issued = CouponLedger(m_pool).issue({*rule, customerId, now, now.addDays(couponDays), {}}); !issued)
            return issued.error();
    }
    for (const QJsonValue &order : demo.value(QLatin1String("orders")).toArray()) {
        if (auto seeded = seedOrder(customerId, order.toObject(), now); !seeded)
            return seeded;
    }
    return seedProfile(customerId, demo.value(QLatin1String("profile")).toObject());
}

Outcome<void> DemoSeed::seedProfile(const QString &customerId, const QJsonObject &demo)
{
    CustomerProfiles profiles(m_pool);
    const QJsonObject consents = demo.value(QLatin1String("consents")).toObject();
    if (auto set = profiles.setConsents(customerId, consents.value(QLatin1String("marketing")).toBool(),
                                        consents.value(QLatin1String("profiling")).toBool());
        !set)
        return set;
    const QJsonObject sizes = demo.value(QLatin1String("sizes")).toObject();
    for (auto size = sizes.begin(); size != sizes.end(); ++size) {
        if (auto stated = profiles.stateSize(customerId, size.key(), size.value().toString()); !stated)
            return stated;
    }
    for (const QJsonValue &value : demo.value(QLatin1String("wishlist")).toArray()) {
        const QJsonObject wish = value.toObject();
        if (auto added = profiles.addToWishlist(customerId, string(wish, "sku"), string(wish, "name")); !added)
            return added;
    }
    for (const QJsonValue &value : demo.value(QLatin1String("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        if (auto added = profiles.addNote(customerId, string(note, "author"), string(note, "note")); !added)
            return added.error();
    }
    return {};
}

Outcome<void> DemoSeed::seedOrder(const QString &customerId, const QJsonObject &demo, const QDateTime &now)
{
    const QString store = string(demo, "store");
    NewOnlineOrder order{customerId,
                         QStringLiteral("KRW"),
                         string(demo, "payment"),
                         store.isEmpty() ? QStringLiteral("ship") : QStringLiteral("pickup"),
                         store,
                         demo.value(QLatin1String("reserveToTry")).toBool(),
                         {}};
    for (const QJsonValue &entry : demo.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = entry.toObject();
        order.lines.append({0, string(line, "sku"), string(line, "gtin"), string(line, "name"),
                            line.value(QLatin1String("quantity")).toInteger(),
                            line.value(QLatin1String("price")).toInteger()});
    }
    OnlineOrders orders(m_pool);
    auto created = orders.create(order);
    if (!created)
        return created.error();
    const QString state = string(demo, "state");
    if (state == QLatin1String("ready")) {
        if (auto ready = orders.markReady(created->id, now.addDays(pickupDays)); !ready)
            return ready.error();
    } else if (state == QLatin1String("shipped")) {
        if (auto shipped = orders.markShipped(created->id); !shipped)
            return shipped.error();
    }
    return {};
}

} // namespace omnitill::central
