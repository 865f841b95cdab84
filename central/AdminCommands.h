#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace omnitill::central {

class ConnectionPool;

// `omnitill-central admin <command> [--option value ...]`: what an operator, a support person, the demo
// and the tests do to the central store from a shell. Each command prints its result on standard output
// (a code, an id, a token: one line a script can take) and its failure on standard error, and returns the
// process exit code.
//
//     enroll-code --store KR-SEOUL-01        a one-time enrollment code for a till of that store
//     terminals                              the enrolled terminals
//     revoke-terminal --terminal ID          the terminal gets 401 from now on
//     create-customer --name N [--phone P] [--loyalty L] [--tier T]
//     app-token --customer ID                a customer app token, as the app's QR would show it
//     app-link --customer ID [--url BASE]    the customer's secret app page address (/app/<link>)
//     seed-demo [--url BASE]                 the demo customers, coupons, orders and a till enrollment code
//                                            (DemoSeed); prints the app links, changes nothing a second time
//     create-campaign --name N (--rule JSON | --kind K --value N [--currency C]) [--days 30]
//                                            a campaign coupons are issued under; prints its id
//     issue-coupon (--rule JSON | --kind K --value N [--currency C]) [--customer ID] [--days 30]
//     issue-coupon --campaign ID [--customer ID]
//                                            a single coupon or one of a campaign; prints its code
//     coupon-token --code CODE               the coupon's signed QR token (OMCP1:...)
//     catalog-import --collection products|prices|promotions --file F.json|F.csv [--replace true]
//                                            a new catalog version with what the file changes; with
//                                            --replace, what the file lacks is removed
//     coupon-reconciliation [--outcome double_use]
//                                            offline redemptions reported by tills, double uses with
//                                            both receipts
//     rotate-key                             a new token signing key; the old ones stay published
//     audit [--limit N]                      the newest audit log entries
//     create-order, order-ready NUMBER, order-qr NUMBER   online orders: OrderAdminCommands
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    AdminCommands(ConnectionPool &pool, QTextStream &out, QTextStream &err);

    // arguments: what follows "admin" on the command line.
    [[nodiscard]] int run(const QStringList &arguments);
    [[nodiscard]] static QString usage();

private:
    [[nodiscard]] int fail(const QString &message);

    ConnectionPool &m_pool;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace omnitill::central
