#include "OutboxTaskSender.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace omnitill {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// The central store read the record and refused it: the record is at fault, sending it again cannot help.
bool refusedAsSuch(int status)
{
    return status == 400 || status == 404 || status == 409 || status == 413;
}

} // namespace

OutboxTaskSender::OutboxTaskSender(const Database &database, CentralClient &client, QList<Route> routes,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queue(database)
    , m_routes(std::move(routes))
{
    for (const Route &route : m_routes)
        m_kinds.append(route.kind);
    connect(&m_poll, &QTimer::timeout, this, &OutboxTaskSender::send);
}

qint64 OutboxTaskSender::waiting() const
{
    const auto backlog = m_queue.backlog(m_kinds);
    return backlog ? backlog->sendable : 0;
}

void OutboxTaskSender::send()
{
    if (m_sending)
        return;
    m_sending = true;
    sendNext();
}

void OutboxTaskSender::sendNext()
{
    const auto next = m_queue.waiting(m_kinds, 1);
    if (!next || next->isEmpty() || !m_client.hasCredential()) {
        m_sending = false;
        Q_EMIT roundFinished(!next ? next.error()
                                   : (next->isEmpty() ? QString() : tr("The till is not enrolled at a central store")));
        return;
    }
    const OutboxRecord record = next->first();
    const auto route =
        std::find_if(m_routes.cbegin(), m_routes.cend(), [&](const Route &r) { return r.kind == record.kind; });
    m_client.post(route->path, record.payload, [this, record](const CentralReply &reply) { answered(record, reply); });
}

void OutboxTaskSender::answered(const OutboxRecord &record, const CentralReply &reply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reply.ok()) {
        const QString answer = QString::fromUtf8(QJsonDocument(reply.json).toJson(QJsonDocument::Compact));
        if (auto marked = m_queue.record({{record.id, OutboxOutcome::Status::Sent, answer}}, now); !marked)
            qCWarning(lcSync) << "task" << record.recordId << "sent but not marked:" << marked.error();
        Q_EMIT recordSent(record.recordId, record.kind, reply.json);
        sendNext();
        return;
    }
    if (refusedAsSuch(reply.status)) {
        const OutboxOutcome::Status status =
            reply.status == 409 ? OutboxOutcome::Status::Conflict : OutboxOutcome::Status::Rejected;
        if (auto marked = m_queue.record({{record.id, status, reply.error}}, now); !marked)
            qCWarning(lcSync) << "task" << record.recordId << "refused but not marked:" << marked.error();
        qCWarning(lcSync) << "the central store refused task" << record.recordId << ":" << reply.error;
        Q_EMIT recordRefused(record.recordId, record.kind, reply.error);
        sendNext();
        return;
    }
    qCInfo(lcSync) << "task" << record.recordId << "waits:" << reply.error;
    m_sending = false;
    Q_EMIT roundFinished(reply.error);
}

} // namespace omnitill
