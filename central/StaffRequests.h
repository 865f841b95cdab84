#pragma once

#include "ApiError.h"
#include "TerminalRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace omnitill::central {

class ConnectionPool;

// A kiosk's call for staff as the tills see it: who raised it (terminal and its name), what for, and once
// resolved, by whom (staff number and name), where and how.
struct StaffRequest
{
    QString requestId;
    QString storeId;
    QString terminalId;
    QString terminalName;
    QString kind; // help, age_check, unknown_barcode, payment_failed, coupon
    QString details;
    QDateTime raisedAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedBy;
    QString resolvedByName;
    QString resolvedAtTerminal;
    QString resolvedAtTerminalName;
    QString resolution;

    [[nodiscard]] bool open() const { return !resolvedAt.isValid(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// Who resolves a request, and how.
struct StaffResolution
{
    QString staffNumber;
    QString staffName;
    QString resolution;
};

// The store's calls for staff (migration 0018). A request is raised once, by its UUID: raising it again gives
// back what is stored. It is resolved once: the first resolver wins, the same resolver asking again (a till's
// resend) gets the same answer, anyone else 409 already_resolved naming who did. A terminal sees and resolves
// only the requests of its own store.
class StaffRequests
{
    Q_DECLARE_TR_FUNCTIONS(StaffRequests)

public:
    static const QStringList kinds;
    static constexpr int maximumDetails = 500;
    static constexpr int maximumListed = 200;

    explicit StaffRequests(ConnectionPool &pool);

    // The request as stored, and whether this call stored it.
    struct Raised
    {
        StaffRequest request;
        bool created = false;
    };
    [[nodiscard]] Outcome<Raised> raise(const QString &requestId, const QString &kind, const QString &details,
                                        const QDateTime &raisedAt, const AuthenticatedTerminal &terminal);
    [[nodiscard]] Outcome<StaffRequest> resolve(const QString &requestId, const StaffResolution &resolution,
                                                const AuthenticatedTerminal &terminal);
    // 404 unknown_request for one of another store too.
    [[nodiscard]] Outcome<StaffRequest> find(const QString &requestId, const QString &storeId);
    // The store's open requests, and those resolved since resolvedSince when it is valid; oldest first.
    [[nodiscard]] Outcome<QList<StaffRequest>> listed(const QString &storeId, const QDateTime &resolvedSince);

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
