#pragma once

#include <QQuickImageProvider>

namespace omnitill {

class SettingsViewModel;

// "image://receiptsample/<revision>": the settings page's made-up receipt with the store's head and foot as
// saved now (SettingsViewModel::receiptPreview), on the till's printer's paper. The revision in the id only
// makes QML ask again after a change. It reads the store on the screen's thread, so the Image asking for it
// must not be asynchronous.
class ReceiptSampleImageProvider : public QQuickImageProvider
{
public:
    explicit ReceiptSampleImageProvider(const SettingsViewModel &settings);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const SettingsViewModel &m_settings;
};

} // namespace omnitill
