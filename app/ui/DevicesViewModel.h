#pragma once

#include "DeviceConfiguration.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace omnitill {

class DeviceService;
class PrintService;

// The device page: every device the till knows of, one row each, with what it is, where it is, its
// state, and what is wrong with it in words a supervisor can act on. The receipt printer comes from
// PrintService (which holds its connection), the other configured devices from DeviceService, then
// what the backends detect without configuration, then what keeps a device from being built (a
// devices.json that cannot be read, a family no plugin provides). It also drives the page's tests
// (test page, line display) and shows the last scan, which the scanner code hands to lastScan().
class DevicesViewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till creates its device page")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString lastScanRaw READ lastScanRaw NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanParsed READ lastScanParsed NOTIFY lastScanChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, KindRole, AddressRole, StateRole, ProblemRole };

    // configuration: this terminal's devices.json as read, or why it could not be.
    DevicesViewModel(DeviceService &devices, PrintService &printing, Result<DeviceConfiguration> configuration,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    QString lastScanRaw() const { return m_lastScanRaw; }
    QString lastScanParsed() const { return m_lastScanParsed; }

    // A short test page through the print queue.
    Q_INVOKABLE void printTestPage();
    // Two test lines on the line display.
    Q_INVOKABLE void testLineDisplay();
    // Starts failed devices again and looks for attached ones.
    Q_INVOKABLE void refresh();
    // The rows again in the language just chosen; a passing message is dropped.
    void retranslate();

public Q_SLOTS:
    // The hook for the scanner code: what a scanner read, as read (control characters shown as <1d>)
    // and as understood.
    void lastScan(const QString &raw, const QString &parsed);

Q_SIGNALS:
    void messageChanged();
    void lastScanChanged();

private:
    struct Row
    {
        QString name;
        QString kind;
        QString address;
        QString state;
        QString problem;
    };
    void rebuild();
    void report(const QString &message, bool isError);

    DeviceService &m_devices;
    PrintService &m_printing;
    Result<DeviceConfiguration> m_configuration;
    QList<Row> m_rows;
    QString m_message;
    bool m_messageIsError = false;
    QString m_lastScanRaw;
    QString m_lastScanParsed;
};

} // namespace omnitill
