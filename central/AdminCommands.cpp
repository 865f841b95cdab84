#include "AdminCommands.h"

#include "AuditLog.h"
#include "CatalogImport.h"
#include "ConnectionPool.h"
#include "CouponCampaigns.h"
#include "CouponLedger.h"
#include "CouponReconciliation.h"
#include "CouponRevocations.h"
#include "CustomerAppLinks.h"
#include "CustomerRepository.h"
#include "DemoSeed.h"
#include "GiftCards.h"
#include "OrderAdminCommands.h"
#include "QrImage.h"
#include "SigningKeyStore.h"
#include "TerminalRegistry.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

namespace omnitill::central {

namespace {

// An optional positional argument right after the command (an order number), then "--name value" pairs; a
// repeated option keeps its last value.
struct CommandLine
{
    QString subject;
    QHash<QString, QString> options;
};

std::optional<CommandLine> commandLineOf(const QStringList &arguments)
{
    CommandLine line;
    qsizetype first = 1;
    if (arguments.size() > 1 && !arguments[1].startsWith(QLatin1String("--")))
        line.subject = arguments[first++];
    for (qsizetype i = first; i < arguments.size(); i += 2) {
        if (!arguments[i].startsWith(QLatin1String("--")) || i + 1 >= arguments.size())
            return std::nullopt;
        line.options.insert(arguments[i].mid(2), arguments[i + 1]);
    }
    return line;
}

// --rule '{"kind": "buyGet", ...}' (CouponRule's JSON), or the short form --kind K --value N [--currency C].
Result<CouponRule> ruleOf(const QHash<QString, QString> &options)
{
    QJsonObject json;
    if (options.contains(QStringLiteral("rule"))) {
        json = QJsonDocument::fromJson(options.value(QStringLiteral("rule")).toUtf8()).object();
    } else {
        bool number = false;
        json = {{QLatin1String("kind"), options.value(QStringLiteral("kind"))},
                {QLatin1String("value"), options.value(QStringLiteral("value")).toLongLong(&number)}};
        if (options.contains(QStringLiteral("currency")))
            json.insert(QLatin1String("currency"), options.value(QStringLiteral("currency")));
        if (!number)
            return Error{AdminCommands::tr("A coupon needs --rule JSON, or --kind and --value N")};
    }
    return CouponRule::fromJson(json);
}

int days(const QHash<QString, QString> &options)
{
    return options.value(QStringLiteral("days"), QStringLiteral("30")).toInt();
}

QString receipt(const RedemptionReceipt &receipt)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(receipt.at.toUTC().toString(Qt::ISODateWithMs), receipt.storeId, receipt.terminalId, receipt.saleId);
}

// The customer app page's address: the path alone, or the whole URL when the server's base is given.
QString appUrl(QString base, const QString &link)
{
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + QStringLiteral("/app/") + link;
}

} // namespace

AdminCommands::AdminCommands(ConnectionPool &pool, QTextStream &out, QTextStream &err)
    : m_pool(pool)
    , m_out(out)
    , m_err(err)
{
}

QString AdminCommands::usage()
{
    return tr("Usage: omnitill-central [--database URL] admin COMMAND [--option value ...]\n"
              "  enroll-code --store STORE\n"
              "  terminals\n"
              "  revoke-terminal --terminal ID\n"
              "  create-customer --name NAME [--phone PHONE] [--loyalty NUMBER] [--tier TIER]\n"
              "  app-token --customer ID [--qr yes]\n"
              "  app-link --customer ID [--url http://127.0.0.1:8470]\n"
              "  seed-demo [--url http://127.0.0.1:8470]\n"
              "  create-campaign --name NAME (--rule JSON | --kind KIND --value N [--currency KRW]) [--days 30]\n"
              "  issue-coupon (--rule JSON | --kind KIND --value N [--currency KRW]) [--customer ID] [--days 30]\n"
              "  issue-coupon --campaign ID [--customer ID]\n"
              "  coupon-token --code CODE [--qr yes]\n"
              "  revoke-coupon --code CODE --reason TEXT\n"
              "  issue-gift-card --amount MINOR [--currency KRW] [--number DIGITS]\n"
              "  catalog-import --collection products|prices|promotions --file F.json|F.csv [--replace true]\n"
              "  coupon-reconciliation [--outcome double_use]\n"
              "  rotate-key\n"
              "  audit [--limit N]\n") +
           OrderAdminCommands::usage();
}

