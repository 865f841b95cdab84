#pragma once

#include "Result.h"

#include <QObject>
#include <QUrl>
#include <functional>

namespace omnitill {

class CentralClient;
class StoreSettings;

// The till's place at the central store, kept in the store's settings (never in git): the store's URL and
// the terminal's own credential, which it gets once by exchanging an operator's one-time enrollment code.
//   central.url         http://127.0.0.1:8470 (plain HTTP only on loopback; HTTPS otherwise)
//   central.credential  the bearer secret the central store gave this terminal
//   central.terminal, central.store   who the central store says this terminal is
class CentralAccount : public QObject
{
    Q_OBJECT

public:
    static const QString urlKey;
    static const QString credentialKey;
    static const QString terminalKey;
    static const QString storeKey;

    CentralAccount(StoreSettings &settings, CentralClient &client, QObject *parent = nullptr);

    // Points the client at the configured store with the saved credential; false when the till has none.
    bool configure();
    [[nodiscard]] bool enrolled() const;
    // Exchanges the code for this terminal's credential and saves it; done gets the reason on failure.
    void enroll(const QUrl &url, const QString &code, const QString &terminalName,
                std::function<void(Result<void>)> done);

private:
    StoreSettings &m_settings;
    CentralClient &m_client;
};

} // namespace omnitill
