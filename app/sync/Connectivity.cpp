#include "Connectivity.h"

#include "CentralClient.h"
#include "OutboxDrain.h"

namespace omnitill {

Connectivity::Connectivity(CentralClient &client, OutboxDrain &drain, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_drain(drain)
{
    connect(&client, &CentralClient::requestFinished, this, &Connectivity::requestFinished);
    connect(&drain, &OutboxDrain::progressed, this, &Connectivity::refresh);
    connect(&m_check, &QTimer::timeout, this, &Connectivity::check);
    m_check.start(refreshMs);
    refresh();
}

QString Connectivity::state() const
{
    if (!m_client.hasCredential())
        return QStringLiteral("unlinked");
    if (m_finished == 0)
        return QStringLiteral("checking");
    if (m_unanswered >= 2 || m_unanswered == m_finished)
        return QStringLiteral("offline");
    if (m_unanswered == 1 || m_lastElapsedMs > m_slowMs || m_drain.failures() > 0)
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

QString Connectivity::clockWarning() const
{
    return m_client.clockWarning();
}

void Connectivity::refresh()
{
    const auto backlog = m_drain.backlog(m_otherKinds);
    m_backlogError = backlog ? QString() : backlog.error();
    if (backlog) {
        m_waiting = backlog->waiting;
        m_sendable = backlog->sendable;
        m_quarantined = backlog->quarantined;
        m_oldestWaiting = backlog->oldestWaiting;
    }
    Q_EMIT changed();
}

void Connectivity::check()
{
    refresh();
    const QString now = state();
    const bool unsure =
        now == QLatin1String("offline") || now == QLatin1String("degraded") || now == QLatin1String("checking");
    if (unsure && !m_drain.sending() && !m_drain.retryPending())
        m_client.get(QStringLiteral("/v1/keys"), {}, [](const CentralReply &) {});
}

void Connectivity::requestFinished(bool reached, qint64 elapsedMs)
{
    ++m_finished;
    m_unanswered = reached ? 0 : m_unanswered + 1;
    m_lastElapsedMs = elapsedMs;
    Q_EMIT changed();
}

} // namespace omnitill
