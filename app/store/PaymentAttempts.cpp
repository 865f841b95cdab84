#include "PaymentAttempts.h"

#include "Database.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace omnitill {

namespace {
constexpr PaymentAttemptState allStates[] = {PaymentAttemptState::Requested, PaymentAttemptState::Sent,
                                             PaymentAttemptState::Unknown,   PaymentAttemptState::Approved,
                                             PaymentAttemptState::Declined,  PaymentAttemptState::Recorded,
                                             PaymentAttemptState::Abandoned, PaymentAttemptState::Reversed};

// The states an attempt may come from on its way to `to`.
QStringList allowedFrom(PaymentAttemptState to)
{
    const auto codes = [](std::initializer_list<PaymentAttemptState> states) {
        QStringList list;
        for (const PaymentAttemptState state : states)
            list << PaymentAttempts::stateCode(state);
        return list;
    };
    using S = PaymentAttemptState;
    switch (to) {
    case S::Requested:
        return {};
    case S::Sent:
    case S::Abandoned:
        return codes({S::Requested});
    case S::Unknown:
        return codes({S::Sent, S::Unknown});
    case S::Approved:
    case S::Declined:
        return codes({S::Sent, S::Unknown});
    case S::Recorded:
    case S::Reversed:
        return codes({S::Approved});
    }
    return {};
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

PaymentAttempts::PaymentAttempts(const Database &database)
    : m_database(database)
{
}

QString PaymentAttempts::stateCode(PaymentAttemptState state)
{
    switch (state) {
    case PaymentAttemptState::Requested:
        return QStringLiteral("requested");
    case PaymentAttemptState::Sent:
        return QStringLiteral("sent");
    case PaymentAttemptState::Unknown:
        return QStringLiteral("unknown");
    case PaymentAttemptState::Approved:
        return QStringLiteral("approved");
    case PaymentAttemptState::Declined:
        return QStringLiteral("declined");
    case PaymentAttemptState::Recorded:
        return QStringLiteral("recorded");
    case PaymentAttemptState::Abandoned:
        return QStringLiteral("abandoned");
    case PaymentAttemptState::Reversed:
        return QStringLiteral("reversed");
    }
    return {};
}

Result<void> PaymentAttempts::create(const PaymentAttempt &attempt, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO payment_attempts (service_id, sale_id, amount_minor, currency, state, "
                       "created_at, updated_at, kind, refund_of) VALUES (?, ?, ?, ?, 'requested', ?, ?, ?, ?)"));
    const bool refund = attempt.kind == PaymentAttempt::Kind::Refund;
    for (const QVariant &value :
         {QVariant(attempt.serviceId), QVariant(attempt.saleId), QVariant(attempt.amountMinor),
          QVariant(attempt.currency), QVariant(timestamp(at)), QVariant(timestamp(at)),
          QVariant(refund ? QStringLiteral("refund") : QStringLiteral("purchase")),
          refund ? QVariant(QString::fromUtf8(QJsonDocument(attempt.refundOf).toJson(QJsonDocument::Compact)))
                 : QVariant()})
        query.addBindValue(value);
    if (!query.exec()) {
        if (query.lastError().text().contains(QLatin1String("payment_attempts_one_in_flight")))
            return Error{tr("A card payment is already in progress.")};
        return Error{tr("The card payment could not be saved: %1").arg(query.lastError().text())};
    }
    return transaction.commit();
}

Result<void> PaymentAttempts::advance(const PaymentAttempt &attempt, PaymentAttemptState to, const QDateTime &at)
{
    auto begun = Transaction::begin(m_database);
    if (!begun)
        return Error{begun.error()};
    Transaction transaction = std::move(begun).value();
    if (auto advanced = advance(transaction, attempt, to, at); !advanced)
        return advanced;
    return transaction.commit();
}

Result<void> PaymentAttempts::advance(Transaction &, const PaymentAttempt &attempt, PaymentAttemptState to,
                                      const QDateTime &at)
{
    const QStringList from = allowedFrom(to);
    QSqlQuery query(m_database.connection());
    QStringList placeholders(from.size(), QStringLiteral("?"));
    query.prepare(QStringLiteral("UPDATE payment_attempts SET state = ?, outcome = ?, approved_minor = ?, "
                                 "psp_reference = ?, transaction_time = ?, updated_at = ?, offline = ? "
                                 "WHERE service_id = ? AND state IN (%1)")
                      .arg(placeholders.join(QLatin1Char(','))));
    for (const QVariant &value :
         {QVariant(stateCode(to)), QVariant(attempt.outcome), QVariant(attempt.approvedMinor),
          QVariant(attempt.pspReference),
          attempt.transactionTime.isValid() ? QVariant(timestamp(attempt.transactionTime)) : QVariant(),
          QVariant(timestamp(at)), QVariant(attempt.offline ? 1 : 0), QVariant(attempt.serviceId)})
        query.addBindValue(value);
    for (const QString &state : from)
        query.addBindValue(state);
    if (!query.exec())
        return Error{tr("The card payment could not be saved: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{tr("The card payment %1 cannot become %2 now.").arg(attempt.serviceId, stateCode(to))};
    return {};
}

std::optional<PaymentAttempt> PaymentAttempts::read(const QString &where, const QString &value) const
{
    const QList<PaymentAttempt> found = readAll(where + QStringLiteral(" LIMIT 1"), value);
    return found.isEmpty() ? std::nullopt : std::optional<PaymentAttempt>(found.first());
}

QList<PaymentAttempt> PaymentAttempts::readAll(const QString &where, const QString &value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT service_id, sale_id, amount_minor, currency, state, outcome, approved_minor, "
                       "psp_reference, transaction_time, kind, refund_of, offline FROM payment_attempts WHERE ") +
        where);
    if (!value.isNull())
        query.addBindValue(value);
    QList<PaymentAttempt> attempts;
    if (!query.exec())
        return attempts;
    while (query.next()) {
        PaymentAttempt attempt;
        attempt.serviceId = query.value(0).toString();
        attempt.saleId = query.value(1).toString();
        attempt.amountMinor = query.value(2).toLongLong();
        attempt.currency = query.value(3).toString();
        for (const PaymentAttemptState state : allStates)
            if (stateCode(state) == query.value(4).toString())
                attempt.state = state;
        attempt.outcome = query.value(5).toString();
        attempt.approvedMinor = query.value(6).toLongLong();
        attempt.pspReference = query.value(7).toString();
        attempt.transactionTime = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        attempt.kind = query.value(9).toString() == QLatin1String("refund") ? PaymentAttempt::Kind::Refund
                                                                            : PaymentAttempt::Kind::Purchase;
        attempt.refundOf = QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
        attempt.offline = query.value(11).toBool();
        attempts.append(attempt);
    }
    return attempts;
}

QString PaymentAttempts::newServiceId()
{
    // nexo allows 1 to 10 characters; 40 random bits make a repeat on one terminal practically impossible,
    // and the table's primary key refuses one anyway.
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

std::optional<PaymentAttempt> PaymentAttempts::find(const QString &serviceId) const
{
    return read(QStringLiteral("service_id = ?"), serviceId);
}

std::optional<PaymentAttempt> PaymentAttempts::approvedPayment(const QString &pspReference) const
{
    return read(QStringLiteral("kind = 'purchase' AND state = 'recorded' AND psp_reference = ?"), pspReference);
}

Result<qint64> PaymentAttempts::offlineTotalSince(const QDateTime &since) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COALESCE(SUM(approved_minor), 0) FROM payment_attempts WHERE kind = "
                       "'purchase' AND offline = 1 AND state IN ('approved', 'recorded') AND created_at >= ?"));
    query.addBindValue(timestamp(since));
    if (!query.exec() || !query.next())
        return Error{tr("The offline card payments cannot be read: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

std::optional<PaymentAttempt> PaymentAttempts::inFlight() const
{
    // Spelled as the partial index is, so SQLite answers from it.
    return read(
        QStringLiteral("state IN ('requested', 'sent', 'unknown') OR (state = 'approved' AND kind = 'purchase')"),
        QString());
}

QList<PaymentAttempt> PaymentAttempts::refundsAwaitingReturn() const
{
    return readAll(QStringLiteral("kind = 'refund' AND state = 'approved' ORDER BY created_at, rowid"), QString());
}

} // namespace omnitill
