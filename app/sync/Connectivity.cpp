#include "Connectivity.h"

#include "CentralClient.h"
#include "OutboxDrain.h"

#include <algorithm>

namespace omnitill {

Connectivity::Connectivity(CentralClient &client, OutboxDrain &drain, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_drain(drain)
{
    connect(&client, &CentralClient::requestFinished, this, &Connectivity::requestFinished);
    connect(&drain, &OutboxDrain::progressed, this, &Connectivity::refresh);
    connect(&m_refresh, &QTimer::timeout, this, &Connectivity::refresh);
    m_refresh.start(refreshMs);
    refresh();
}

QString Connectivity::state() const
{
    if (!m_client.hasCredential())
        return QStringLiteral("unlinked");
    if (m_outcomes.isEmpty())
        return QStringLiteral("checking");
    const bool lastReached = m_outcomes.last().reached;
    const bool anyReached =
        std::any_of(m_outcomes.begin(), m_outcomes.end(), [](const Outcome &o) { return o.reached; });
    const bool twoFailed = m_outcomes.size() >= 2 && !m_outcomes.at(m_outcomes.size() - 2).reached && !lastReached;
    if (!anyReached || twoFailed)
        return QStringLiteral("offline");
    const bool anyFailed =
        std::any_of(m_outcomes.begin(), m_outcomes.end(), [](const Outcome &o) { return !o.reached; });
    if (anyFailed || m_outcomes.last().elapsedMs > slowMs || m_drain.failures() > 0)
        return QStringLiteral("degraded");
    return m_sendable > 0 ? QStringLiteral("sending") : QStringLiteral("online");
}

int Connectivity::oldestWaitingMinutes() const
{
    return m_oldestWaiting.isValid() ? int(std::max<qint64>(0, m_oldestWaiting.secsTo(m_clock()) / 60)) : 0;
}

QString Connectivity::lastError() const
{
    return m_backlogError.isEmpty() ? m_drain.lastError() : m_backlogError;
}

void Connectivity::refresh()
{
    const auto backlog = m_drain.backlog();
    m_backlogError = backlog ? QString() : backlog.error();
    if (backlog) {
        m_waiting = backlog->waiting;
        m_sendable = backlog->sendable;
        m_quarantined = backlog->quarantined;
        m_oldestWaiting = backlog->oldestWaiting;
    }
    Q_EMIT changed();
}

void Connectivity::requestFinished(bool reached, qint64 elapsedMs)
{
    m_outcomes.append({reached, elapsedMs});
    if (m_outcomes.size() > remembered)
        m_outcomes.removeFirst();
    Q_EMIT changed();
}

} // namespace omnitill
