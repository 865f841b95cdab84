// A till without a screen, for the killed-mid-drain test: it drains its outbox to the central store through
// the real OutboxDrain, says on stdout when a batch has left, and waits to be killed.
//   drain_child STORE.sqlite URL CREDENTIAL

#include "CentralClient.h"
#include "OutboxDrain.h"
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
    CentralClient client;
    client.setBaseUrl(QUrl(arguments.at(1)));
    client.setCredential(arguments.at(2));
    client.setTimeout(60000);
    OutboxDrain drain(*database, client);
    drain.drain();
    std::printf(drain.sending() ? "sending\n" : "idle\n");
    std::fflush(stdout);
    return app.exec();
}
