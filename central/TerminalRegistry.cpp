#include "TerminalRegistry.h"

#include "AuditLog.h"
#include "ConnectionPool.h"
#include "RandomCode.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace omnitill::central {

namespace {

constexpr int codeLength = 12;
constexpr qsizetype secretBytes = 32;

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Compares in time independent of where the inputs differ, so response timing tells nothing of a hash.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

TerminalRegistry::TerminalRegistry(ConnectionPool &pool)
    : m_pool(pool)
{
}

Outcome<QString> TerminalRegistry::createEnrollmentCode(const QString &storeId)
{
    if (storeId.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("invalid_store"), tr("An enrollment code needs a store id"));
    const QString code = readableRandomCode(codeLength / 4);
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto inserted = transaction.run(
        QStringLiteral(
            "INSERT INTO enrollment_codes (code_hash, store_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
        {sha256Hex(normalizedCode(code).toLatin1()), storeId, sqlTime(now), sqlTime(now.addSecs(codeValiditySeconds))});
    if (!inserted)
        return inserted.error();
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("enrollment_code.created"), storeId);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return code;
}

Outcome<EnrolledTerminal> TerminalRegistry::enroll(const QString &code, const QString &name)
{
    const QString codeHash = sha256Hex(normalizedCode(code).toLatin1());
    QByteArray secret(secretBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secretBytes / 4);
    const QString secretText =
        QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    EnrolledTerminal terminal;
    terminal.terminalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    terminal.credential = terminal.terminalId + u'.' + secretText;

    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    const QString now = sqlTime(QDateTime::currentDateTimeUtc());
    // One statement both checks and uses the code: of two tills racing, only one changes the row.
    auto used = transaction.run(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, terminal_id = ? "
                                               "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
                                {now, terminal.terminalId, codeHash, now});
    if (!used)
        return used.error();
    if (used->numRowsAffected() != 1) {
        return ApiError::unauthorized(
            tr("This enrollment code is unknown, expired or already used; ask for a new one"));
    }
    auto store =
        transaction.run(QStringLiteral("SELECT store_id FROM enrollment_codes WHERE code_hash = ?"), {codeHash});
    if (!store)
        return store.error();
    QSqlQuery storeRow = std::move(store).value();
    if (!storeRow.next())
        return ApiError::internal(QStringLiteral("enrollment code vanished"));
    terminal.storeId = storeRow.value(0).toString();
    storeRow.finish();
    auto inserted =
        transaction.run(QStringLiteral("INSERT INTO terminals (terminal_id, store_id, name, secret_hash, "
                                       "enrolled_at) VALUES (?, ?, ?, ?, ?)"),
                        {terminal.terminalId, terminal.storeId, name, sha256Hex(secretText.toLatin1()), now});
    if (!inserted)
        return inserted.error();
    if (auto audited = AuditLog::record(transaction, AuditLog::terminalActor(terminal.terminalId),
                                        QStringLiteral("terminal.enrolled"), terminal.terminalId,
                                        terminal.storeId + QStringLiteral(" ") + name);
        !audited) {
        return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return terminal;
}

Outcome<AuthenticatedTerminal> TerminalRegistry::authenticate(QByteArrayView authorization)
{
    const ApiError refused = ApiError::unauthorized(tr("This terminal is not enrolled or has been revoked"));
    constexpr QByteArrayView scheme("Bearer ");
    if (!authorization.startsWith(scheme))
        return ApiError::unauthorized(tr("The request carries no terminal credential"));
    const QByteArray credential = authorization.sliced(scheme.size()).trimmed().toByteArray();
    const qsizetype dot = credential.indexOf('.');
    if (dot <= 0 || credential.size() > 256)
        return refused;
    const QString terminalId = QString::fromLatin1(credential.first(dot));
    auto query = runQuery(m_pool,
                          QStringLiteral("SELECT store_id, secret_hash FROM terminals WHERE terminal_id = ? AND "
                                         "revoked_at IS NULL"),
                          {terminalId});
    if (!query)
        return query.error();
    QSqlQuery row = std::move(query).value();
    if (!row.next())
        return refused;
    const QByteArray expected = row.value(1).toString().toLatin1();
    if (!constantTimeEquals(sha256Hex(credential.sliced(dot + 1)).toLatin1(), expected))
        return refused;
    return AuthenticatedTerminal{terminalId, row.value(0).toString()};
}

Outcome<void> TerminalRegistry::revoke(const QString &terminalId)
{
    auto begun = Transaction::begin(m_pool);
    if (!begun)
        return begun.error();
    Transaction transaction = std::move(begun).value();
    auto revoked = transaction.run(
        QStringLiteral("UPDATE terminals SET revoked_at = ? WHERE terminal_id = ? AND revoked_at IS NULL"),
        {sqlTime(QDateTime::currentDateTimeUtc()), terminalId});
    if (!revoked)
        return revoked.error();
    if (revoked->numRowsAffected() != 1)
        return ApiError::notFound(QStringLiteral("unknown_terminal"),
                                  tr("There is no active terminal %1").arg(terminalId));
    if (auto audited =
            AuditLog::record(transaction, QStringLiteral("admin"), QStringLiteral("terminal.revoked"), terminalId);
        !audited) {
        return audited.error();
    }
    return transaction.commit();
}

Outcome<QList<TerminalInfo>> TerminalRegistry::list()
{
    auto query = runQuery(m_pool, QStringLiteral("SELECT terminal_id, store_id, name, enrolled_at, revoked_at "
                                                 "FROM terminals ORDER BY enrolled_at"));
    if (!query)
        return query.error();
    QSqlQuery rows = std::move(query).value();
    QList<TerminalInfo> terminals;
    while (rows.next()) {
        terminals.append({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                          rows.value(3).toDateTime(), rows.value(4).toDateTime()});
    }
    return terminals;
}

} // namespace omnitill::central
