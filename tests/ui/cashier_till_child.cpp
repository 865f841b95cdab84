// A cashier till in a process of its own, for the kiosk's staff-call test: the whole TillAssembly over its own
// store file, enrolled at the central store as its own terminal, polling the store's calls for staff as a
// cashier till does, and resolving one when told, with a staff member's number and PIN.
//   cashier_till_child STORE.sqlite URL CREDENTIAL
// stdout: "notice <request> <headline>" whenever the notice changes ("notice -" when none is open),
//         "resolved <message>" or "refused <message>" after each resolve
// stdin:  "resolve <request> <staff number> <PIN>"

#include "CentralAccount.h"
#include "TillAssembly.h"
#include "services/StoreFixture.h"

#include <QGuiApplication>
#include <QSocketNotifier>
#include <cstdio>
#include <unistd.h>

using namespace omnitill;

namespace {
void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() != 3)
        return 2;
    StoreFixture store(DemoStores::Store::Seoul, arguments.at(0));
    StoreSettings settings(*store.database);
    if (!settings.setValue(CentralAccount::urlKey, arguments.at(1)) ||
        !settings.setValue(CentralAccount::credentialKey, arguments.at(2)))
        return 3;
    TillAssembly till(*store.database, *store.catalog, settings, *store.profile);
    StaffRequestsViewModel &requests = till.staffRequests;
    QObject::connect(&requests, &StaffRequestsViewModel::changed, [&requests] {
        say(QStringLiteral("notice %1 %2")
                .arg(requests.noticeRequest().isEmpty() ? QStringLiteral("-") : requests.noticeRequest(),
                     requests.notice()));
    });
    QObject::connect(&requests, &StaffRequestsViewModel::messageChanged, [&requests] {
        if (!requests.resolving() && !requests.message().isEmpty())
            say((requests.messageIsError() ? QStringLiteral("refused ") : QStringLiteral("resolved ")) +
                requests.message());
    });
    requests.start(200);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char line[512];
        if (!std::fgets(line, sizeof line, stdin)) {
            app.quit();
            return;
        }
        const QStringList words = QString::fromUtf8(line).simplified().split(u' ');
        if (words.size() == 4 && words.at(0) == QLatin1String("resolve"))
            requests.resolve(words.at(1), words.at(2), words.at(3)); // the outcome is said on messageChanged
    });
    return app.exec();
}
