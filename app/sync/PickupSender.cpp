#include "PickupSender.h"

#include "CentralClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

const QStringList pickupKinds{QString(PickupCache::outboxKind), QString(PickupCache::returnKind)};

bool isReturn(const OutboxRecord &record)
{
    return record.kind == PickupCache::returnKind;
}

// The central store read the pickup and will never take it as it is: sending it again cannot help.
bool refusedForGood(int status)
{
    return status == 400 || status == 404 || status == 409 || status == 413;
}

} // namespace

PickupSender::PickupSender(const Database &database, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queue(database)
    , m_cache(database)
{
}

void PickupSender::send()
{
    if (m_sending || !m_client.hasCredential())
        return;
    m_sending = true;
    sendNext();
}

void PickupSender::sendNext()
{
    auto next = m_queue.waiting(pickupKinds, 1);
    if (!next) {
        stop(next.error());
        return;
    }
    if (next->isEmpty()) {
        m_sending = false;
        m_lastError.clear();
        Q_EMIT finished(0);
        return;
    }
    const OutboxRecord record = next->first();
    m_client.post(isReturn(record) ? QStringLiteral("/v1/returns") : QStringLiteral("/v1/pickups"), record.payload,
                  [this, record](const CentralReply &reply) { answered(record, reply); });
}

void PickupSender::answered(const OutboxRecord &record, const CentralReply &reply)
{
    if (!reply.ok() && !refusedForGood(reply.status)) {
        stop(reply.error);
        return;
    }
    const OutboxOutcome outcome =
        reply.ok() ? OutboxOutcome{record.id, OutboxOutcome::Status::Sent,
                                   QString::fromUtf8(QJsonDocument(reply.json).toJson(QJsonDocument::Compact))}
                   : OutboxOutcome{record.id, OutboxOutcome::Status::Rejected, refusal(record, reply.error)};
    if (auto recorded = m_queue.record({outcome}, QDateTime::currentDateTimeUtc()); !recorded) {
        stop(recorded.error());
        return;
    }
    if (auto settled = m_cache.settle(record.payload.value(QLatin1String("order")).toString()); !settled)
        qCWarning(lcSync) << "pickup cache not settled:" << settled.error();
    sendNext();
}

QString PickupSender::refusal(const OutboxRecord &record, const QString &reason)
{
    const QString order = record.payload.value(QLatin1String("order")).toString();
    if (!isReturn(record))
        return tr("Pickup of order %1 refused by the central store: %2").arg(order, reason);
    // The refund was paid here already: the manager settles it with the customer or the online shop.
    return tr("Return from order %1, refunded here offline (%2), refused by the central store: %3")
        .arg(order, record.payload.value(QLatin1String("refund")).toString(), reason);
}

void PickupSender::stop(const QString &reason)
{
    m_sending = false;
    m_lastError = reason;
    qCInfo(lcSync) << "offline pickups wait:" << reason;
    const auto backlog = m_queue.waiting(pickupKinds, 1000);
    Q_EMIT finished(backlog ? int(backlog->size()) : -1);
}

} // namespace omnitill