int AdminCommands::fail(const QString &message)
{
    m_err << "omnitill-central: " << message << Qt::endl;
    return 1;
}

int AdminCommands::run(const QStringList &arguments)
{
    const auto parsed = commandLineOf(arguments);
    if (arguments.isEmpty() || !parsed)
        return fail(usage());
    const QHash<QString, QString> &options = parsed->options;
    const QString command = arguments.first();
    if (OrderAdminCommands::handles(command)) {
        auto printed = OrderAdminCommands(m_pool).run(command, parsed->subject, options);
        if (!printed)
            return fail(printed.error().message);
        m_out << *printed << Qt::endl;
        return 0;
    }
    const auto required = [&](const char *name) { return options.value(QLatin1String(name)); };
    const auto missing = [&](const char *name) { return fail(tr("%1 needs --%2").arg(command, QLatin1String(name))); };
    // A token, and with --qr yes its QR code drawn in the terminal for a phone or a till to scan.
    const auto printToken = [&](const QString &token) {
        m_out << token << Qt::endl;
        if (required("qr") == QLatin1String("yes"))
            m_out << QrImage::terminal(token) << Qt::flush;
    };

    if (command == QLatin1String("enroll-code")) {
        if (required("store").isEmpty())
            return missing("store");
        auto code = TerminalRegistry(m_pool).createEnrollmentCode(required("store"));
        if (!code)
            return fail(code.error().message);
        m_out << *code << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("terminals")) {
        auto terminals = TerminalRegistry(m_pool).list();
        if (!terminals)
            return fail(terminals.error().message);
        for (const TerminalInfo &terminal : *terminals) {
            m_out << terminal.terminalId << '\t' << terminal.storeId << '\t' << terminal.name << '\t'
                  << (terminal.revokedAt.isValid() ? tr("revoked") : tr("active")) << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("revoke-terminal")) {
        if (required("terminal").isEmpty())
            return missing("terminal");
        if (auto revoked = TerminalRegistry(m_pool).revoke(required("terminal")); !revoked)
            return fail(revoked.error().message);
        m_out << tr("Terminal %1 is revoked").arg(required("terminal")) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("create-customer")) {
        NewCustomer customer{required("name"), required("phone"), required("loyalty"),
                             options.value(QStringLiteral("tier"), QStringLiteral("basic"))};
        auto created = CustomerRepository(m_pool).create(customer);
        if (!created)
            return fail(created.error().message);
        m_out << created->id << '\t' << created->loyaltyNumber << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("app-token")) {
        if (required("customer").isEmpty())
            return missing("customer");
        auto customer = CustomerRepository(m_pool).byId(required("customer"));
        if (!customer)
            return fail(customer.error().message);
        auto token =
            SigningKeyStore(m_pool).customerToken(customer->id, customer->tier, QDateTime::currentDateTimeUtc());
        if (!token)
            return fail(token.error().message);
        printToken(*token);
        return 0;
    }
    if (command == QLatin1String("issue-gift-card")) {
        bool number = false;
        const qint64 amount = required("amount").toLongLong(&number);
        if (!number)
            return missing("amount");
        auto card = GiftCards(m_pool).issue(options.value(QStringLiteral("currency"), QStringLiteral("KRW")), amount,
                                            required("number"));
        if (!card)
            return fail(card.error().message);
        m_out << card->number << '\t' << card->currency << '\t' << card->balanceMinor << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("app-link")) {
        if (required("customer").isEmpty())
            return missing("customer");
        auto link = CustomerAppLinks(m_pool).linkFor(required("customer"));
        if (!link)
            return fail(link.error().message);
        m_out << appUrl(required("url"), *link) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("seed-demo")) {
        auto seeded = DemoSeed(m_pool).run(QDateTime::currentDateTimeUtc());
        if (!seeded)
            return fail(seeded.error().message);
        if (!seeded->enrollmentCode.isEmpty())
            m_out << tr("Enrollment code for the demo till: %1").arg(seeded->enrollmentCode) << Qt::endl;
        for (const DemoCustomerLink &customer : seeded->links)
            m_out << customer.name << '\t' << customer.loyaltyNumber << '\t' << appUrl(required("url"), customer.link)
                  << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("create-campaign")) {
        auto rule = ruleOf(options);
        if (!rule)
            return fail(rule.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto created = CouponCampaigns(m_pool).create(required("name"), *rule, now, now.addDays(days(options)));
        if (!created)
            return fail(created.error().message);
        m_out << created->id << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("issue-coupon")) {
        if (!required("campaign").isEmpty()) {
            auto issued = CouponCampaigns(m_pool).issue(required("campaign"), required("customer"));
            if (!issued)
                return fail(issued.error().message);
            m_out << issued->code << Qt::endl;
            return 0;
        }
        auto rule = ruleOf(options);
        if (!rule)
            return fail(rule.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto issued = CouponLedger(m_pool).issue({*rule, required("customer"), now, now.addDays(days(options)), {}});
        if (!issued)
            return fail(issued.error().message);
        m_out << issued->code << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("catalog-import")) {
        const auto collection = collectionFromCode(required("collection"));
        if (!collection || required("file").isEmpty())
            return fail(tr("catalog-import needs --collection products|prices|promotions and --file F.json|F.csv"));
        auto items = CatalogImport::fromFile(*collection, required("file"));
        if (!items)
            return fail(items.error().message);
        auto imported = CatalogStore(m_pool).import(*collection, *items, required("replace") == QLatin1String("true"),
                                                    QFileInfo(required("file")).fileName());
        if (!imported)
            return fail(imported.error().message);
        m_out << tr("version %1: %2 changed, %3 removed")
                     .arg(imported->version)
                     .arg(imported->changed)
                     .arg(imported->removed)
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("coupon-token")) {
        if (required("code").isEmpty())
            return missing("code");
        auto coupon = CouponLedger(m_pool).find(required("code"));
        if (!coupon)
            return fail(coupon.error().message);
        auto token = SigningKeyStore(m_pool).couponToken(*coupon);
        if (!token)
            return fail(token.error().message);
        printToken(*token);
        return 0;
    }
    if (command == QLatin1String("revoke-coupon")) {
        if (required("code").isEmpty())
            return missing("code");
        auto revoked = CouponRevocations(m_pool).revoke(required("code"), required("reason"), QStringLiteral("admin"));
        if (!revoked)
            return fail(revoked.error().message);
        m_out << tr("Coupon %1 is withdrawn; tills refuse it once they have pulled revocation %2")
                     .arg(revoked->code)
                     .arg(revoked->sequence)
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("coupon-reconciliation")) {
        auto entries =
            CouponReconciliation(m_pool).list(options.value(QStringLiteral("outcome")) == QLatin1String("double_use"));
        if (!entries)
            return fail(entries.error().message);
        for (const ReconciliationEntry &entry : *entries) {
            m_out << entry.couponCode << '\t' << entry.outcome << '\t' << receipt(entry.reported);
            if (entry.outcome == QLatin1String("double_use"))
                m_out << '\t' << tr("first:") << ' ' << receipt(entry.first);
            m_out << Qt::endl;
        }
        return 0;
    }
    if (command == QLatin1String("rotate-key")) {
        auto keyId = SigningKeyStore(m_pool).rotate();
        if (!keyId)
            return fail(keyId.error().message);
        m_out << *keyId << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("audit")) {
        auto begun = Transaction::begin(m_pool);
        if (!begun)
            return fail(begun.error().message);
        auto entries = AuditLog::latest(*begun, options.value(QStringLiteral("limit"), QStringLiteral("50")).toInt());
        if (!entries)
            return fail(entries.error().message);
        for (const AuditEntry &entry : *entries) {
            m_out << entry.at.toUTC().toString(Qt::ISODateWithMs) << '\t' << entry.actor << '\t' << entry.action << '\t'
                  << entry.subject << '\t' << entry.detail << Qt::endl;
        }
        return 0;
    }
    return fail(tr("Unknown command \"%1\"\n%2").arg(command, usage()));
}

} // namespace omnitill::central
