#pragma once

#include "CentralClient.h"
#include "OutboxQueue.h"

#include <QObject>
#include <QTimer>

namespace omnitill {

class Database;

// Sends the outbox's task records (ship-to-home orders, receipt mails: not the journal's sales, which
// OutboxDrain sends in batches) to the central store, one POST per record, oldest first, one at a time.
//
// Invariants: a record is marked sent only with the central store's answer (every task route is idempotent by
// the record's own UUIDs, so a resend after a lost answer changes nothing there); one the store refuses as such
// (400, 404, 409, 413) is quarantined with its reason and the next goes on; a failure of the network or the
// store (no answer, 5xx, 401) marks nothing and stops the round: the next send(), or the poll, tries again.
class OutboxTaskSender : public QObject
{
    Q_OBJECT

public:
    // Where records of a kind are POSTed: their payload is the body.
    struct Route
    {
        QString kind;
        QString path;
    };
    static constexpr int defaultPollMs = 30000;

    OutboxTaskSender(const Database &database, CentralClient &client, QList<Route> routes, QObject *parent = nullptr);

    void startPolling(int pollMs = defaultPollMs) { m_poll.start(pollMs); }
    [[nodiscard]] bool sending() const { return m_sending; }
    // The task records that wait, of this sender's kinds.
    [[nodiscard]] qint64 waiting() const;

public Q_SLOTS:
    // Sends what waits, unless a round is on its way.
    void send();

Q_SIGNALS:
    // A record's outcome: sent (with the central store's answer) or quarantined (with its reason).
    void recordSent(const QString &recordId, const QString &kind, const QJsonObject &answer);
    void recordRefused(const QString &recordId, const QString &kind, const QString &reason);
    // The round ended: everything sent, or a failure that left the rest waiting (reason says which).
    void roundFinished(const QString &failure);

private:
    void sendNext();
    void answered(const OutboxRecord &record, const CentralReply &reply);

    CentralClient &m_client;
    OutboxQueue m_queue;
    QList<Route> m_routes;
    QStringList m_kinds;
    QTimer m_poll;
    bool m_sending = false;
};

} // namespace omnitill
