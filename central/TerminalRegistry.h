#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QList>

namespace omnitill::central {

class ConnectionPool;

struct EnrolledTerminal
{
    QString terminalId;
    QString storeId;
    QString credential; // "<terminal id>.<secret>", shown once, sent as "Authorization: Bearer ..."
};

struct AuthenticatedTerminal
{
    QString terminalId;
    QString storeId;
};

struct TerminalInfo
{
    QString terminalId;
    QString storeId;
    QString name;
    QDateTime enrolledAt;
    QDateTime revokedAt; // invalid while the terminal is active
};

// The tills the central store knows, and how they prove who they are.
//
// An operator makes a one-time enrollment code for a store; a till exchanges it, once, for its own terminal
// id and secret. Only SHA-256 hashes of codes and secrets are stored: both are random and long (60 and 256
// bits), so a slow password hash would add nothing, and a stolen database holds no usable credential.
// Using a code is a single conditional UPDATE, so two tills racing with one code cannot both enroll, on
// either database and across instances. A revoked or unknown terminal is refused with nothing more said.
class TerminalRegistry
{
    Q_DECLARE_TR_FUNCTIONS(TerminalRegistry)

public:
    static constexpr qint64 codeValiditySeconds = 24 * 60 * 60;

    explicit TerminalRegistry(ConnectionPool &pool);

    // The code as a person types it: "K7QM-2XWD-9HTR".
    [[nodiscard]] Outcome<QString> createEnrollmentCode(const QString &storeId);
    [[nodiscard]] Outcome<EnrolledTerminal> enroll(const QString &code, const QString &name);
    // From the value of the Authorization header.
    [[nodiscard]] Outcome<AuthenticatedTerminal> authenticate(QByteArrayView authorization);
    [[nodiscard]] Outcome<void> revoke(const QString &terminalId);
    [[nodiscard]] Outcome<QList<TerminalInfo>> list();

private:
    ConnectionPool &m_pool;
};

} // namespace omnitill::central
