// A kiosk without a screen, for the kiosk's crash test: the real till (TillAssembly) on a real store file in
// kiosk mode, opened by staff 2001 unless it opens by itself, a shopper's basket of the pictured items named,
// then "ready N" (N items in the basket) on stdout, and the event loop running until the process is killed.
//   kiosk_child STORE.sqlite SKU...

#include "../services/StoreFixture.h"
#include "StoreSettings.h"
#include "TillAssembly.h"

#include <QGuiApplication>
#include <cstdio>

using namespace omnitill;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty())
        return 2;
    auto database = StoreFixture::openStore(arguments.first(), DemoStores::Store::Seoul);
    CatalogRepository catalog(*database);
    const StoreSettings settings(*database);
    const auto profile = settings.loadProfile(catalog.taxClasses()).value();
    TillAssembly assembly(*database, catalog, settings, profile);
    if (!assembly.restore())
        return 3;
    assembly.enterKioskMode();
    KioskViewModel &kiosk = assembly.kiosk;
    if (kiosk.stage() == KioskViewModel::Stage::Closed && !kiosk.open(QStringLiteral("2001"), QStringLiteral("2222")))
        return 4;
    kiosk.start();
    for (const QString &sku : arguments.mid(1)) {
        if (!kiosk.pick(sku)) {
            std::fprintf(stderr, "%s\n", qPrintable(kiosk.message()));
            return 5;
        }
    }
    std::printf("ready %lld\n", static_cast<long long>(assembly.till.itemCount()));
    std::fflush(stdout);
    return app.exec();
}
