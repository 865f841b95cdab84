#include "OnlineOrderClient.h"

#include "CentralClient.h"
#include "Money.h"
#include "PickupCache.h"
#include "SigningKeys.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

namespace {

QJsonArray linesJson(const QMap<int, qint64> &quantities)
{
    QJsonArray lines;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
        lines.append(QJsonObject{{QLatin1String("line"), it.key()}, {QLatin1String("quantity"), it.value()}});
    return lines;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

OnlineOrderClient::OnlineOrderClient(CentralClient &client, const SigningKeys &keys, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keys(keys)
{
}

void OnlineOrderClient::find(const QString &scannedOrTyped, FoundOrder done)
{
    const QString text = scannedOrTyped.trimmed();
    if (text.startsWith(OrderToken::prefix)) {
        const auto claims = m_keys.verifier().verifyOrder(text, m_clock());
        if (!claims) {
            done(Error{claims.error()});
            return;
        }
        fetch(claims->orderId, text, std::move(done));
        return;
    }
    if (text.isEmpty() || text.size() > 64 || text.contains(QLatin1Char('/'))) {
        done(Error{tr("Scan the customer's order code, or type the order number")});
        return;
    }
    fetch(text, {}, std::move(done)); // an id, or a number in any case: the central store reads both
}

void OnlineOrderClient::fetch(const QString &reference, const QString &token, FoundOrder done)
{
    m_client.get(QStringLiteral("/v1/orders/") + reference, {},
                 [this, reference, token, done = std::move(done)](const CentralReply &reply) {
                     if (!reply.reached()) {
                         fromCache(reference, token, reply.error, done);
                         return;
                     }
                     if (reply.status == 404) {
                         done(Error{tr("No online order has the number %1").arg(reference)});
                         return;
                     }
                     if (!reply.ok()) {
                         done(Error{reply.reached() ? reply.error : outOfReach(reference)});
                         return;
                     }
                     auto order = OrderSnapshot::fromJson(reply.json);
                     if (!order) {
                         done(Error{tr("The central store sent an order the till cannot read")});
                         return;
                     }
                     order->token = token;
                     done(*order);
                 });
}

void OnlineOrderClient::fromCache(const QString &reference, const QString &token, const QString &unreachable,
                                  FoundOrder done)
{
    auto found = m_cache ? m_cache->find(reference) : Result<std::optional<CachedPickup>>(std::nullopt);
    std::optional<OrderSnapshot> order;
    if (found && found->has_value())
        order = OrderSnapshot::fromJson((*found)->order);
    if (!order) {
        done(Error{tr("%1. Offline the till knows only the orders that were ready here when it last heard from "
                      "the central store, and %2 is not one of them: nothing was handed over. Note the order number "
                      "and ask the customer to come back once the till is online again")
                       .arg(unreachable, reference)});
        return;
    }
    order->token = token;
    order->cachedAt = (*found)->pulledAt;
    done(*order);
}

void OnlineOrderClient::readyHere(FoundOrders done)
{
    m_client.get(QStringLiteral("/v1/pickups"), {}, [done = std::move(done)](const CentralReply &reply) {
        if (!reply.reached()) {
            done(Error{tr("%1: the list of orders ready here needs the central store; an order ready here can still "
                          "be found by its code or number")
                           .arg(reply.error)});
            return;
        }
        if (!reply.ok()) {
            done(Error{reply.error});
            return;
        }
        QList<OrderSnapshot> orders;
        for (const QJsonValue &value : reply.json.value(QLatin1String("orders")).toArray()) {
            if (auto order = OrderSnapshot::fromJson(value.toObject()))
                orders.append(*order);
        }
        done(orders);
    });
}

QJsonObject OnlineOrderClient::orderReference(const OrderSnapshot &order)
{
    if (!order.token.isEmpty())
        return {{QLatin1String("token"), order.token}};
    return {{QLatin1String("order"), order.id}};
}

void OnlineOrderClient::pickUp(const PickupDraft &draft, Answered done)
{
    if (auto refused = pickupRefusal(draft.order, {})) {
        done(Error{*refused});
        return;
    }
    QJsonObject body = orderReference(draft.order);
    body.insert(QLatin1String("pickup"), uuidText(draft.pickupId));
    body.insert(QLatin1String("lines"), linesJson(draft.quantities));
    body.insert(QLatin1String("leaveOpen"), draft.leaveOpen);
    if (!draft.saleId.isNull())
        body.insert(QLatin1String("sale"), uuidText(draft.saleId));
    postOrKeep(
        QStringLiteral("/v1/pickups"), body, draft.order, [this, draft, body] { return handOverOffline(draft, body); },
        std::move(done));
}

void OnlineOrderClient::postOrKeep(const QString &path, const QJsonObject &body, const OrderSnapshot &order,
                                   std::function<Result<QJsonObject>()> offline, Answered done)
{
    if (order.cachedAt.isValid()) { // found offline: the central store is not asked again now
        done(offline());
        return;
    }
    // Online, the central store has not heard yet of what was handed over or taken back here offline: it would
    // offer it again, or refund it again.
    if (changedOffline(order.id)) {
        done(Error{tr("Order %1 was handed over or taken back here while the till was offline, and the central store "
                      "has not heard of it yet: wait a minute and open the order again")
                       .arg(order.number)});
        return;
    }
    m_client.post(path, body,
                  [this, order, offline = std::move(offline), done = std::move(done)](const CentralReply &reply) {
                      if (reply.ok())
                          done(reply.json);
                      else if (!reply.reached() && m_cache)
                          done(offline());
                      else
                          done(Error{refusal(reply, order)});
                  });
}

Result<QJsonObject> OnlineOrderClient::cachedCopy(const QString &orderId, const QString &notCached) const
{
    auto cached = m_cache ? m_cache->find(orderId) : Result<std::optional<CachedPickup>>(std::nullopt);
    if (!cached)
        return Error{cached.error()};
    if (!cached->has_value())
        return Error{notCached};
    return (*cached)->order;
}

Result<QJsonObject> OnlineOrderClient::handOverOffline(const PickupDraft &draft, const QJsonObject &body)
{
    auto cached = cachedCopy(draft.order.id,
                             tr("The central store cannot be reached, and order %1 is not among the orders this till "
                                "keeps for offline pickup: hand it over once the central store is back")
                                 .arg(draft.order.number));
    if (!cached)
        return Error{cached.error()};
    // The cached copy, not the draft's: it counts what was already handed over here offline.
    QJsonObject after = *cached;
    const auto current = OrderSnapshot::fromJson(after);
    if (auto refused = current ? pickupRefusal(*current, {}) : std::optional<QString>(tr("The order cannot be read")))
        return Error{*refused};
    QJsonArray lines = after.value(QLatin1String("lines")).toArray();
    QJsonArray outcome;
    qint64 kept = 0, stillOpen = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderSnapshotLine &line = current->lines.at(i);
        const qint64 picked = draft.quantities.value(line.lineNo);
        if (picked < 0 || picked > line.open())
            return Error{tr("Line %1 has %2 to hand over, not %3").arg(line.lineNo).arg(line.open()).arg(picked)};
        QJsonObject json = lines.at(i).toObject();
        json.insert(QLatin1String("delivered"), line.delivered + picked);
        lines.replace(i, json);
        kept += picked * line.unitPriceMinor;
        stillOpen += line.open() - picked;
        outcome.append(QJsonObject{{QLatin1String("line"), line.lineNo},
                                   {QLatin1String("picked"), picked},
                                   {QLatin1String("unpicked"), line.open() - picked}});
    }
    const bool open = draft.leaveOpen && stillOpen > 0;
    after.insert(QLatin1String("lines"), lines);
    if (!open)
        after.insert(QLatin1String("state"), QStringLiteral("picked_up"));
    // Named by its id: the customer's code may have expired by the time the central store hears of it.
    QJsonObject queuedBody = body;
    queuedBody.remove(QLatin1String("token"));
    queuedBody.insert(QLatin1String("order"), current->id);
    if (auto queued = m_cache->handOverOffline(queuedBody, after, m_clock()); !queued)
        return Error{queued.error()};
    QJsonObject answer{{QLatin1String("pickup"), body.value(QLatin1String("pickup"))},
                       {QLatin1String("order"), current->id},
                       {QLatin1String("number"), current->number},
                       {QLatin1String("store"), current->storeId},
                       {QLatin1String("currency"), current->currency},
                       {QLatin1String("kept"), kept},
                       {QLatin1String("open"), open},
                       {QLatin1String("lines"), outcome},
                       {QLatin1String("offline"), true}};
    if (body.contains(QLatin1String("sale")))
        answer.insert(QLatin1String("sale"), body.value(QLatin1String("sale")));
    return answer;
}

bool OnlineOrderClient::changedOffline(const QString &orderId) const
{
    const auto cached = m_cache ? m_cache->find(orderId) : Result<std::optional<CachedPickup>>(std::nullopt);
    return cached && cached->has_value() && (*cached)->offlinePickups > 0;
}

void OnlineOrderClient::takeBack(const ReturnDraft &draft, Answered done)
{
    QJsonObject body = orderReference(draft.order);
    body.insert(QLatin1String("return"), uuidText(draft.returnId));
    body.insert(QLatin1String("lines"), linesJson(draft.quantities));
    body.insert(QLatin1String("refund"), draft.refundMethod);
    postOrKeep(
        QStringLiteral("/v1/returns"), body, draft.order, [this, draft, body] { return takeBackOffline(draft, body); },
        std::move(done));
}

Result<QJsonObject> OnlineOrderClient::takeBackOffline(const ReturnDraft &draft, const QJsonObject &body)
{
    const QString &number = draft.order.number;
    if (draft.refundMethod != QLatin1String("cash") && draft.refundMethod != QLatin1String("store_credit")) {
        return Error{tr("The central store cannot be reached, and a refund to the original online payment needs it: "
                        "nothing was taken back. Refund in cash or as store credit where the store allows it, or note "
                        "order %1 and ask the customer to come back once the till is online again")
                         .arg(number)};
    }
    auto cached = cachedCopy(draft.order.id,
                             tr("The central store cannot be reached, and order %1 is not among the orders this till "
                                "keeps for offline work: nothing was taken back or refunded. Note the order number "
                                "and ask the customer to come back once the till is online again")
                                 .arg(number));
    if (!cached)
        return Error{cached.error()};
    // The cached copy, not the draft's: it counts what already came back here offline.
    QJsonObject after = *cached;
    const auto current = OrderSnapshot::fromJson(after);
    if (!current)
        return Error{tr("The order cannot be read")};
    QJsonArray lines = after.value(QLatin1String("lines")).toArray();
    QJsonArray outcome;
    qint64 refund = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OrderSnapshotLine &line = current->lines.at(i);
        const qint64 back = draft.quantities.value(line.lineNo);
        if (back < 0 || back > line.returnable())
            return Error{tr("Line %1 can take back %2, not %3").arg(line.lineNo).arg(line.returnable()).arg(back)};
        if (back == 0)
            continue;
        QJsonObject json = lines.at(i).toObject();
        json.insert(QLatin1String("returned"), line.returned + back);
        lines.replace(i, json);
        refund += back * line.unitPriceMinor;
        outcome.append(QJsonObject{{QLatin1String("line"), line.lineNo},
                                   {QLatin1String("quantity"), back},
                                   {QLatin1String("returnable"), line.returnable() - back}});
    }
    if (auto capped = withinReturnCaps(*current, refund); !capped)
        return Error{capped.error()};
    after.insert(QLatin1String("lines"), lines);
    // Named by its id: the customer's code may have expired by the time the central store hears of it.
    QJsonObject queuedBody = body;
    queuedBody.remove(QLatin1String("token"));
    queuedBody.insert(QLatin1String("order"), current->id);
    queuedBody.insert(QLatin1String("refundMinor"), refund);
    if (auto queued = m_cache->takeBackOffline(queuedBody, after, m_clock()); !queued)
        return Error{queued.error()};
    return QJsonObject{{QLatin1String("return"), body.value(QLatin1String("return"))},
                       {QLatin1String("order"), current->id},
                       {QLatin1String("number"), number},
                       {QLatin1String("store"), current->storeId},
                       {QLatin1String("lines"), outcome},
                       {QLatin1String("refund"), QJsonObject{{QLatin1String("method"), draft.refundMethod},
                                                             {QLatin1String("amount"), refund},
                                                             {QLatin1String("currency"), current->currency}}},
                       {QLatin1String("offline"), true}};
}

Result<void> OnlineOrderClient::withinReturnCaps(const OrderSnapshot &order, qint64 refundMinor) const
{
    const auto currency = Currency::fromCode(order.currency);
    const auto money = [&currency](qint64 minor) {
        return currency ? Money(minor, *currency).format(QLocale()) : QString::number(minor);
    };
    if (m_returnCaps.perReturn <= 0 || m_returnCaps.perDay <= 0) {
        return Error{tr("The central store cannot be reached, and this store takes no online-order returns offline: "
                        "nothing was taken back. Note order %1 and ask the customer to come back once the till is "
                        "online again")
                         .arg(order.number)};
    }
    if (refundMinor > m_returnCaps.perReturn) {
        return Error{tr("The central store cannot be reached, and offline an online-order return refunds at most %1; "
                        "this one comes to %2: nothing was taken back. Take back fewer items now, or ask the customer "
                        "to come back once the till is online again")
                         .arg(money(m_returnCaps.perReturn), money(refundMinor))};
    }
    const QDateTime dayStart(m_clock().toLocalTime().date(), QTime(0, 0), Qt::LocalTime);
    const auto today = m_cache->offlineRefundsSince(dayStart);
    if (!today)
        return Error{today.error()};
    if (*today + refundMinor > m_returnCaps.perDay) {
        return Error{tr("The central store cannot be reached, and today's offline online-order refunds would pass the "
                        "limit of %1 (%2 so far): nothing was taken back. Ask the customer to come back once the till "
                        "is online again")
                         .arg(money(m_returnCaps.perDay), money(*today))};
    }
    return {};
}

std::optional<QString> OnlineOrderClient::pickupRefusal(const OrderSnapshot &order, const QString &storeId)
{
    const QString &state = order.state;
    if (order.fulfilment != QLatin1String("pickup"))
        return tr("Order %1 is delivered to the customer's address, not collected in store").arg(order.number);
    if (state == QLatin1String("picked_up"))
        return tr("Order %1 was already collected").arg(order.number);
    if (state == QLatin1String("cancelled"))
        return tr("Order %1 was cancelled").arg(order.number);
    if (state == QLatin1String("expired")) {
        return tr("Order %1 was not collected in time: its pickup window ended %2")
            .arg(order.number, QLocale().toString(order.pickupUntil.toLocalTime(), QLocale::ShortFormat));
    }
    if (state != QLatin1String("ready_for_pickup"))
        return tr("Order %1 is not ready for pickup yet").arg(order.number);
    if (!storeId.isEmpty() && order.storeId != storeId)
        return tr("Order %1 is collected at store %2").arg(order.number, order.storeId);
    return std::nullopt;
}

QString OnlineOrderClient::outOfReach(const QString &order)
{
    return tr("The central store cannot be reached, so online order %1 cannot be looked up, handed over or returned "
              "now; nothing was handed over or refunded. Try again when the till is back online, or note the order "
              "number and ask the customer to come back")
        .arg(order);
}

QString OnlineOrderClient::refusal(const CentralReply &reply, const OrderSnapshot &order)
{
    if (!reply.reached())
        return outOfReach(order.number);
    const QString code = reply.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    if (code == QLatin1String("order_expired"))
        return tr("Order %1 was not collected in time").arg(order.number);
    if (code == QLatin1String("order_not_ready"))
        return tr("Order %1 is no longer waiting for pickup: it was collected or cancelled").arg(order.number);
    if (code == QLatin1String("order_changed"))
        return tr("Order %1 changed since the customer's code was made: find it by its number").arg(order.number);
    if (code == QLatin1String("other_store"))
        return tr("Order %1 is collected at another store").arg(order.number);
    if (code == QLatin1String("return_exceeds_delivered"))
        return tr("Refused by the central store: %1").arg(reply.error);
    return reply.error;
}

} // namespace omnitill
