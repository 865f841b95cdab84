#include "ShiftReport.h"

#include <QJsonArray>

namespace omnitill {

namespace {
QJsonObject figure(const ReportFigure &figure)
{
    return {{QLatin1String("count"), figure.count}, {QLatin1String("amount"), figure.amountMinor}};
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject ShiftReport::toJson() const
{
    QJsonArray taxRows;
    for (const TaxRateTotal &rate : taxes) {
        taxRows.append(QJsonObject{{QLatin1String("taxClass"), rate.taxClass},
                                   {QLatin1String("ratePerMillion"), rate.ratePerMillion},
                                   {QLatin1String("net"), rate.netMinor},
                                   {QLatin1String("tax"), rate.taxMinor},
                                   {QLatin1String("gross"), rate.grossMinor}});
    }
    QJsonArray tenderRows;
    for (const TenderTotal &tender : tenders) {
        QJsonObject row = figure(tender.taken);
        row.insert(QLatin1String("method"), tender.method);
        tenderRows.append(row);
    }
    QJsonArray cashierRows;
    for (const CashierTotal &cashier : cashiers) {
        cashierRows.append(QJsonObject{{QLatin1String("staff"), cashier.staffNumber},
                                       {QLatin1String("sales"), figure(cashier.sales)},
                                       {QLatin1String("voidedSales"), figure(cashier.voidedSales)},
                                       {QLatin1String("voidedLines"), cashier.voidedLines}});
    }
    QJsonObject json{
        {QLatin1String("kind"), kind == Kind::Z ? QLatin1String("Z") : QLatin1String("X")},
        {QLatin1String("shift"), shiftId},
        {QLatin1String("store"), storeId},
        {QLatin1String("terminal"), terminalId},
        {QLatin1String("currency"), currency},
        {QLatin1String("openedBy"), openedBy},
        {QLatin1String("openedAt"), timestamp(openedAt)},
        {QLatin1String("takenAt"), timestamp(takenAt)},
        {QLatin1String("sales"), figure(sales)},
        {QLatin1String("grossSales"), grossSalesMinor},
        {QLatin1String("discounts"), figure(discounts)},
        {QLatin1String("returns"), figure(returns)},
        {QLatin1String("voidedSales"), figure(voidedSales)},
        {QLatin1String("voidedLines"), figure(voidedLines)},
        {QLatin1String("cashRounding"), cashRoundingMinor},
        {QLatin1String("taxes"), taxRows},
        {QLatin1String("tenders"), tenderRows},
        {QLatin1String("float"), floatMinor},
        {QLatin1String("cashSales"), cashSalesMinor},
        {QLatin1String("cashRefunds"), cashRefundsMinor},
        {QLatin1String("paidIn"), figure(paidIn)},
        {QLatin1String("paidOut"), figure(paidOut)},
        {QLatin1String("drops"), figure(drops)},
        {QLatin1String("noSales"), noSales.count},
        {QLatin1String("expectedCash"), expectedCashMinor},
        {QLatin1String("cashiers"), cashierRows},
    };
    QJsonObject names;
    for (auto name = staffNames.cbegin(); name != staffNames.cend(); ++name)
        names.insert(name.key(), name.value());
    json.insert(QLatin1String("staffNames"), names);
    if (kind == Kind::Z) {
        json.insert(QLatin1String("zNumber"), zNumber);
        json.insert(QLatin1String("closedBy"), closedBy);
    }
    if (countedCashMinor)
        json.insert(QLatin1String("countedCash"), *countedCashMinor);
    if (overShortMinor)
        json.insert(QLatin1String("overShort"), *overShortMinor);
    return json;
}

QString ShiftReport::staffLabel(const QString &staffNumber) const
{
    const QString name = staffNames.value(staffNumber);
    return name.isEmpty() ? staffNumber : QStringLiteral("%1 %2").arg(staffNumber, name);
}

} // namespace omnitill
