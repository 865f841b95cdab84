#include "CustomerViewModel.h"

#include "CheckoutService.h"
#include "GivenName.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

CustomerViewModel::CustomerViewModel(CustomerLookup &lookup, CheckoutService &checkout, QObject *parent)
    : QObject(parent)
    , m_lookup(lookup)
    , m_checkout(checkout)
{
    connect(&m_checkout, &CheckoutService::saleChanged, this, &CustomerViewModel::followSale);
}

QString CustomerViewModel::summary() const
{
    if (!attached())
        return {};
    const QString tier = m_customer.tier.isEmpty() ? QString() : m_customer.tier.toUpper();
    if (m_customer.fromCache()) {
        return tr("%1 · %2 · %L3 points as of %4 (offline: from this till's customer list)")
            .arg(m_customer.name, tier)
            .arg(m_customer.points)
            .arg(pointsAsOf());
    }
    if (!m_customer.fromCentral)
        return tr("%1 member · known from the app code only (central store unreachable)").arg(tier);
    return tr("%1 · %2 · %L3 points").arg(m_customer.name, tier).arg(m_customer.points);
}

QString CustomerViewModel::pointsAsOf() const
{
    return QLocale().toString(m_customer.pointsAsOf.toLocalTime(), QLocale::ShortFormat);
}

QString CustomerViewModel::greeting() const
{
    if (!attached())
        return {};
    const QString name = givenName(m_customer.name);
    if (!m_customer.fromCentral) // offline the balance is the app code's (none) or an old one: not shown
        return tr("Hello, %1").arg(name);
    return tr("Hello, %1 · %L2 points").arg(name).arg(m_customer.points);
}

QVariantList CustomerViewModel::details() const
{
    QVariantList lines;
    const auto line = [&lines](const QString &text, bool important = false, const QString &order = {}) {
        QVariantMap entry{{QStringLiteral("text"), text}, {QStringLiteral("important"), important}};
        if (!order.isEmpty())
            entry.insert(QStringLiteral("order"), order);
        lines.append(entry);
    };
    const QJsonObject &profile = m_customer.profile;
    QStringList sizes;
    for (const QJsonValue &value : profile.value(QLatin1String("sizes")).toArray()) {
        const QJsonObject size = value.toObject();
        sizes.append(QStringLiteral("%1 %2").arg(size.value(QLatin1String("category")).toString(),
                                                 size.value(QLatin1String("size")).toString()));
    }
    if (!sizes.isEmpty())
        line(tr("Sizes: %1").arg(sizes.join(QStringLiteral(", "))));
    QStringList wishes;
    for (const QJsonValue &value : profile.value(QLatin1String("wishlist")).toArray())
        wishes.append(value.toObject().value(QLatin1String("name")).toString());
    if (!wishes.isEmpty())
        line(tr("Wishlist: %1").arg(wishes.join(QStringLiteral(", "))));
    for (const QJsonValue &value : profile.value(QLatin1String("notes")).toArray()) {
        const QJsonObject note = value.toObject();
        if (note.contains(QLatin1String("resolvedBy")))
            continue;
        line(tr("Note (%1): %2")
                 .arg(note.value(QLatin1String("author")).toString(), note.value(QLatin1String("note")).toString()),
             true);
    }
    int shown = 0;
    for (const QJsonValue &value : profile.value(QLatin1String("history")).toArray()) {
        const QJsonObject purchase = value.toObject();
        if (purchase.value(QLatin1String("channel")).toString() != QLatin1String("online") || ++shown > 3)
            continue;
        const QString number = purchase.value(QLatin1String("reference")).toString();
        line(tr("Online order %1: %2").arg(number, orderState(purchase.value(QLatin1String("state")).toString())),
             false, number);
    }
    return lines;
}

QString CustomerViewModel::orderState(const QString &code)
{
    // The central store's order states (central/openapi.yaml), in the cashier's words.
    if (code == QLatin1String("placed"))
        return tr("being prepared");
    if (code == QLatin1String("ready_for_pickup"))
        return tr("ready for pickup");
    if (code == QLatin1String("expired"))
        return tr("not collected in time");
    if (code == QLatin1String("picked_up"))
        return tr("picked up");
    if (code == QLatin1String("shipped"))
        return tr("shipped");
    if (code == QLatin1String("cancelled"))
        return tr("cancelled");
    return code;
}

void CustomerViewModel::identify(const QString &scannedOrTyped)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    say(tr("Looking the customer up…"), false);
    m_lookup.identify(scannedOrTyped, [this](Result<IdentifiedCustomer> found) { identified(std::move(found)); });
}

void CustomerViewModel::identified(Result<IdentifiedCustomer> found)
{
    m_busy = false;
    Q_EMIT busyChanged();
    if (!found) {
        say(found.error(), true);
        return;
    }
    // Every tier is a member tier: a customer with a loyalty account gets member prices.
    if (auto joined = m_checkout.attachCustomer(found->id, true); !joined) {
        say(joined.error(), true);
        return;
    }
    m_customer = std::move(found).value();
    Q_EMIT customerChanged();
    say(m_customer.fromCentral ? tr("Customer attached: member prices apply")
        : m_customer.fromCache()
            ? tr("Offline: customer attached from this till's customer list; member prices apply, points are as of "
                 "%1 and new points wait for the central store")
                  .arg(pointsAsOf())
            : tr("Offline: customer attached from the app code; member prices apply, points wait for the central "
                 "store"),
        false);
}

bool CustomerViewModel::detach()
{
    if (auto left = m_checkout.detachCustomer(); !left) {
        say(left.error(), true);
        return false;
    }
    say(tr("Customer removed from the sale"), false);
    return true;
}

void CustomerViewModel::followSale()
{
    // The next customer's sale starts without the last one's customer.
    if (m_checkout.sale().customerId() == m_customer.id)
        return;
    m_customer = {};
    Q_EMIT customerChanged();
}

void CustomerViewModel::say(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
