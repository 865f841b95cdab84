#include "DevicesViewModel.h"

#include "DeviceService.h"
#include "PrintService.h"

namespace omnitill {

DevicesViewModel::DevicesViewModel(DeviceService &devices, PrintService &printing,
                                   Result<DeviceConfiguration> configuration, QObject *parent)
    : QAbstractListModel(parent)
    , m_devices(devices)
    , m_printing(printing)
    , m_configuration(std::move(configuration))
{
    connect(&m_devices, &DeviceService::changed, this, &DevicesViewModel::rebuild);
    connect(&m_printing, &PrintService::printerMessageChanged, this, &DevicesViewModel::rebuild);
    rebuild();
}

int DevicesViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DevicesViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case KindRole:
        return row.kind;
    case AddressRole:
        return row.address;
    case StateRole:
        return row.state;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QHash<int, QByteArray> DevicesViewModel::roleNames() const
{
    return {{NameRole, "name"},
            {KindRole, "kind"},
            {AddressRole, "address"},
            {StateRole, "state"},
            {ProblemRole, "problem"}};
}

void DevicesViewModel::rebuild()
{
    QList<Row> rows;
    // The receipt printer as PrintService knows it: its worker holds the connection, nothing else opens it.
    const PrintService::Printer &printer = m_printing.printer();
    const QString printerProblem = m_printing.printerMessage();
    rows.append({QStringLiteral("receipt"), tr("receipt printer, %1").arg(printer.profile.displayName), printer.address,
                 printerProblem.isEmpty() ? tr("ready") : tr("not ready"), printerProblem});
    QStringList configuredAddresses{printer.address};
    for (const DeviceService::Entry &entry : m_devices.devices()) {
        const QString state = entry.status.isEmpty() ? entry.state : tr("%1, %2").arg(entry.state, entry.status);
        rows.append({entry.id, tr("%1, %2").arg(entry.family, entry.model), entry.address, state, entry.problem});
        configuredAddresses.append(entry.address);
    }
    for (const DiscoveredDevice &found : m_devices.discovered()) {
        if (configuredAddresses.contains(found.address))
            continue;
        rows.append({found.description, tr("detected over %1").arg(found.backend), found.address,
                     tr("not in devices.json"), QString()});
    }
    if (!m_configuration)
        rows.append({QStringLiteral("devices.json"), tr("device configuration"), QString(), tr("not read"),
                     m_configuration.error()});
    for (const QString &problem : m_devices.problems())
        rows.append({tr("not built"), tr("device configuration"), QString(), tr("not working"), problem});
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DevicesViewModel::printTestPage()
{
    if (const auto queued = m_printing.printTestPage(); !queued)
        report(queued.error(), true);
    else
        report(tr("Test page sent to the receipt printer."), false);
}

void DevicesViewModel::testLineDisplay()
{
    if (!m_devices.hasLineDisplay()) {
        report(tr("No line display is configured."), true);
        return;
    }
    m_devices.showOnLineDisplay(tr("Display test"), QStringLiteral("0123456789ABCDEFGHIJ"));
    report(tr("Test lines sent to the line display."), false);
}

void DevicesViewModel::retranslate()
{
    rebuild();
    report({}, false);
}

void DevicesViewModel::refresh()
{
    m_devices.refresh();
    report(tr("Looking for devices again."), false);
}

void DevicesViewModel::lastScan(const QString &raw, const QString &parsed)
{
    // Scanned data is data: control characters (the GS1 separator among them) are shown, not obeyed.
    m_lastScanRaw.clear();
    for (const QChar c : raw)
        m_lastScanRaw += c.isPrint() ? QString(c) : QStringLiteral("<%1>").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    m_lastScanParsed = parsed;
    Q_EMIT lastScanChanged();
}

void DevicesViewModel::report(const QString &message, bool isError)
{
    m_message = message;
    m_messageIsError = isError;
    Q_EMIT messageChanged();
}

} // namespace omnitill
