#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <functional>

namespace omnitill {

class CentralClient;
class OutboxDrain;

// Whether the till is in touch with the central store, decided from what its real requests did (answered or
// not, how fast; the outbox drain's tries), never from a ping alone, and how much waits to be sent. What the
// status bar shows.
//   unlinked   no central store configured: the till sells on its own
//   checking   linked, no request has finished yet
//   online     the last request was answered within slowMs, the drain's last try did not fail, and nothing
//              that could be sent waits
//   sending    as online, with records that could be sent still waiting: never "online" over a queue
//   degraded   the last request was answered slowly, or failed after one that was answered, or the drain's
//              last try failed (a 5xx, a refused credential, an answer it could not use)
//   offline    the last two requests (or every one so far) got no answer
// waiting counts every record not yet sent, including kinds the central store cannot take yet; sendable counts the
// drain's kinds and those other senders carry (setOtherSenders: pickups, coupon redemptions, tasks), so a pickup
// that waits is never hidden under "online". While the state is unsure (checking, offline or degraded) and the
// drain has no retry of its own coming, it asks the store for its keys now and then, so that it notices the store
// is back without a sale to send.
class Connectivity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int sendable READ sendable NOTIFY changed)
    Q_PROPERTY(int quarantined READ quarantined NOTIFY changed)
    Q_PROPERTY(int oldestWaitingMinutes READ oldestWaitingMinutes NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString clockWarning READ clockWarning NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 defaultSlowMs = 2000;
    static constexpr int refreshMs = 15000;

    Connectivity(CentralClient &client, OutboxDrain &drain, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setSlowMs(qint64 slowMs) { m_slowMs = slowMs; }
    // The outbox kinds that senders other than the drain send (see above).
    void setOtherSenders(const QStringList &kinds) { m_otherKinds = kinds; }

    [[nodiscard]] QString state() const;
    [[nodiscard]] int waiting() const { return int(m_waiting); }
    [[nodiscard]] int sendable() const { return int(m_sendable); }
    [[nodiscard]] int quarantined() const { return int(m_quarantined); }
    [[nodiscard]] int oldestWaitingMinutes() const;
    [[nodiscard]] QString lastError() const;
    // The till's clock against the central store's, in words, when they differ by more than a minute (from the
    // Date of the store's last answer): signed codes are checked by the store's time, but receipts and reports
    // carry the till's.
    [[nodiscard]] QString clockWarning() const;

public Q_SLOTS:
    // Reads the backlog again (after a sale, or as time makes the oldest record older).
    void refresh();
    // As refresh(), and asks the store for its keys when the till cannot tell it is back (see above).
    void check();
    // One request to the central store finished: answered at all, and in how long.
    void requestFinished(bool reached, qint64 elapsedMs);

Q_SIGNALS:
    void changed();

private:
    CentralClient &m_client;
    OutboxDrain &m_drain;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    qint64 m_slowMs = defaultSlowMs;
    int m_finished = 0;   // requests finished so far
    int m_unanswered = 0; // of the latest, how many in a row got no answer
    qint64 m_lastElapsedMs = 0;
    qint64 m_waiting = 0;
    qint64 m_sendable = 0;
    qint64 m_quarantined = 0;
    QDateTime m_oldestWaiting;
    QStringList m_otherKinds;
    QString m_backlogError;
    QTimer m_check;
};

} // namespace omnitill
