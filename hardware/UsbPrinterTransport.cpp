#include "UsbPrinterTransport.h"

#include "HardwareLog.h"
#include "UsbFailure.h"
#include "UsbPrinterInterface.h"

#include <libusb.h>

namespace omnitill {

namespace {
// Small enough that a timeout means the printer stopped taking data, not that the job was large.
constexpr int chunkBytes = 4096;
constexpr int statusPacketBytes = 64;
} // namespace

// Owns the libusb context and the open handle; undoes in reverse what open() did.
struct UsbPrinterTransport::Usb
{
    libusb_context *context = nullptr;
    libusb_device_handle *handle = nullptr;
    UsbPrinterInterface interface;
    UsbFailure failure; // device and node filled in, for every later message
    bool claimed = false;
    bool detachedKernelDriver = false;

    ~Usb()
    {
        if (claimed)
            libusb_release_interface(handle, interface.number);
        if (detachedKernelDriver)
            libusb_attach_kernel_driver(handle, interface.number);
        if (handle)
            libusb_close(handle);
        if (context)
            libusb_exit(context);
    }

    Error error(UsbFailure::Step step, int code) const
    {
        UsbFailure failed = failure;
        failed.step = step;
        failed.code = code;
        return Error{failed.message()};
    }

    QString serialNumber(libusb_device_handle *candidate, quint8 index) const
    {
        unsigned char text[256] = {};
        const int length = index ? libusb_get_string_descriptor_ascii(candidate, index, text, sizeof text) : 0;
        return length > 0 ? QString::fromLatin1(reinterpret_cast<const char *>(text), length) : QString();
    }

    // Opens the first device with the id's vendor, product (and serial number, when one is asked for).
    Result<void> openMatching(const UsbDeviceId &id)
    {
        libusb_device **list = nullptr;
        const ssize_t count = libusb_get_device_list(context, &list);
        if (count < 0)
            return error(UsbFailure::Step::Find, int(count));
        int lastCode = LIBUSB_ERROR_NOT_FOUND;
        for (ssize_t n = 0; n < count && !handle; ++n) {
            libusb_device_descriptor descriptor{};
            if (libusb_get_device_descriptor(list[n], &descriptor) != 0 || descriptor.idVendor != id.vendorId ||
                descriptor.idProduct != id.productId)
                continue;
            failure.node = UsbFailure::nodePath(libusb_get_bus_number(list[n]), libusb_get_device_address(list[n]));
            libusb_device_handle *candidate = nullptr;
            if (const int opened = libusb_open(list[n], &candidate); opened != 0) {
                lastCode = opened;
                continue;
            }
            if (!id.serialNumber.isEmpty() && serialNumber(candidate, descriptor.iSerialNumber) != id.serialNumber) {
                libusb_close(candidate);
                continue;
            }
            libusb_config_descriptor *configuration = nullptr;
            if (const int read = libusb_get_active_config_descriptor(list[n], &configuration); read != 0) {
                libusb_close(candidate);
                lastCode = read;
                continue;
            }
            auto selected = UsbPrinterInterface::select(UsbPrinterInterface::describe(*configuration), id.name());
            libusb_free_config_descriptor(configuration);
            if (!selected) {
                libusb_close(candidate);
                libusb_free_device_list(list, 1);
                return Error{selected.error()};
            }
            interface = *selected;
            handle = candidate;
        }
        libusb_free_device_list(list, 1);
        if (!handle)
            return error(lastCode == LIBUSB_ERROR_NOT_FOUND ? UsbFailure::Step::Find : UsbFailure::Step::Open,
                         lastCode);
        return {};
    }

