#include "PickupSender.h"

#include "CentralClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

const QStringList pickupKinds{QString(PickupCache::outboxKind)};

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
    m_client.post(QStringLiteral("/v1/pickups"), record.payload,
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
                   : OutboxOutcome{record.id, OutboxOutcome::Status::Rejected,
                                   tr("Pickup of order %1 refused by the central store: %2")
                                       .arg(record.payload.value(QLatin1String("order")).toString(), reply.error)};
    if (auto recorded = m_queue.record({outcome}, QDateTime::currentDateTimeUtc()); !recorded) {
        stop(recorded.error());
        return;
    }
    if (auto settled = m_cache.settle(record.payload.value(QLatin1String("order")).toString()); !settled)
        qCWarning(lcSync) << "pickup cache not settled:" << settled.error();
    sendNext();
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
