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
//   online     the last requests were answered quickly and nothing that could be sent waits
//   sending    as online, with records that could be sent still waiting: never "online" over a queue
//   degraded   answered, but slowly (over slowMs), after a recent failure, or the drain's last try failed
//   offline    the last two requests (or every one so far) got no answer
// waiting counts every record not yet sent, including kinds the central store cannot take yet.
class Connectivity : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(int sendable READ sendable NOTIFY changed)
    Q_PROPERTY(int quarantined READ quarantined NOTIFY changed)
    Q_PROPERTY(int oldestWaitingMinutes READ oldestWaitingMinutes NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 slowMs = 2000;
    static constexpr int remembered = 4; // outcomes kept to tell "degraded" from "online"
    static constexpr int refreshMs = 15000;

    Connectivity(CentralClient &client, OutboxDrain &drain, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    [[nodiscard]] QString state() const;
    [[nodiscard]] int waiting() const { return int(m_waiting); }
    [[nodiscard]] int sendable() const { return int(m_sendable); }
    [[nodiscard]] int quarantined() const { return int(m_quarantined); }
    [[nodiscard]] int oldestWaitingMinutes() const;
    [[nodiscard]] QString lastError() const;

public Q_SLOTS:
    // Reads the backlog again (after a sale, or as time makes the oldest record older).
    void refresh();
    // One request to the central store finished: answered at all, and in how long.
    void requestFinished(bool reached, qint64 elapsedMs);

Q_SIGNALS:
    void changed();

private:
    struct Outcome
    {
        bool reached = false;
        qint64 elapsedMs = 0;
    };

    CentralClient &m_client;
    OutboxDrain &m_drain;
    Clock m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    QList<Outcome> m_outcomes; // newest last, at most `remembered`
    qint64 m_waiting = 0;
    qint64 m_sendable = 0;
    qint64 m_quarantined = 0;
    QDateTime m_oldestWaiting;
    QString m_backlogError;
    QTimer m_refresh;
};

} // namespace omnitill
