#include "SerialTransport.h"

#include "HardwareLog.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

namespace {
template <typename T>
std::optional<T> lookup(const QString &value, std::initializer_list<std::pair<const char *, T>> names)
{
    for (const auto &[name, setting] : names) {
        if (value == QLatin1String(name))
            return setting;
    }
    return std::nullopt;
}
} // namespace

Result<SerialTransport::Settings> SerialTransport::parse(const QString &address)
{
    const QUrl url(address);
    if (url.scheme() != QLatin1String("serial") || url.path().isEmpty())
        return Error{tr("\"%1\" is not a serial address: use serial:///dev/ttyUSB0?baud=9600.").arg(address)};
    Settings settings;
    settings.port = url.path();
    const QUrlQuery query(url);
    const auto option = [&](const char *key, const char *fallback) {
        const QString value = query.queryItemValue(QLatin1String(key));
        return value.isEmpty() ? QLatin1String(fallback) : value;
    };
    bool numeric = false;
    settings.baudRate = option("baud", "9600").toInt(&numeric);
    const auto bits = lookup<QSerialPort::DataBits>(
        option("bits", "8"),
        {{"5", QSerialPort::Data5}, {"6", QSerialPort::Data6}, {"7", QSerialPort::Data7}, {"8", QSerialPort::Data8}});
    const auto parity = lookup<QSerialPort::Parity>(
        option("parity", "none"),
        {{"none", QSerialPort::NoParity}, {"even", QSerialPort::EvenParity}, {"odd", QSerialPort::OddParity}});
    const auto stop =
        lookup<QSerialPort::StopBits>(option("stop", "1"), {{"1", QSerialPort::OneStop}, {"2", QSerialPort::TwoStop}});
    const auto flow =
        lookup<QSerialPort::FlowControl>(option("flow", "none"), {{"none", QSerialPort::NoFlowControl},
                                                                  {"hardware", QSerialPort::HardwareControl},
                                                                  {"software", QSerialPort::SoftwareControl}});
    if (!numeric || settings.baudRate <= 0 || !bits || !parity || !stop || !flow)
        return Error{tr("\"%1\" has a setting a serial port cannot take: baud is a number, bits 5–8, parity "
                        "none/even/odd, stop 1 or 2, flow none/hardware/software.")
                         .arg(address)};
    settings.dataBits = *bits;
    settings.parity = *parity;
    settings.stopBits = *stop;
    settings.flowControl = *flow;
    return settings;
}

Result<std::unique_ptr<QIODevice>> SerialTransport::open(const QString &address)
{
    auto settings = parse(address);
    if (!settings)
        return Error{settings.error()};
    return open(*settings);
}

Result<std::unique_ptr<QIODevice>> SerialTransport::open(const Settings &settings)
{
    if (!QFileInfo::exists(settings.port))
        return Error{tr("There is no serial port %1: check the cable or the USB-serial adapter.").arg(settings.port)};
    auto port = std::make_unique<QSerialPort>();
    port->setPortName(settings.port);
    if (!port->open(QIODevice::ReadWrite)) {
        if (port->error() == QSerialPort::PermissionError)
            return Error{tr("permission denied on %1: add the till's user to the group dialout, or install the "
                            "udev rules from packaging/")
                             .arg(settings.port)};
        return Error{tr("The serial port %1 cannot be opened: %2.").arg(settings.port, port->errorString())};
    }
    if (!port->setBaudRate(settings.baudRate) || !port->setDataBits(settings.dataBits) ||
        !port->setParity(settings.parity) || !port->setStopBits(settings.stopBits) ||
        !port->setFlowControl(settings.flowControl))
        return Error{
            tr("The serial port %1 does not take these settings: %2.").arg(settings.port, port->errorString())};
    qCInfo(lcDevices) << "serial port" << settings.port << "open at" << settings.baudRate << "baud";
    return std::unique_ptr<QIODevice>(std::move(port));
}

} // namespace omnitill
