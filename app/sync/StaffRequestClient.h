#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <functional>

namespace omnitill {

class CentralClient;
class Database;
class OutboxTaskSender;

// A kiosk's call for staff as the central store reports it (central/openapi.yaml, StaffRequest).
struct StaffRequestStatus
{
    QString requestId;
    QString terminalName; // the kiosk that raised it
    QString kind;         // help, age_check, unknown_barcode, payment_failed, coupon
    QString details;
    QDateTime raisedAt;
    bool open = true;
    QDateTime resolvedAt;
    QString resolvedBy; // staff number
    QString resolvedByName;
    QString resolvedAtTerminalName;

    [[nodiscard]] static StaffRequestStatus fromJson(const QJsonObject &json);
    // "Kim Minji (1001) at Till 1": who resolved it, for a person.
    [[nodiscard]] QString resolverWords() const;
};

// The till's side of /v1/staff-requests. A kiosk's raise and its own resolution go through the outbox (tasks of
// kinds raiseKind and resolveKind that OutboxTaskSender sends in order, so a resolution never overtakes its
// raise, and both survive the central store being away or the till restarting); the rest asks the central
// store at once: a kiosk following its request, a cashier till listing the store's open ones and resolving
// one. A resolution someone else made first comes back as a refusal that names them.
class StaffRequestClient
{
    Q_DECLARE_TR_FUNCTIONS(StaffRequestClient)

public:
    static const QString raiseKind;
    static const QString raiseRoute;
    static const QString resolveKind;
    static const QString resolveRoute;
    using Followed = std::function<void(Result<StaffRequestStatus>)>;
    using Listed = std::function<void(Result<QList<StaffRequestStatus>>)>;

    StaffRequestClient(const Database &database, CentralClient &client, OutboxTaskSender &tasks);

    // Queues the kiosk's request and sets it going; its UUID, or why it could not be queued.
    [[nodiscard]] Result<QString> raise(const QString &kind, const QString &details);
    // Queues the kiosk's own resolution of its request, behind the raise.
    [[nodiscard]] Result<void> resolveLater(const QString &requestId, const QString &staffNumber,
                                            const QString &staffName, const QString &resolution);
    // Resolves a request now, from this till: the request as resolved, or why not (who came first).
    void resolve(const QString &requestId, const QString &staffNumber, const QString &staffName, Followed done);
    void follow(const QString &requestId, Followed done);
    // The store's open requests, with those resolved since resolvedSince when it is valid.
    void list(const QDateTime &resolvedSince, Listed done);

private:
    [[nodiscard]] Result<void> enqueue(const QString &recordId, const QString &kind, const QJsonObject &payload);

    const Database &m_database;
    CentralClient &m_client;
    OutboxTaskSender &m_tasks;
};

} // namespace omnitill
