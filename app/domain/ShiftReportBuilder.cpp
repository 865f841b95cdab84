#include "ShiftReportBuilder.h"

#include "Rounding.h"

#include <QJsonArray>

namespace omnitill {

namespace {
qint64 integer(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toInteger();
}

template <typename Row, typename Key>
Row &rowFor(QList<Row> &rows, const QString &key, Key keyOf)
{
    for (Row &row : rows) {
        if (keyOf(row) == key)
            return row;
    }
    rows.append(Row{});
    keyOf(rows.last()) = key;
    return rows.last();
}
} // namespace

ShiftReportBuilder::ShiftReportBuilder(ShiftReport header)
    : m_report(std::move(header))
{
}

void ShiftReportBuilder::add(qint64 &into, qint64 amount)
{
    const auto sum = checked::add(into, amount);
    if (sum)
        into = *sum;
    else
        m_overflowed = true;
}

void ShiftReportBuilder::add(ReportFigure &into, qint64 amount)
{
    add(into.count, 1);
    add(into.amountMinor, amount);
}

CashierTotal &ShiftReportBuilder::cashier(const QString &staffNumber)
{
    return rowFor(m_report.cashiers, staffNumber, [](CashierTotal &row) -> QString & { return row.staffNumber; });
}

void ShiftReportBuilder::addSale(const QJsonObject &record)
{
    const QString staff = record.value(QLatin1String("staff")).toString();
    const qint64 total = integer(record, "total");
    if (record.value(QLatin1String("kind")).toString() == QLatin1String("return")) {
        addReturn(record);
        return;
    }
    if (record.value(QLatin1String("status")).toString() == QLatin1String("voided")) {
        add(m_report.voidedSales, total);
        add(cashier(staff).voidedSales, total);
        return;
    }
    // What the customer paid: the total plus the cash rounding when the balance was settled in cash.
    const qint64 cashRounding = integer(record, "cashRounding");
    const qint64 paid = total + cashRounding;
    add(m_report.sales, paid);
    add(m_report.grossSalesMinor, integer(record, "subtotal"));
    add(m_report.cashRoundingMinor, cashRounding);
    if (const qint64 discount = integer(record, "discount"); discount != 0)
        add(m_report.discounts, discount);
    CashierTotal &byCashier = cashier(staff);
    add(byCashier.sales, paid);
    if (const qint64 voidedLines = integer(record, "voidedLines"); voidedLines > 0) {
        add(m_report.voidedLines.count, voidedLines);
        add(m_report.voidedLines.amountMinor, integer(record, "voidedLinesAmount"));
        add(byCashier.voidedLines, voidedLines);
    }

    for (const QJsonValue &value : record.value(QLatin1String("taxes")).toArray()) {
        const QJsonObject tax = value.toObject();
        TaxRateTotal &rate = rowFor(m_report.taxes, tax.value(QLatin1String("taxClass")).toString(),
                                    [](TaxRateTotal &row) -> QString & { return row.taxClass; });
        rate.ratePerMillion = integer(tax, "ratePerMillion");
        add(rate.netMinor, integer(tax, "net"));
        add(rate.taxMinor, integer(tax, "tax"));
        add(rate.grossMinor, integer(tax, "gross"));
    }
    // Change always comes out of the cash drawer, so it is taken off the cash tender.
    const QString cash = QStringLiteral("cash");
    for (const QJsonValue &value : record.value(QLatin1String("tenders")).toArray()) {
        const QJsonObject tender = value.toObject();
        const QString method = tender.value(QLatin1String("method")).toString();
        add(rowFor(m_report.tenders, method, [](TenderTotal &row) -> QString & { return row.method; }).taken,
            integer(tender, "amount"));
        if (method == cash)
            add(m_report.cashSalesMinor, integer(tender, "amount"));
    }
    if (const qint64 change = integer(record, "change"); change != 0) {
        add(rowFor(m_report.tenders, cash, [](TenderTotal &row) -> QString & { return row.method; }).taken.amountMinor,
            -change);
        add(m_report.cashSalesMinor, -change);
    }
}

void ShiftReportBuilder::addReturn(const QJsonObject &record)
{
    // A return is not a negative sale: sales and their tenders stay what was taken, the refunds are their
    // own figure, and only what went back in cash changes the drawer's expected cash.
    add(m_report.returns, integer(record, "refund"));
    for (const QJsonValue &value : record.value(QLatin1String("refunds")).toArray()) {
        const QJsonObject refund = value.toObject();
        if (refund.value(QLatin1String("method")).toString() == QLatin1String("cash"))
            add(m_report.cashRefundsMinor, integer(refund, "amount"));
    }
}

void ShiftReportBuilder::addMovement(const CashMovement &movement)
{
    switch (movement.kind) {
    case CashMovement::Kind::PaidIn:
        add(m_report.paidIn, movement.amountMinor);
        break;
    case CashMovement::Kind::PaidOut:
        add(m_report.paidOut, movement.amountMinor);
        break;
    case CashMovement::Kind::Drop:
        add(m_report.drops, movement.amountMinor);
        break;
    case CashMovement::Kind::NoSale:
        add(m_report.noSales.count, 1);
        break;
    }
}

Result<ShiftReport> ShiftReportBuilder::finish(std::optional<qint64> countedCashMinor) const
{
    ShiftReportBuilder done = *this;
    ShiftReport &report = done.m_report;
    report.expectedCashMinor = 0;
    for (const qint64 amount : {report.floatMinor, report.cashSalesMinor, -report.cashRefundsMinor,
                                report.paidIn.amountMinor, -report.paidOut.amountMinor, -report.drops.amountMinor})
        done.add(report.expectedCashMinor, amount);
    report.countedCashMinor = countedCashMinor;
    report.overShortMinor.reset();
    if (countedCashMinor) {
        qint64 overShort = *countedCashMinor;
        done.add(overShort, -report.expectedCashMinor);
        report.overShortMinor = overShort;
    }
    if (done.m_overflowed)
        return Error{tr("The shift's figures are too large to add up")};
    return report;
}

} // namespace omnitill
