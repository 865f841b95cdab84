#include "StoredValuePayments.h"

#include "CheckoutService.h"
#include "Money.h"
#include "OfflinePointsPolicy.h"
#include "ReturnService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

namespace omnitill {

namespace {
Q_LOGGING_CATEGORY(lcStoredValue, "omnitill.storedvalue")
const QString pendingKey = QStringLiteral("storedValue.pendingRedemptions");
const QString refundsKey = QStringLiteral("storedValue.pendingRefunds");

// The two lists this class keeps across restarts, each a JSON array under its store setting.
QJsonArray readList(const StoreSettings &settings, const QString &key)
{
    return QJsonDocument::fromJson(settings.value(key).value_or(QString()).toUtf8()).array();
}

void writeList(StoreSettings &settings, const QString &key, const QJsonArray &list, const char *what)
{
    if (auto written = settings.setValue(key, QString::fromUtf8(QJsonDocument(list).toJson())); !written)
        qCWarning(lcStoredValue) << what << written.error();
}
} // namespace

StoredValuePayments::StoredValuePayments(CheckoutService &checkout, ReturnService &returns, StoredValueClient &client,
                                         const Database &database, QObject *parent)
    : QObject(parent)
    , m_checkout(checkout)
    , m_client(client)
    , m_journal(database)
    , m_database(database)
    , m_settings(database)
    , m_offline(database)
{
    // Both signals come after the record is journaled: what goes back is exactly what the journal says.
    connect(&checkout, &CheckoutService::saleCompleted, this, [this](qint64 sequence) {
        if (const auto entry = m_journal.entry(sequence))
            giveBack(entry->record);
    });
    connect(&returns, &ReturnService::returnCompleted, this, [this](qint64 sequence) {
        if (const auto entry = m_journal.entry(sequence))
            giveBack(entry->record);
    });
}

qint64 StoredValuePayments::moneyFor(TenderMethod method, qint64 balance) const
{
    return method == TenderMethod::Points ? balance * m_minorPerPoint : balance;
}

qint64 StoredValuePayments::amountDue() const
{
    const Sale &sale = m_checkout.sale();
    const bool payable = sale.state() == SaleState::Open || sale.state() == SaleState::Tendering;
    return payable && sale.hasLiveLines() ? std::max<qint64>(0, sale.totals().balanceMinor) : 0;
}

std::optional<qint64> StoredValuePayments::knownPoints(const QString &customerId) const
{
    const auto known = m_knownPoints.constFind(customerId);
    return known == m_knownPoints.cend() ? std::nullopt : std::optional<qint64>(*known);
}

void StoredValuePayments::balance(TenderMethod method, const QString &cardNumber, StoredValueClient::BalanceDone done)
{
    const QString holder = method == TenderMethod::GiftCard ? StoredValueReference::giftCardDigits(cardNumber)
                                                            : m_checkout.sale().customerId();
    if (holder.isEmpty()) {
        return done(Error{method == TenderMethod::GiftCard ? tr("That is not a gift card number")
                                                           : tr("Identify the customer first")});
    }
    m_client.balance(method, holder, m_checkout.profile().currency.code(),
                     [this, self = QPointer(this), method, holder, done = std::move(done)](Result<qint64> balance) {
                         if (self && balance && method == TenderMethod::Points)
                             m_knownPoints.insert(holder, *balance);
                         done(std::move(balance));
                     });
}

Result<StoredValueRedemption> StoredValuePayments::redemptionFor(TenderMethod method, const QString &cardNumber,
                                                                 qint64 amountMinor) const
{
    if (!StoredValueReference::isStoredValue(method))
        return Error{tr("Only gift cards, store credit and points are paid through the central store")};
    if (m_busy)
        return Error{tr("The central store is still confirming the last payment")};
    const Sale &sale = m_checkout.sale();
    if (amountDue() <= 0)
        return Error{tr("There is nothing to pay")};
    if (amountMinor <= 0)
        return Error{tr("A payment must be more than zero")};
    if (amountMinor > amountDue())
        return Error{tr("Only cash can be more than what is due")};
    const QString holder =
        method == TenderMethod::GiftCard ? StoredValueReference::giftCardDigits(cardNumber) : sale.customerId();
    if (method == TenderMethod::GiftCard && holder.isEmpty())
        return Error{tr("That is not a gift card number")};
    if (holder.isEmpty())
        return Error{tr("Identify the customer first")};
    if (method == TenderMethod::Points && amountMinor % m_minorPerPoint != 0)
        return Error{tr("Points pay in steps of %1").arg(m_minorPerPoint)};
    const qint64 units = method == TenderMethod::Points ? amountMinor / m_minorPerPoint : amountMinor;
    return StoredValueRedemption{method, holder,    m_checkout.profile().currency.code(),
                                 units,  sale.id(), QUuid::createUuid()};
}

void StoredValuePayments::pay(TenderMethod method, const QString &cardNumber, qint64 amountMinor, Done done)
{
    retryRefunds();
    auto redemption = redemptionFor(method, cardNumber, amountMinor);
    if (!redemption)
        return done(Error{redemption.error()});
    setBusy(true);
    const StoredValueRedemption asked = *redemption;
    note(asked, amountMinor);
    m_client.redeem(asked, [this, self = QPointer(this), asked, amountMinor,
                            done = std::move(done)](const StoredValueAnswer &answer) {
        if (!self)
            return;
        setBusy(false);
        const PendingRefund whole{asked.method, asked.tender,
                                  QUuid::createUuidV5(asked.tender, QStringLiteral("release")), asked.amount,
                                  amountMinor};
        if (!answer.value) {
            // No answer even when asked again: taken offline within the caps, else given back, as the redemption
            // may have gone through (the central store ignores one it never made). A refusal took nothing.
            if (answer.status == 0)
                return takeOffline(asked, amountMinor, answer.value.error(), std::move(done));
            settle(asked.tender);
            return done(Error{answer.value.error()});
        }
        if (asked.method == TenderMethod::Points) // before the tender, which may complete and print the sale
            m_knownPoints.insert(asked.holder, *answer.value);
        const QString holder =
            asked.method == TenderMethod::GiftCard ? StoredValueReference::maskedCard(asked.holder) : asked.holder;
        const StoredValueReference reference{asked.method, asked.tender, holder};
        const bool sameSale = m_checkout.sale().id() == asked.saleId;
        auto tendered = sameSale ? m_checkout.tender(asked.method, amountMinor, reference.toString())
                                 : Result<void>(Error{tr("The sale changed while the central store answered")});
        if (!tendered) {
            send(whole); // confirmed but not recorded: it goes back
            return done(Error{tendered.error()});
        }
        settle(asked.tender);
        done({});
    });
}

void StoredValuePayments::takeOffline(const StoredValueRedemption &asked, qint64 amountMinor,
                                      const QString &unreachable, Done done)
{
    const PendingRefund whole{asked.method, asked.tender, QUuid::createUuidV5(asked.tender, QStringLiteral("release")),
                              asked.amount, amountMinor};
    const QString tender = asked.tender.toString(QUuid::WithoutBraces);
    const QJsonObject payload{{QLatin1String("method"), tenderMethodCode(asked.method)},
                              {QLatin1String("holder"), asked.holder},
                              {QLatin1String("currency"), asked.currency},
                              {QLatin1String("amount"), asked.amount},
                              {QLatin1String("amountMinor"), amountMinor},
                              {QLatin1String("sale"), asked.saleId.toString(QUuid::WithoutBraces)},
                              {QLatin1String("tender"), tender}};
    const bool points = asked.method == TenderMethod::Points;
    // Points by the policy's caps and the balance the till pulled; gift cards and store credit by their caps.
    Result<void> taken = points ? OfflinePointsPolicy(m_database, m_checkout.profile())
                                      .allows(asked.holder, asked.saleId.toString(QUuid::WithoutBraces), amountMinor,
                                              m_minorPerPoint, QDateTime::currentDateTime())
                                : withinOfflineCaps(amountMinor);
    if (taken && m_checkout.sale().id() != asked.saleId)
        taken = Error{tr("The sale changed while the central store was asked")};
    if (taken)
        taken = m_offline.queue(tender, payload);
    if (!taken) {
        send(whole);
        return done(Error{points ? taken.error()
                                 : tr("The central store cannot be reached (%1): %2").arg(unreachable, taken.error())});
    }
    const QString holder =
        asked.method == TenderMethod::GiftCard ? StoredValueReference::maskedCard(asked.holder) : asked.holder;
    // A queued redemption whose tender never reaches its sale is dropped by sendOffline(), which checks the journal.
    if (auto tendered = m_checkout.tender(asked.method, amountMinor,
                                          StoredValueReference{asked.method, asked.tender, holder}.toString(), true);
        !tendered) {
        send(whole);
        return done(Error{tendered.error()});
    }
    qCInfo(lcStoredValue) << tenderMethodCode(asked.method) << "taken offline for" << amountMinor;
    settle(asked.tender);
    done({});
}

Result<void> StoredValuePayments::withinOfflineCaps(qint64 amountMinor) const
{
    const StoreProfile &profile = m_checkout.profile();
    const auto money = [&profile](qint64 minor) {
        return Money(minor, profile.currency).format(QLocale(profile.localeName));
    };
    if (m_offlineCaps.perTender <= 0 || m_offlineCaps.perDay <= 0)
        return Error{tr("this store takes no gift card or store credit offline")};
    if (amountMinor > m_offlineCaps.perTender)
        return Error{tr("offline, a gift card or store credit pays at most %1").arg(money(m_offlineCaps.perTender))};
    const auto today =
        m_offline.totalSince(QDateTime(QDate::currentDate(), QTime(0, 0)), OfflineRedemptions::Of::GiftCardsAndCredit);
    if (!today)
        return Error{today.error()};
    if (*today + amountMinor > m_offlineCaps.perDay)
        return Error{tr("today's offline gift card and store credit payments would pass the limit of %1 (%2 so far)")
                         .arg(money(m_offlineCaps.perDay), money(*today))};
    return {};
}

QString StoredValuePayments::pointsShort(const QJsonObject &payload, qint64 shortBy) const
{
    const StoreProfile &profile = m_checkout.profile();
    const QLocale locale(profile.localeName);
    return tr("Points taken offline: the customer's balance at the central store lacked %1 of the %2 points this "
              "sale spent (%3 not covered); the rest was taken. Ask the customer to settle it, or write it off")
        .arg(locale.toString(shortBy), locale.toString(payload.value(QLatin1String("amount")).toInteger()),
             Money(moneyFor(TenderMethod::Points, shortBy), profile.currency).format(locale));
}

bool StoredValuePayments::queuedOffline(const QUuid &redemption) const
{
    const auto waiting = m_offline.waiting();
    const QString id = redemption.toString(QUuid::WithoutBraces);
    return waiting && std::any_of(waiting->cbegin(), waiting->cend(),
                                  [&id](const OutboxRecord &record) { return record.recordId == id; });
}

bool StoredValuePayments::hasTender(const QJsonObject &record, const QString &tender)
{
    const QJsonArray tenders = record.value(QLatin1String("tenders")).toArray();
    return std::any_of(tenders.begin(), tenders.end(), [&tender](const QJsonValue &value) {
        return value.toObject().value(QLatin1String("reference")).toString().endsWith(tender);
    });
}

void StoredValuePayments::sendOffline()
{
    const auto waiting = m_offline.waiting();
    if (m_sendingOffline || !waiting)
        return;
    for (const OutboxRecord &record : *waiting) {
        const QJsonObject payload = record.payload;
        const auto entry = m_journal.entryForSale(payload.value(QLatin1String("sale")).toString());
        if (!entry)
            continue; // its sale is still open (on screen or parked)
        const QString tender = payload.value(QLatin1String("tender")).toString();
        const bool completed = entry->record.value(QLatin1String("status")).toString() != QLatin1String("voided");
        if (!completed || !hasTender(entry->record, tender)) {
            if (auto dropped = m_offline.drop(record); !dropped)
                qCWarning(lcStoredValue) << dropped.error();
            continue;
        }
        const StoredValueRedemption redemption{tenderMethodFromCode(payload.value(QLatin1String("method")).toString()),
                                               payload.value(QLatin1String("holder")).toString(),
                                               payload.value(QLatin1String("currency")).toString(),
                                               payload.value(QLatin1String("amount")).toInteger(),
                                               QUuid::fromString(payload.value(QLatin1String("sale")).toString()),
                                               QUuid::fromString(tender),
                                               true};
        m_sendingOffline = true;
        m_client.redeem(redemption, [this, self = QPointer(this), record](const StoredValueAnswer &answer) {
            if (!self)
                return;
            m_sendingOffline = false;
            if (answer.status == 0 || answer.status >= 500)
                return; // still unreachable: it waits for the next call
            // Taken, or refused for good (a card emptied meanwhile): the manager sees a refusal with its reason.
            // Points the customer's balance no longer held (spent elsewhere meanwhile) are taken as far as they
            // go and the rest is shown to the manager as a conflict.
            const auto status = !answer.value        ? OutboxOutcome::Status::Rejected
                                : answer.shortBy > 0 ? OutboxOutcome::Status::Conflict
                                                     : OutboxOutcome::Status::Sent;
            const QString detail = !answer.value        ? answer.value.error()
                                   : answer.shortBy > 0 ? pointsShort(record.payload, answer.shortBy)
                                                        : QString::number(*answer.value);
            const auto settled = m_offline.settle(record, status, detail);
            if (!settled) {
                qCWarning(lcStoredValue) << "offline redemption not settled:" << settled.error();
                return;
            }
            retryRefunds(); // a refund that waited for this redemption can go now
            sendOffline();
        });
        return;
    }
}

void StoredValuePayments::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void StoredValuePayments::giveBack(const QJsonObject &record)
{
    const QString id = record.value(QLatin1String("sale")).toString();
    if (record.value(QLatin1String("kind")).toString() == QLatin1String("return"))
        return giveBackEach(record.value(QLatin1String("refunds")).toArray(), id);
    if (record.value(QLatin1String("status")).toString() == QLatin1String("voided"))
        return giveBackEach(record.value(QLatin1String("tenders")).toArray(), QStringLiteral("void"));
    // An exchange's return is journaled inside its sale's transaction: its refunds are in the sale's record.
    const QJsonObject exchange = record.value(QLatin1String("exchange")).toObject();
    if (!exchange.isEmpty())
        giveBackEach(exchange.value(QLatin1String("refunds")).toArray(),
                     exchange.value(QLatin1String("return")).toString());
}

void StoredValuePayments::giveBackEach(const QJsonArray &moves, const QString &cause)
{
    for (const QJsonValue &value : moves) {
        const QJsonObject move = value.toObject();
        const TenderMethod method = tenderMethodFromCode(move.value(QLatin1String("method")).toString());
        const auto reference = StoredValueReference::parse(method, move.value(QLatin1String("reference")).toString());
        if (!reference)
            continue;
        const qint64 amountMinor = move.value(QLatin1String("amount")).toInteger();
        // Points go back whole: a share of a point is the store's, as when the points paid.
        const qint64 amount = method == TenderMethod::Points ? amountMinor / m_minorPerPoint : amountMinor;
        if (amount <= 0)
            continue;
        const QString key = cause + u'/' + QString::number(move.value(QLatin1String("tender")).toInt());
        send({method, reference->redemption, QUuid::createUuidV5(reference->redemption, key), amount, amountMinor});
    }
}

void StoredValuePayments::send(const PendingRefund &refund)
{
    keepWaiting(refund);
    if (queuedOffline(refund.redemption) || m_sending.contains(refund.refund))
        return; // nothing to give back before the central store has the redemption; or already on its way
    m_sending.insert(refund.refund);
    m_client.refund(refund.redemption, refund.refund, refund.amount,
                    [this, self = QPointer(this), refund](const StoredValueAnswer &answer) {
                        if (!self)
                            return;
                        m_sending.remove(refund.refund);
                        if (answer.value ||
                            answer.status == 404) { // 404: a redemption never made has nothing to give back
                            stopWaiting(refund.refund);
                            settle(refund.redemption);
                            if (answer.value)
                                Q_EMIT refunded(refund.method, refund.amountMinor);
                            return;
                        }
                        // Unreachable or failing: it waits and is asked again (the same refund UUID credits once).
                        // Refused (more than the redemption took): asking again would not change that.
                        if (answer.status != 0 && answer.status < 500)
                            stopWaiting(refund.refund);
                        Q_EMIT refundFailed(answer.value.error());
                    });
}

void StoredValuePayments::keepWaiting(const PendingRefund &refund)
{
    const bool known = std::any_of(m_pending.cbegin(), m_pending.cend(),
                                   [&refund](const PendingRefund &waiting) { return waiting.refund == refund.refund; });
    if (known)
        return;
    m_pending.append(refund);
    saveWaiting();
}

void StoredValuePayments::stopWaiting(const QUuid &refund)
{
    if (m_pending.removeIf([&refund](const PendingRefund &waiting) { return waiting.refund == refund; }) > 0)
        saveWaiting();
}

void StoredValuePayments::saveWaiting()
{
    QJsonArray saved;
    for (const PendingRefund &refund : std::as_const(m_pending)) {
        saved.append(QJsonObject{{QLatin1String("method"), tenderMethodCode(refund.method)},
                                 {QLatin1String("redemption"), refund.redemption.toString(QUuid::WithoutBraces)},
                                 {QLatin1String("refund"), refund.refund.toString(QUuid::WithoutBraces)},
                                 {QLatin1String("amount"), refund.amount},
                                 {QLatin1String("amountMinor"), refund.amountMinor}});
    }
    writeList(m_settings, refundsKey, saved, "waiting refunds not saved:");
}

void StoredValuePayments::loadWaiting()
{
    for (const QJsonValue &value : readList(m_settings, refundsKey)) {
        const QJsonObject refund = value.toObject();
        keepWaiting({tenderMethodFromCode(refund.value(QLatin1String("method")).toString()),
                     QUuid::fromString(refund.value(QLatin1String("redemption")).toString()),
                     QUuid::fromString(refund.value(QLatin1String("refund")).toString()),
                     refund.value(QLatin1String("amount")).toInteger(),
                     refund.value(QLatin1String("amountMinor")).toInteger()});
    }
}

QJsonArray StoredValuePayments::unsettled() const
{
    return readList(m_settings, pendingKey);
}

void StoredValuePayments::note(const StoredValueRedemption &redemption, qint64 amountMinor)
{
    QJsonArray pending = unsettled();
    pending.append(QJsonObject{{QLatin1String("method"), tenderMethodCode(redemption.method)},
                               {QLatin1String("sale"), redemption.saleId.toString(QUuid::WithoutBraces)},
                               {QLatin1String("tender"), redemption.tender.toString(QUuid::WithoutBraces)},
                               {QLatin1String("amount"), redemption.amount},
                               {QLatin1String("amountMinor"), amountMinor}});
    writeList(m_settings, pendingKey, pending, "redemption not noted:");
}

void StoredValuePayments::settle(const QUuid &tender)
{
    QJsonArray pending = unsettled();
    const QString id = tender.toString(QUuid::WithoutBraces);
    const qsizetype before = pending.size();
    for (qsizetype i = pending.size() - 1; i >= 0; --i) {
        if (pending.at(i).toObject().value(QLatin1String("tender")).toString() == id)
            pending.removeAt(i);
    }
    if (pending.size() == before)
        return;
    writeList(m_settings, pendingKey, pending, "redemption not settled:");
}

void StoredValuePayments::recover()
{
    loadWaiting();
    retryRefunds();
    // Whether the tender is on its sale: the sale on screen (restored), or the sale as journaled.
    const auto recorded = [this](const QString &saleId, const QString &tender) {
        QStringList references;
        if (m_checkout.sale().id().toString(QUuid::WithoutBraces) == saleId) {
            for (const Tender &onScreen : m_checkout.sale().tenders())
                references.append(onScreen.reference);
        } else if (const auto entry = m_journal.entryForSale(saleId)) {
            for (const QJsonValue &journaled : entry->record.value(QLatin1String("tenders")).toArray())
                references.append(journaled.toObject().value(QLatin1String("reference")).toString());
        }
        return std::any_of(references.cbegin(), references.cend(),
                           [&](const QString &reference) { return reference.endsWith(tender); });
    };
    for (const QJsonValue &value : unsettled()) {
        const QJsonObject pending = value.toObject();
        const QString tender = pending.value(QLatin1String("tender")).toString();
        const QUuid redemption = QUuid::fromString(tender);
        if (recorded(pending.value(QLatin1String("sale")).toString(), tender)) {
            settle(redemption);
            continue;
        }
        send({tenderMethodFromCode(pending.value(QLatin1String("method")).toString()), redemption,
              QUuid::createUuidV5(redemption, QStringLiteral("release")),
              pending.value(QLatin1String("amount")).toInteger(),
              pending.value(QLatin1String("amountMinor")).toInteger()});
    }
}

void StoredValuePayments::retryRefunds()
{
    const QList<PendingRefund> waiting = m_pending;
    for (const PendingRefund &refund : waiting)
        send(refund);
}

} // namespace omnitill
