#pragma once

#include "VirtualPrinter.h"

#include <QIODevice>
#include <optional>

namespace omnitill {

// The virtual printer as a transport, for the printer address "virtual:/folder": bytes written are
// printed by a VirtualPrinter, DLE EOT is answered from its status, and each receipt, when the paper is
// cut, is saved as a PNG in the folder (receipt-<local time>-<n>.png) and a fresh roll begins. What the
// demo till prints can so be looked at, with no printer attached. Bytes after a cut in the same write
// print on the roll that was just saved: a job ends with its cut. A drawer kick has no paper to show, so
// each one is a line in drawer.log in the same folder.
class VirtualPrinterDevice : public QIODevice
{
    Q_OBJECT

public:
    VirtualPrinterDevice(const PrinterProfile &profile, QString folder, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_replies.size() + QIODevice::bytesAvailable(); }
    // Replies are ready as soon as the request is written: there is nothing to wait for.
    bool waitForReadyRead(int) override { return bytesAvailable() > 0; }
    bool waitForBytesWritten(int) override { return true; }

    // The PNG files written so far, oldest first.
    const QStringList &savedReceipts() const { return m_saved; }
    // How often the drawer was kicked open through this device.
    int drawerOpenings() const { return m_drawerOpenings; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    PrinterProfile m_profile;
    QString m_folder;
    std::optional<VirtualPrinter> m_printer;
    QByteArray m_replies;
    QStringList m_saved;
    int m_kicksOnRoll = 0; // the current roll's kicks already logged
    int m_drawerOpenings = 0;
    bool logDrawerKicks();
};

} // namespace omnitill
