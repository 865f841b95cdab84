#include "HidPosReport.h"

#include <cctype>

namespace omnitill {

namespace {
constexpr qsizetype lengthAt = 1;
constexpr qsizetype symbologyAt = 2;
constexpr qsizetype dataAt = 5;
constexpr qsizetype continuedAt = HidPosReport::reportSize - 1;
// The decoded data field ends where vendor bytes begin (Honeywell's code id at 61).
constexpr qsizetype maximumDataLength = 56;

bool isAimId(const QByteArray &id)
{
    return id.size() == 3 && id.at(0) == ']' && std::isalpha(static_cast<unsigned char>(id.at(1))) && id.at(2) > 0x20 &&
           id.at(2) < 0x7F;
}
} // namespace

Result<HidPosFragment> HidPosReport::decode(const QByteArray &report)
{
    if (report.isEmpty() || quint8(report.at(0)) != scannedDataReportId)
        return Error{tr("The scanner sent a report that holds no scan.")};
    if (report.size() < dataAt)
        return Error{tr("The scanner sent a report of %1 bytes, too short for a scan.").arg(report.size())};
    const qsizetype length = quint8(report.at(lengthAt));
    qsizetype data = dataAt;
    QByteArray symbology = report.mid(symbologyAt, 3);
    if (symbology.startsWith('\0') && isAimId(report.mid(symbologyAt + 1, 3))) {
        symbology = report.mid(symbologyAt + 1, 3);
        ++data;
    }
    if (length > maximumDataLength || data + length > report.size())
        return Error{tr("The scanner's report says %1 bytes of data but carries fewer.").arg(length)};
    HidPosFragment fragment;
    if (isAimId(symbology))
        fragment.symbologyId = QString::fromLatin1(symbology);
    fragment.data = report.mid(data, length);
    fragment.continued = report.size() == reportSize && report.at(continuedAt) != 0;
    return fragment;
}

} // namespace omnitill
