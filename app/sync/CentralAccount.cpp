#include "CentralAccount.h"

#include "CentralClient.h"
#include "StoreSettings.h"

namespace omnitill {

const QString CentralAccount::urlKey = QStringLiteral("central.url");
const QString CentralAccount::credentialKey = QStringLiteral("central.credential");
const QString CentralAccount::terminalKey = QStringLiteral("central.terminal");
const QString CentralAccount::storeKey = QStringLiteral("central.store");

CentralAccount::CentralAccount(StoreSettings &settings, CentralClient &client, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(client)
{
}

bool CentralAccount::enrolled() const
{
    return m_settings.value(urlKey).has_value() && m_settings.value(credentialKey).has_value();
}

bool CentralAccount::configure()
{
    if (!enrolled())
        return false;
    m_client.setBaseUrl(QUrl(*m_settings.value(urlKey)));
    m_client.setCredential(*m_settings.value(credentialKey));
    return true;
}

void CentralAccount::enroll(const QUrl &url, const QString &code, const QString &terminalName,
                            std::function<void(Result<void>)> done)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        done(Error{tr("\"%1\" is not the address of a central store (http://… or https://…)").arg(url.toString())});
        return;
    }
    m_client.setBaseUrl(url);
    m_client.setCredential({});
    m_client.post(QStringLiteral("/v1/terminals/enroll"),
                  {{QLatin1String("code"), code}, {QLatin1String("name"), terminalName}},
                  [this, url, done = std::move(done)](const CentralReply &reply) {
                      if (!reply.ok()) {
                          done(Error{tr("Enrollment failed: %1").arg(reply.error)});
                          return;
                      }
                      const QString credential = reply.json.value(QLatin1String("credential")).toString();
                      for (const auto &[key, value] :
                           {std::pair{urlKey, url.toString()}, std::pair{credentialKey, credential},
                            std::pair{terminalKey, reply.json.value(QLatin1String("terminal")).toString()},
                            std::pair{storeKey, reply.json.value(QLatin1String("store")).toString()}}) {
                          if (auto saved = m_settings.setValue(key, value); !saved) {
                              done(saved);
                              return;
                          }
                      }
                      m_client.setCredential(credential);
                      done({});
                  });
}

} // namespace omnitill
