#pragma once

#include "CentralAccount.h"
#include "CentralClient.h"
#include "SigningKeyStore.h"
#include "SigningKeys.h"
#include "StoreSettings.h"
#include "central/CentralHarness.h"
#include "services/StoreFixture.h"

// What an asynchronous call handed its callback, waited for on the event loop: call gets the callback to pass on.
template <typename T, typename Call>
omnitill::Result<T> awaitResult(Call call, int timeoutMs = 20000)
{
    std::optional<omnitill::Result<T>> outcome;
    call([&](omnitill::Result<T> r) { outcome = std::move(r); });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, timeoutMs))
        return omnitill::Error{QStringLiteral("no answer")};
    return *outcome;
}

// A till and a real central store on 127.0.0.1: the till's store file, settings, HTTP client and signing keys,
// and the central store in its own object so that a test can take it away (an outage). enroll() makes the till
// a terminal of a store there and fetches the keys, as a till does at its first start.
struct EnrolledTill
{
    std::unique_ptr<CentralHarness> central = std::make_unique<CentralHarness>();
    StoreFixture store;
    omnitill::StoreSettings settings{*store.database};
    omnitill::CentralClient client;
    omnitill::SigningKeys keys{settings, client};

    // Gives the central store a signing key, enrolls and fetches the keys: how many, or why not.
    omnitill::Result<int> enroll(const QString &storeId = QStringLiteral("KR-SEOUL-01"))
    {
        using namespace omnitill;
        if (!central::SigningKeyStore(*central->database.pool).rotate().ok())
            return Error{QStringLiteral("the central store made no signing key")};
        CentralAccount account(settings, client);
        const QString code = central::TerminalRegistry(*central->database.pool).createEnrollmentCode(storeId).value();
        std::optional<Result<void>> enrolled;
        account.enroll(central->base(), code, QStringLiteral("Till 1"), [&](Result<void> r) { enrolled = r; });
        if (!QTest::qWaitFor([&] { return enrolled.has_value(); }, 10000))
            return Error{QStringLiteral("no answer to the enrollment")};
        if (!*enrolled)
            return Error{enrolled->error()};
        if (!account.enrolled())
            return Error{QStringLiteral("enrolled, but the till does not know it")};
        std::optional<Result<int>> refreshed;
        keys.refresh([&](Result<int> r) { refreshed = r; });
        if (!QTest::qWaitFor([&] { return refreshed.has_value(); }, 10000))
            return Error{QStringLiteral("no answer with the keys")};
        return *refreshed;
    }
};
