#pragma once

#include "OutboxQueue.h"
#include "PickupCache.h"

#include <QObject>

namespace omnitill {

class CentralClient;
struct CentralReply;

// Sends the pickups handed over offline (outbox records of kind "pickup", written by PickupCache) to
// POST /v1/pickups, and the online-order returns taken back offline (kind "online_return") to POST /v1/returns,
// oldest first, one at a time. OutboxDrain carries the sales and leaves these alone. A return is known at the
// central store by its return UUID, so a resend refunds once.
//
// Invariants: a pickup is marked sent only after the central store answered it, so a lost answer leaves it
// waiting and it is sent again; the store knows it by its pickup UUID and answers as the first time, so an
// order is never handed over twice. A pickup the store refuses (the order expired, was cancelled, or was
// collected elsewhere meanwhile) is quarantined with the store's reason for the manager, and the pickups
// behind it go on. A try that gets no answer, a 5xx or a refused credential marks nothing and ends the run:
// the next send() (after the next pull, or the next offline pickup) tries again.
class PickupSender : public QObject
{
    Q_OBJECT

public:
    PickupSender(const Database &database, CentralClient &client, QObject *parent = nullptr);

    [[nodiscard]] bool sending() const { return m_sending; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Sends what waits, unless a run is under way.
    void send();

Q_SIGNALS:
    // A run ended: how many pickups still wait (-1 when the outbox could not be read).
    void finished(int waiting);

private:
    void sendNext();
    void answered(const OutboxRecord &record, const CentralReply &reply);
    void stop(const QString &reason);
    // What the manager reads of a record the central store refused for good.
    [[nodiscard]] static QString refusal(const OutboxRecord &record, const QString &reason);

    CentralClient &m_client;
    OutboxQueue m_queue;
    PickupCache m_cache;
    QString m_lastError;
    bool m_sending = false;
};

} // namespace omnitill
