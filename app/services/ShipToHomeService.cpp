#include "ShipToHomeService.h"

#include "CheckoutService.h"
#include "Database.h"
#include "OutboxQueue.h"
#include "OutboxTaskSender.h"
#include "ShipOrderNumber.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace omnitill {

Q_LOGGING_CATEGORY(lcShipToHome, "omnitill.shiptohome")

const QString ShipToHomeService::taskKind = QStringLiteral("ship_order");
const QString ShipToHomeService::route = QStringLiteral("/v1/ship-orders");

namespace {

// What the customer paid for the line, per unit: when it does not divide, the first units carry one minor unit
// more, so the order's lines add up to exactly what the sale took.
QJsonArray orderLines(const QJsonObject &line, const QString &language)
{
    const QJsonObject product = line.value(QLatin1String("product")).toObject();
    const QString nameKo = product.value(QLatin1String("nameKo")).toString();
    const QString nameEn = product.value(QLatin1String("nameEn")).toString();
    const QString name = (language == QLatin1String("ko") && !nameKo.isEmpty()) || nameEn.isEmpty() ? nameKo : nameEn;
    const qint64 units = line.value(QLatin1String("quantity")).toInteger() / 1000;
    const qint64 paid = line.value(QLatin1String("paid")).toInteger();
    const auto orderLine = [&](qint64 quantity, qint64 unitPrice) {
        return QJsonObject{{QLatin1String("sku"), product.value(QLatin1String("sku"))},
                           {QLatin1String("name"), name},
                           {QLatin1String("quantity"), quantity},
                           {QLatin1String("unitPrice"), unitPrice}};
    };
    QJsonArray lines;
    if (const qint64 dearer = paid % units; dearer > 0)
        lines.append(orderLine(dearer, paid / units + 1));
    if (units - paid % units > 0)
        lines.append(orderLine(units - paid % units, paid / units));
    return lines;
}

} // namespace

ShipToHomeService::ShipToHomeService(const Database &database, CheckoutService &checkout, OutboxTaskSender &sender,
                                     QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_checkout(checkout)
    , m_sender(sender)
{
    connect(&m_checkout, &CheckoutService::saleCompleted, this, &ShipToHomeService::saleCompleted);
    connect(&m_sender, &OutboxTaskSender::roundFinished, this, &ShipToHomeService::roundFinished);
    connect(&m_sender, &OutboxTaskSender::recordSent, this,
            [this](const QString &, const QString &kind, const QJsonObject &answer) {
                if (kind == taskKind)
                    Q_EMIT orderCreated(answer.value(QLatin1String("number")).toString(), answer);
            });
}

Result<QString> ShipToHomeService::ship(int lineId, const QString &address)
{
    const Sale &sale = m_checkout.sale();
    const SaleLine *line = sale.liveLine(lineId);
    if (sale.state() != SaleState::Open || !line)
        return Error{tr("Choose a line of the sale on screen to ship")};
    if (sale.customerId().isEmpty())
        return Error{tr("Identify the customer first: the order is theirs")};
    if (line->product.unit != Unit::Each)
        return Error{tr("%1 is sold by weight and cannot be shipped").arg(line->product.nameKo)};
    const QString to = address.simplified();
    if (to.isEmpty())
        return Error{tr("Type the delivery address")};
    // Korean street addresses (and every other the store ships to) carry a building number.
    static const QRegularExpression buildingNumber(QStringLiteral("\\d"));
    if (!to.contains(buildingNumber))
        return Error{tr("\"%1\" is not a full address: add the street and the building number").arg(to)};
    if (to.size() > maximumAddressLength)
        return Error{tr("The address is longer than %1 characters").arg(maximumAddressLength)};
    const QString number = shipOrderNumber(sale.id(), lineId);
    QSqlQuery mark(m_database.connection());
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO ship_lines (sale_id, line_id, customer_id, address, "
                                "order_number, marked_at) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(sale.id().toString(QUuid::WithoutBraces)), QVariant(lineId), QVariant(sale.customerId()),
          QVariant(to), QVariant(number), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))}) {
        mark.addBindValue(value);
    }
    if (!mark.exec())
        return Error{tr("The delivery could not be saved: %1").arg(mark.lastError().text())};
    if (auto noted = m_checkout.noteLine(lineId, tr("Delivery to %1 · order %2").arg(to, number)); !noted)
        return Error{noted.error()};
    return number;
}

