#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace omnitill::central {

// A sale record from a till, checked and with the fields the central store indexes taken out.
struct IncomingSale
{
    QString saleId; // lower-case UUID without braces
    QString storeId;
    QString tillTerminal; // the terminal id the till wrote into the record
    qint64 sequence = 0;
    QString status; // completed or voided
    QString currency;
    qint64 totalMinor = 0;
    QDateTime closedAt;
    QString customerId;   // empty when no customer was identified
    QByteArray canonical; // compact JSON with sorted keys: what is stored and hashed
    QString recordHash;   // SHA-256 of canonical, hex: tells a resend from a different sale with the same id
};

// Reads one sale record as the till's journal writes it (app/domain/SaleRecord.cpp, plus "sequence" from
// the journal and, once customers are attached at the till, "customer"): refuses anything that is not an
// object, lacks a field, has a field of the wrong type, or holds an impossible value, with a reason that
// names the field. The record is otherwise kept as it came.
class SaleRecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(SaleRecordValidator)

public:
    [[nodiscard]] static Result<IncomingSale> validate(const QJsonValue &record);
    // JSON numbers are doubles to QJsonValue; an integer is one that converts without loss.
    [[nodiscard]] static bool isInteger(const QJsonValue &value);
};

} // namespace omnitill::central
