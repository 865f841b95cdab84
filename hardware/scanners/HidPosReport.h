#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace omnitill {

// One input report of a USB HID POS barcode scanner (usage page 0x8C, Bar Code Scanner collection),
// as /dev/hidrawN returns it: the Scanned Data Report, report ID 0x02, 63 bytes after the ID. Layout
// as Honeywell, Zebra and Datalogic send it (HID Point of Sale Usage Tables 1.02; see
// reference/hardware.md 2.2), offsets into the report including its ID:
//
//     [0]       report ID 0x02
//     [1]       number of decoded data bytes in this report
//     [2..4]    Symbology Identifier 1-3 (usages 0xFB-0xFD): the AIM id "]E0", or zeros
//     [5..]     Decoded Data (usage 0xFE), as many bytes as [1] says
//     [63]      Decode Data Continued (usage 0xFF): non-zero when the next report continues this scan
//
// Some firmware puts a zero before the symbology identifier ([3..5], data from [6]); that is accepted.
// Honeywell's proprietary code id at [61] is not data and is ignored.
struct HidPosFragment
{
    QString symbologyId; // AIM id, empty if the scanner sent none
    QByteArray data;
    bool continued = false;
};

class HidPosReport
{
    Q_DECLARE_TR_FUNCTIONS(HidPosReport)

public:
    static constexpr quint8 scannedDataReportId = 0x02;
    static constexpr qsizetype reportSize = 64; // with the report ID

    // Refuses reports of another ID (status, trigger), short reports and lengths past the end.
    [[nodiscard]] static Result<HidPosFragment> decode(const QByteArray &report);
};

} // namespace omnitill