void ShipToHomeService::saleCompleted()
{
    const auto completed = m_checkout.lastCompleted();
    if (!completed)
        return;
    auto written = enqueue(*completed);
    if (!written) {
        qCWarning(lcShipToHome) << "ship-to-home orders of sale" << completed->saleId << "wait:" << written.error();
        return;
    }
    if (*written == 0)
        return;
    m_settling.insert(completed->saleId, {});
    if (m_sender.sending())
        return; // the round under way takes these too, and its end settles them
    m_sender.send();
}

void ShipToHomeService::roundFinished()
{
    const auto settled = std::exchange(m_settling, {});
    for (auto it = settled.cbegin(); it != settled.cend(); ++it) {
        const QStringList waiting = waitingOrders(it.key());
        for (const auto &done : it.value())
            done(waiting);
    }
}

void ShipToHomeService::whenSettled(const QString &saleId, std::function<void(const QStringList &)> done)
{
    if (const auto settling = m_settling.find(saleId); settling != m_settling.end())
        settling->append(std::move(done));
    else
        done(waitingOrders(saleId));
}

QHash<int, QString> ShipToHomeService::marks(const QString &saleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT line_id, address FROM ship_lines WHERE sale_id = ?"));
    query.addBindValue(saleId);
    QHash<int, QString> marked;
    if (!query.exec()) {
        qCWarning(lcShipToHome) << "ship-to-home lines not read:" << query.lastError().text();
        return marked;
    }
    while (query.next())
        marked.insert(query.value(0).toInt(), query.value(1).toString());
    return marked;
}

QStringList ShipToHomeService::waitingOrders(const QString &saleId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT s.order_number FROM ship_lines s JOIN outbox o ON o.record_id = 'ship:' || s.sale_id || ':' || "
        "s.line_id WHERE s.sale_id = ? AND NOT EXISTS (SELECT 1 FROM outbox_sent x WHERE x.outbox_id = o.id) "
        "AND NOT EXISTS (SELECT 1 FROM outbox_quarantine q WHERE q.outbox_id = o.id) ORDER BY s.line_id"));
    query.addBindValue(saleId);
    QStringList numbers;
    if (!query.exec()) {
        qCWarning(lcShipToHome) << "waiting orders not read:" << query.lastError().text();
        return numbers;
    }
    while (query.next())
        numbers.append(query.value(0).toString());
    return numbers;
}

QString ShipToHomeService::waitingNotice(const QString &number)
{
    return tr("Order %1 will be created when the central store can be reached").arg(number);
}

Result<int> ShipToHomeService::enqueue(const JournalEntry &entry)
{
    QSqlQuery marked(m_database.connection());
    marked.prepare(QStringLiteral("SELECT line_id, customer_id, address FROM ship_lines WHERE sale_id = ?"));
    marked.addBindValue(entry.saleId);
    if (!marked.exec())
        return Error{tr("The deliveries could not be read: %1").arg(marked.lastError().text())};
    OutboxQueue outbox(m_database);
    int written = 0;
    const QJsonArray lines = entry.record.value(QLatin1String("lines")).toArray();
    while (marked.next()) {
        const int lineId = marked.value(0).toInt();
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QJsonValue &l) {
            return l.toObject().value(QLatin1String("line")).toInt() == lineId;
        });
        if (line == lines.cend())
            continue; // voided before the sale was paid
        const QJsonObject task{{QLatin1String("sale"), entry.saleId},
                               {QLatin1String("line"), lineId},
                               {QLatin1String("customer"), marked.value(1).toString()},
                               {QLatin1String("address"), marked.value(2).toString()},
                               {QLatin1String("currency"), entry.currency},
                               {QLatin1String("lines"), orderLines(line->toObject(), m_checkout.profile().language)}};
        if (auto queued = outbox.enqueue(QStringLiteral("ship:%1:%2").arg(entry.saleId).arg(lineId), taskKind, task,
                                         entry.completedAt);
            !queued) {
            return Error{queued.error()};
        }
        ++written;
    }
    return written;
}

void ShipToHomeService::recover()
{
    QSqlQuery sales(m_database.connection());
    if (!sales.exec(QStringLiteral("SELECT DISTINCT sale_id FROM ship_lines s WHERE NOT EXISTS (SELECT 1 FROM outbox "
                                   "o WHERE o.record_id LIKE 'ship:' || s.sale_id || ':%')"))) {
        qCWarning(lcShipToHome) << "ship-to-home lines not read:" << sales.lastError().text();
        return;
    }
    int written = 0;
    while (sales.next()) {
        if (const auto entry = m_checkout.journal().entryForSale(sales.value(0).toString())) {
            if (auto queued = enqueue(*entry); queued)
                written += *queued;
        }
    }
    if (written > 0)
        m_sender.send();
}

} // namespace omnitill
