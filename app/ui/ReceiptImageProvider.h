#pragma once

#include <QQuickImageProvider>

namespace omnitill {

class PrintService;

// "image://receipt/<receipt number>": the journal record's receipt as the configured printer prints it,
// dot for dot (PrintService::paper). The print service reads the store on the screen's thread, so the
// QML Image asking for it must not be asynchronous; an unknown number draws nothing.
class ReceiptImageProvider : public QQuickImageProvider
{
public:
    explicit ReceiptImageProvider(const PrintService &printing);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    const PrintService &m_printing;
};

} // namespace omnitill
