// A till without a screen, for the payment crash test: on a real store file it scans one T-shirt, sends a
// card payment through the real CardPaymentService to the terminal at URL (the simulator, plain HTTP on
// loopback), prints "sent" and waits to be killed.
//   payment_child STORE.sqlite URL AMOUNT

#include "CardPaymentService.h"
#include "CheckoutService.h"
#include "NexoTerminal.h"
#include "services/StoreFixture.h"

#include <QCoreApplication>
#include <cstdio>

using namespace omnitill;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() != 3)
        return 2;
    auto database = StoreFixture::openStore(arguments.at(0), DemoStores::Store::Seoul);
    CatalogRepository catalog(*database);
    const auto profile = StoreSettings(*database).loadProfile(catalog.taxClasses()).value();
    CheckoutService checkout(*database, catalog, profile);
    if (!checkout.restore() || !checkout.scan(QStringLiteral("8809417101124")))
        return 3;
    NexoTerminalSettings settings;
    settings.endpoint = QUrl(arguments.at(1));
    settings.saleId = QStringLiteral("OMNITILL-T01");
    settings.poiId = QStringLiteral("P400Plus-275000001");
    auto terminal = NexoTerminal::create(settings);
    if (!terminal)
        return 4;
    CardPaymentService payments(*database, checkout, **terminal);
    if (auto paying = payments.pay(arguments.at(2).toLongLong()); !paying) {
        std::fprintf(stderr, "%s\n", qPrintable(paying.error()));
        return 5;
    }
    std::printf("sent\n");
    std::fflush(stdout);
    return app.exec();
}
