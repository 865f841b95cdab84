#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>

namespace omnitill {

class CheckoutService;
class Database;
class OutboxTaskSender;
struct JournalEntry;

// Ship to home (endless aisle): a line of the sale on screen that the store cannot hand over (out of stock here)
// is shipped to the attached customer's address as an online order, paid in this sale with everything else.
//
// The cashier marks the line with the address (the customer's on file, or typed): the mark is kept in the store
// (ship_lines, till migration 0014) and the line's note says "Delivery to … · order OL-…", so the receipt, printed
// from the journal like every receipt, shows where it goes and the order's number. That number is derived from
// the sale and the line (shipOrderNumber), as the central store derives it, so it is known before the order
// exists. When the sale completes, each marked line still in it becomes an outbox task ("ship_order", one per
// line, idempotent at POST /v1/ship-orders by sale and line) that OutboxTaskSender sends at once, or whenever
// the central store can be reached again. A voided sale or line creates nothing.
class ShipToHomeService : public QObject
{
    Q_OBJECT

public:
    static const QString taskKind;
    static const QString route;
    static constexpr qsizetype maximumAddressLength = 150; // the note that carries it is at most 200

    ShipToHomeService(const Database &database, CheckoutService &checkout, OutboxTaskSender &sender,
                      QObject *parent = nullptr);

    // Marks the line of the sale on screen to be shipped to address (a customer must be attached: the order is
    // theirs; an address names a house or building number); answers the order's number. Marking again changes
    // the address.
    [[nodiscard]] Result<QString> ship(int lineId, const QString &address);
    // The tasks of sales that completed while the till stopped before writing them are written now.
    void recover();
    // Calls done with the numbers of the sale's orders that still wait for the central store, once the first try to
    // create them (started when the sale completed) is over: at once when none is on its way. The receipt waits
    // for it, so it can say which orders will be created later.
    void whenSettled(const QString &saleId, std::function<void(const QStringList &waiting)> done);
    // The lines of the sale marked to ship, with the address each goes to.
    [[nodiscard]] QHash<int, QString> marks(const QString &saleId) const;
    // The numbers of the sale's orders that wait for the central store.
    [[nodiscard]] QStringList waitingOrders(const QString &saleId) const;
    // What the receipt says of an order still waiting.
    [[nodiscard]] static QString waitingNotice(const QString &number);

Q_SIGNALS:
    // The central store created the order (or had it already).
    void orderCreated(const QString &number, const QJsonObject &order);

private:
    void saleCompleted();
    void roundFinished();
    // Writes the outbox tasks of the journaled sale's marked lines; how many.
    Result<int> enqueue(const JournalEntry &entry);

    const Database &m_database;
    CheckoutService &m_checkout;
    OutboxTaskSender &m_sender;
    // Sales whose first try is on its way, with who waits for its end.
    QHash<QString, QList<std::function<void(const QStringList &)>>> m_settling;
};

} // namespace omnitill