    Result<void> claim()
    {
        // Detach and claim in two steps rather than libusb's auto-detach, so a failure names its cause.
        if (libusb_kernel_driver_active(handle, interface.number) == 1) {
            const int detached = libusb_detach_kernel_driver(handle, interface.number);
            if (detached != 0 && detached != LIBUSB_ERROR_NOT_FOUND)
                return error(UsbFailure::Step::DetachKernelDriver, detached);
            detachedKernelDriver = detached == 0;
            qCInfo(lcDevices) << "detached usblp from USB printer" << failure.device;
        }
        if (const int result = libusb_claim_interface(handle, interface.number); result != 0)
            return error(UsbFailure::Step::Claim, result);
        claimed = true;
        if (interface.alternateSetting != 0) {
            const int set = libusb_set_interface_alt_setting(handle, interface.number, interface.alternateSetting);
            if (set != 0)
                return error(UsbFailure::Step::Claim, set);
        }
        return {};
    }
};

UsbPrinterTransport::UsbPrinterTransport(std::unique_ptr<Usb> usb, int writeTimeoutMs)
    : m_usb(std::move(usb))
    , m_writeTimeoutMs(writeTimeoutMs)
{
}

UsbPrinterTransport::~UsbPrinterTransport() = default;

Result<std::unique_ptr<QIODevice>> UsbPrinterTransport::open(const UsbDeviceId &id, int writeTimeoutMs)
{
    auto usb = std::make_unique<Usb>();
    usb->failure.device = id.name();
    if (const int initialized = libusb_init(&usb->context); initialized != 0) {
        usb->context = nullptr;
        return usb->error(UsbFailure::Step::Initialize, initialized);
    }
    if (auto found = usb->openMatching(id); !found)
        return Error{found.error()};
    if (auto claimed = usb->claim(); !claimed)
        return Error{claimed.error()};
    qCInfo(lcDevices) << "USB printer" << id.name() << "claimed, interface" << usb->interface.number << "OUT" << Qt::hex
                      << usb->interface.bulkOut << "IN" << usb->interface.bulkIn;
    std::unique_ptr<UsbPrinterTransport> transport(new UsbPrinterTransport(std::move(usb), writeTimeoutMs));
    transport->QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return std::unique_ptr<QIODevice>(std::move(transport));
}

void UsbPrinterTransport::close()
{
    QIODevice::close();
    m_usb.reset();
}

qint64 UsbPrinterTransport::bytesAvailable() const
{
    return m_received.size() + QIODevice::bytesAvailable();
}

bool UsbPrinterTransport::waitForReadyRead(int msecs)
{
    if (!m_usb || !m_usb->interface.bidirectional())
        return false;
    unsigned char packet[statusPacketBytes];
    int received = 0;
    const int result =
        libusb_bulk_transfer(m_usb->handle, m_usb->interface.bulkIn, packet, sizeof packet, &received, uint(msecs));
    if (result != 0 && result != LIBUSB_ERROR_TIMEOUT)
        setErrorString(m_usb->error(UsbFailure::Step::Read, result).message);
    if (received <= 0)
        return false;
    m_received.append(reinterpret_cast<const char *>(packet), received);
    Q_EMIT readyRead();
    return true;
}

qint64 UsbPrinterTransport::readData(char *data, qint64 maxSize)
{
    const qint64 taken = qMin<qint64>(maxSize, m_received.size());
    std::memcpy(data, m_received.constData(), size_t(taken));
    m_received.remove(0, taken);
    return taken;
}

qint64 UsbPrinterTransport::writeData(const char *data, qint64 size)
{
    if (!m_usb)
        return -1;
    qint64 sent = 0;
    while (sent < size) {
        const int chunk = int(qMin<qint64>(chunkBytes, size - sent));
        int transferred = 0;
        auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(data + sent));
        const int result = libusb_bulk_transfer(m_usb->handle, m_usb->interface.bulkOut, bytes, chunk, &transferred,
                                                uint(m_writeTimeoutMs));
        sent += transferred;
        // A timeout with progress is a slow printer (a long raster image); without progress it is stuck.
        if (result == LIBUSB_ERROR_TIMEOUT && transferred > 0)
            continue;
        if (result != 0) {
            UsbFailure failed = m_usb->failure;
            failed.step = UsbFailure::Step::Write;
            failed.code = result;
            failed.bytesDone = sent;
            failed.bytesTotal = size;
            failed.timeoutMs = m_writeTimeoutMs;
            setErrorString(failed.message());
            qCWarning(lcDevices) << failed.message();
            return sent > 0 ? sent : -1;
        }
    }
    return sent;
}

} // namespace omnitill
