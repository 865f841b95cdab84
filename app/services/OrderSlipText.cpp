#include "OrderSlipText.h"

#include "Money.h"
#include "TextColumns.h"

#include <QJsonArray>
#include <QLocale>

namespace omnitill {

namespace {

// The top every online order paper shares: store, title with the time, order number, terminal.
TextColumns heading(const QString &title, const OrderSnapshot &order, const StoreProfile &profile, const QDateTime &at,
                    int columns)
{
    const QLocale locale(profile.localeName);
    TextColumns out(columns);
    out.centred(profile.storeName);
    out.rule(QLatin1Char('='));
    out.both(title, locale.toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    out.line(OrderSlipText::tr("Online order %1").arg(order.number));
    out.line(OrderSlipText::tr("Terminal %1").arg(profile.terminalId));
    out.rule();
    return out;
}

const OrderSnapshotLine *lineOf(const OrderSnapshot &order, int lineNo)
{
    return lineNo >= 1 && lineNo <= order.lines.size() ? &order.lines.at(lineNo - 1) : nullptr;
}

QString quantityAndName(qint64 quantity, const OrderSnapshotLine &line)
{
    return QStringLiteral("  %1 x %2").arg(quantity).arg(line.name);
}

} // namespace

QString OrderSlipText::collectSlip(const OrderSnapshot &order, const QJsonObject &pickup, const StoreProfile &profile,
                                   const QDateTime &at, int columns)
{
    const QLocale locale(profile.localeName);
    const auto money = [&](qint64 minor) { return Money(minor, profile.currency).format(locale); };
    TextColumns out = heading(tr("COLLECT SLIP"), order, profile, at, columns);
    const QJsonArray lines = pickup.value(QLatin1String("lines")).toArray();
    out.line(tr("Handed over"));
    for (const QJsonValue &value : lines) {
        const QJsonObject entry = value.toObject();
        const OrderSnapshotLine *line = lineOf(order, entry.value(QLatin1String("line")).toInt());
        const qint64 picked = entry.value(QLatin1String("picked")).toInteger();
        if (line && picked > 0)
            out.both(quantityAndName(picked, *line), money(picked * line->unitPriceMinor));
    }
    const bool open = pickup.value(QLatin1String("open")).toBool();
    bool anyLeft = false;
    for (const QJsonValue &value : lines) {
        const QJsonObject entry = value.toObject();
        const OrderSnapshotLine *line = lineOf(order, entry.value(QLatin1String("line")).toInt());
        const qint64 left = entry.value(QLatin1String("unpicked")).toInteger();
        if (!line || left <= 0)
            continue;
        if (!anyLeft)
            out.line(open ? tr("Still open, waiting for pickup") : tr("Not taken, back to stock"));
        anyLeft = true;
        out.line(quantityAndName(left, *line));
    }
    out.rule();
    out.both(tr("Value handed over"), money(pickup.value(QLatin1String("kept")).toInteger()));
    const QString sale = pickup.value(QLatin1String("sale")).toString();
    out.line(sale.isEmpty() ? tr("Paid online") : tr("Paid in store, sale %1").arg(sale.left(8)));
    if (const qint64 refunded = pickup.value(QLatin1String("refunded")).toInteger(); refunded > 0)
        out.both(tr("Refunded to the online payment"), money(refunded));
    out.line(QString());
    out.line(tr("Received in good order:"));
    out.line(QString());
    out.line(QString());
    out.rule(QLatin1Char('_'));
    out.line(tr("Customer's signature"));
    return out.text();
}

QString OrderSlipText::returnReceipt(const OrderSnapshot &order, const QJsonObject &taken, const StoreProfile &profile,
                                     const QDateTime &at, int columns)
{
    const QLocale locale(profile.localeName);
    const auto money = [&](qint64 minor) { return Money(minor, profile.currency).format(locale); };
    TextColumns out = heading(tr("ONLINE ORDER RETURN"), order, profile, at, columns);
    for (const QJsonValue &value : taken.value(QLatin1String("lines")).toArray()) {
        const QJsonObject entry = value.toObject();
        const OrderSnapshotLine *line = lineOf(order, entry.value(QLatin1String("line")).toInt());
        const qint64 quantity = entry.value(QLatin1String("quantity")).toInteger();
        if (!line)
            continue;
        out.both(quantityAndName(quantity, *line), money(-quantity * line->unitPriceMinor));
        out.line(tr("    %1 more can be returned").arg(entry.value(QLatin1String("returnable")).toInteger()));
    }
    out.rule();
    const QJsonObject refund = taken.value(QLatin1String("refund")).toObject();
    out.both(tr("Refund"), money(refund.value(QLatin1String("amount")).toInteger()));
    out.line(refundMethodName(refund.value(QLatin1String("method")).toString()));
    if (taken.value(QLatin1String("offline")).toBool()) {
        out.line(refund.value(QLatin1String("method")).toString() == QLatin1String("store_credit")
                     ? tr("Taken back offline: the store credit is added once the central store hears of it")
                     : tr("Taken back offline: the central store is told later"));
    }
    out.line(tr("Return %1").arg(taken.value(QLatin1String("return")).toString().left(8)));
    return out.text();
}

PrintDocument OrderSlipText::page(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty()) // the text ends with a newline
        lines.removeLast();
    PrintDocument document;
    for (const QString &line : std::as_const(lines))
        document.text(line);
    return document;
}

QString OrderSlipText::refundMethodName(const QString &method)
{
    if (method == QLatin1String("store_credit"))
        return tr("As store credit");
    if (method == QLatin1String("cash"))
        return tr("In cash");
    return tr("To the original online payment");
}

} // namespace omnitill
