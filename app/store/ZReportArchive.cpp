#include "ZReportArchive.h"

#include "Database.h"
#include "SaleJournal.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
QByteArray canonical(const QJsonObject &report)
{
    return QJsonDocument(report).toJson(QJsonDocument::Compact);
}
} // namespace

ZReportArchive::ZReportArchive(const Database &database)
    : m_database(database)
{
}

QByteArray ZReportArchive::chainHash(const QByteArray &previousHash, const QByteArray &report, const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(QByteArrayView("\n"));
    hash.addData(report);
    hash.addData(QByteArrayView("\n"));
    hash.addData(text.toUtf8());
    return hash.result().toHex();
}

Result<qint64> ZReportArchive::nextNumber() const
{
    auto last = m_database.queryValue(QStringLiteral("SELECT COALESCE(MAX(z_number), 0) FROM z_reports"));
    if (!last)
        return Error{last.error()};
    return last->toLongLong() + 1;
}

Result<ZReportEntry> ZReportArchive::append(Transaction &transaction, ZReportEntry entry)
{
    Q_ASSERT(transaction.isOpen());
    QSqlQuery last(m_database.connection());
    if (!last.exec(QStringLiteral("SELECT hash FROM z_reports ORDER BY z_number DESC LIMIT 1")))
        return Error{tr("The Z report could not be saved: %1").arg(last.lastError().text())};
    entry.previousHash = last.next() ? last.value(0).toByteArray() : SaleJournal::genesisHash();
    const QByteArray report = canonical(entry.report);
    entry.hash = chainHash(entry.previousHash, report, entry.text);

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO z_reports (z_number, terminal_id, shift_id, created_at, report, text, "
                                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.zNumber);
    insert.addBindValue(entry.terminalId);
    insert.addBindValue(entry.shiftId);
    insert.addBindValue(entry.createdAt.toUTC().toString(Qt::ISODateWithMs));
    insert.addBindValue(QString::fromUtf8(report));
    insert.addBindValue(entry.text);
    insert.addBindValue(entry.previousHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return Error{tr("The Z report could not be saved: %1").arg(insert.lastError().text())};
    return entry;
}

Result<std::optional<ZReportEntry>> ZReportArchive::entry(qint64 zNumber) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT terminal_id, shift_id, created_at, report, text, previous_hash, hash "
                                 "FROM z_reports WHERE z_number = ?"));
    query.addBindValue(zNumber);
    if (!query.exec())
        return Error{tr("The Z report could not be read: %1").arg(query.lastError().text())};
    if (!query.next())
        return std::optional<ZReportEntry>();
    ZReportEntry entry;
    entry.zNumber = zNumber;
    entry.terminalId = query.value(0).toString();
    entry.shiftId = query.value(1).toLongLong();
    entry.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    entry.report = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    entry.text = query.value(4).toString();
    entry.previousHash = query.value(5).toByteArray();
    entry.hash = query.value(6).toByteArray();
    return std::optional<ZReportEntry>(entry);
}

Result<QList<ZReportSummary>> ZReportArchive::page(int limit, qint64 beforeZNumber) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT z_number, terminal_id, shift_id, created_at, report FROM z_reports "
                                 "WHERE ? = 0 OR z_number < ? ORDER BY z_number DESC LIMIT ?"));
    query.addBindValue(beforeZNumber);
    query.addBindValue(beforeZNumber);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{tr("The Z reports could not be read: %1").arg(query.lastError().text())};
    QList<ZReportSummary> page;
    while (query.next()) {
        const QJsonObject report = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        const auto minor = [&report](QLatin1StringView key, QLatin1StringView part = {}) {
            const QJsonValue value = report.value(key);
            return (part.isEmpty() ? value : value.toObject().value(part)).toInteger();
        };
        ZReportSummary summary;
        summary.zNumber = query.value(0).toLongLong();
        summary.terminalId = query.value(1).toString();
        summary.shiftId = query.value(2).toLongLong();
        summary.closedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        summary.openedAt = QDateTime::fromString(report.value(QLatin1String("openedAt")).toString(), Qt::ISODateWithMs);
        summary.openedBy = report.value(QLatin1String("openedBy")).toString();
        summary.closedBy = report.value(QLatin1String("closedBy")).toString();
        const QJsonObject names = report.value(QLatin1String("staffNames")).toObject();
        for (auto name = names.constBegin(); name != names.constEnd(); ++name)
            summary.staffNames.insert(name.key(), name.value().toString());
        summary.currency = report.value(QLatin1String("currency")).toString();
        summary.salesCount = minor(QLatin1String("sales"), QLatin1String("count"));
        summary.salesMinor = minor(QLatin1String("sales"), QLatin1String("amount"));
        summary.returnsMinor = minor(QLatin1String("returns"), QLatin1String("amount"));
        summary.expectedCashMinor = minor(QLatin1String("expectedCash"));
        summary.countedCashMinor = minor(QLatin1String("countedCash"));
        summary.overShortMinor = minor(QLatin1String("overShort"));
        page.append(summary);
    }
    return page;
}

Result<qint64> ZReportArchive::verify() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT z_number, report, text, previous_hash, hash FROM z_reports "
                                   "ORDER BY z_number")))
        return Error{tr("The Z reports could not be read: %1").arg(query.lastError().text())};
    QByteArray expectedPrevious = SaleJournal::genesisHash();
    qint64 expectedNumber = 1;
    while (query.next()) {
        const qint64 number = query.value(0).toLongLong();
        if (number != expectedNumber)
            return Error{tr("Z report %1 is missing").arg(expectedNumber)};
        const QByteArray hash = query.value(4).toByteArray();
        if (query.value(3).toByteArray() != expectedPrevious ||
            chainHash(expectedPrevious, query.value(1).toByteArray(), query.value(2).toString()) != hash)
            return Error{tr("Z report %1 was altered").arg(number)};
        expectedPrevious = hash;
        ++expectedNumber;
    }
    return expectedNumber - 1;
}

} // namespace omnitill
