#include "OrderAdminCommands.h"

#include "OnlineOrders.h"

namespace omnitill::central {

namespace {

ApiError usageError(const QString &message)
{
    return ApiError::badRequest(QStringLiteral("usage"), message);
}

} // namespace

OrderAdminCommands::OrderAdminCommands(ConnectionPool &pool)
    : m_pool(pool)
{
}

bool OrderAdminCommands::handles(const QString &command)
{
    static const QStringList commands{QStringLiteral("create-order"), QStringLiteral("order-ready"),
                                      QStringLiteral("order-shipped"), QStringLiteral("cancel-order"),
                                      QStringLiteral("order-qr")};
    return commands.contains(command);
}

QString OrderAdminCommands::usage()
{
    return tr("  create-order --lines \"SKU:NAME:QTY:PRICE[:GTIN];...\" --currency KRW [--customer ID]\n"
              "               [--store STORE] [--payment prepaid|in_store] [--try yes]\n"
              "  order-ready NUMBER [--days 7]\n"
              "  order-shipped NUMBER\n"
              "  cancel-order NUMBER\n"
              "  order-qr NUMBER\n");
}

Outcome<QString> OrderAdminCommands::run(const QString &command, const QString &subject,
                                         const QHash<QString, QString> &options)
{
    if (command == QLatin1String("create-order"))
        return createOrder(options);
    if (subject.isEmpty())
        return usageError(tr("%1 needs the order number").arg(command));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (command == QLatin1String("order-qr"))
        return OnlineOrders(m_pool).token(subject, now);
    if (command != QLatin1String("order-ready")) {
        const bool shipping = command == QLatin1String("order-shipped");
        auto changed = shipping ? OnlineOrders(m_pool).markShipped(subject) : OnlineOrders(m_pool).cancel(subject);
        if (!changed)
            return changed.error();
        return shipping ? tr("Order %1 is shipped").arg(changed->number)
                        : tr("Order %1 is cancelled").arg(changed->number);
    }
    bool number = false;
    const qint64 days =
        options.value(QStringLiteral("days"), QString::number(OnlineOrders::defaultPickupDays)).toLongLong(&number);
    if (!number || days <= 0)
        return usageError(tr("--days is a number of days above zero"));
    auto ready = OnlineOrders(m_pool).markReady(subject, now.addDays(days));
    if (!ready)
        return ready.error();
    return tr("Order %1 is ready for pickup at %2 until %3")
        .arg(ready->number, ready->storeId, ready->pickupUntil.toUTC().toString(Qt::ISODate));
}

Outcome<QString> OrderAdminCommands::createOrder(const QHash<QString, QString> &options)
{
    NewOnlineOrder order{options.value(QStringLiteral("customer")),
                         options.value(QStringLiteral("currency")),
                         options.value(QStringLiteral("payment"), QStringLiteral("prepaid")),
                         options.contains(QStringLiteral("store")) ? QStringLiteral("pickup") : QStringLiteral("ship"),
                         options.value(QStringLiteral("store")),
                         options.value(QStringLiteral("try")) == QLatin1String("yes"),
                         {}};
    const QStringList lines = options.value(QStringLiteral("lines")).split(u';', Qt::SkipEmptyParts);
    for (const QString &text : lines) {
        const QStringList fields = text.split(u':');
        bool quantityOk = false, priceOk = false;
        const qint64 quantity = fields.value(2).toLongLong(&quantityOk);
        const qint64 price = fields.value(3).toLongLong(&priceOk);
        if (fields.size() < 4 || fields.size() > 5 || !quantityOk || !priceOk)
            return usageError(tr("\"%1\" is not SKU:NAME:QTY:PRICE[:GTIN]").arg(text));
        order.lines.append({0, fields[0].trimmed(), fields.value(4).trimmed(), fields[1].trimmed(), quantity, price});
    }
    auto created = OnlineOrders(m_pool).create(order);
    if (!created)
        return created.error();
    return QString(created->id + u'\t' + created->number);
}

} // namespace omnitill::central
