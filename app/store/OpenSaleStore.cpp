#include "OpenSaleStore.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

namespace {
Error storeError(const QSqlQuery &query)
{
    return Error{
        QCoreApplication::translate("OpenSaleStore", "The sale could not be saved: %1").arg(query.lastError().text())};
}
} // namespace

OpenSaleStore::OpenSaleStore(const Database &database)
    : m_database(database)
{
}

Result<void> OpenSaleStore::append(const QUuid &saleId, qsizetype position, const SaleEvent &event)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO open_sale_events (sale_id, position, event) VALUES (?, ?, ?)"));
    insert.addBindValue(saleId.toString(QUuid::WithoutBraces));
    insert.addBindValue(position);
    insert.addBindValue(QJsonDocument(saleEventToJson(event)).toJson(QJsonDocument::Compact));
    if (!insert.exec())
        return storeError(insert);
    return {};
}

Result<void> OpenSaleStore::discard(Transaction &transaction, const QUuid &saleId)
{
    Q_ASSERT(transaction.isOpen());
    QSqlQuery remove(m_database.connection());
    remove.prepare(QStringLiteral("DELETE FROM open_sale_events WHERE sale_id = ?"));
    remove.addBindValue(saleId.toString(QUuid::WithoutBraces));
    if (!remove.exec())
        return storeError(remove);
    return {};
}

Result<QList<QList<SaleEvent>>> OpenSaleStore::load() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // rowid follows insertion, so the first event of each sale orders the sales by opening.
    if (!query.exec(
            QStringLiteral("SELECT e.sale_id, e.event FROM open_sale_events e "
                           "JOIN (SELECT sale_id, MIN(rowid) AS first FROM open_sale_events GROUP BY sale_id) s "
                           "ON s.sale_id = e.sale_id ORDER BY s.first, e.position")))
        return storeError(query);
    QList<QList<SaleEvent>> sales;
    QString currentSale;
    while (query.next()) {
        auto event = saleEventFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        if (!event)
            return Error{event.error()};
        if (query.value(0).toString() != currentSale) {
            currentSale = query.value(0).toString();
            sales.append(QList<SaleEvent>());
        }
        sales.last().append(*event);
    }
    return sales;
}

} // namespace omnitill
