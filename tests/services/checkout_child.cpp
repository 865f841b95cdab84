// A till without a screen, for the crash-recovery test: it sells through the real CheckoutService on a
// real store file, reports each accepted step on stdout, and waits to be killed.
//   checkout_child STORE.sqlite ACTION...   where ACTION is scan:CODE, card:AMOUNT or cash:AMOUNT
//   checkout_child STORE.sqlite --forever CODE   scans CODE until killed

#include "CheckoutService.h"
#include "StoreFixture.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

using namespace omnitill;

namespace {
Result<void> perform(CheckoutService &checkout, const QString &action)
{
    const QString argument = action.section(QLatin1Char(':'), 1);
    if (action.startsWith(QLatin1String("scan:")))
        return checkout.scan(argument);
    if (action.startsWith(QLatin1String("card:")))
        return checkout.tender(TenderMethod::Card, argument.toLongLong());
    if (action.startsWith(QLatin1String("cash:")))
        return checkout.tender(TenderMethod::Cash, argument.toLongLong());
    return Error{QStringLiteral("unknown action ") + action};
}

void report(const CheckoutService &checkout)
{
    std::printf("ok %lld\n", static_cast<long long>(checkout.sale().events().size()));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2)
        return 2;
    auto database = StoreFixture::openStore(arguments.first(), DemoStores::Store::Seoul);
    CatalogRepository catalog(*database);
    const auto profile = StoreSettings(*database).loadProfile(catalog.taxClasses()).value();
    CheckoutService checkout(*database, catalog, profile);
    if (!checkout.restore())
        return 3;

    if (arguments.at(1) == QLatin1String("--forever")) {
        for (;;) {
            if (!checkout.scan(arguments.value(2)))
                return 4;
            report(checkout);
        }
    }
    for (const QString &action : arguments.mid(1)) {
        if (auto done = perform(checkout, action); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error()));
            return 4;
        }
        report(checkout);
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
