#include "ScanPayload.h"

namespace omnitill {

ScanPayload ScanPayload::fromRaw(QString raw, const ScanAffixes &affixes)
{
    ScanPayload payload;
    if (!affixes.prefix.isEmpty() && raw.startsWith(affixes.prefix))
        raw.remove(0, affixes.prefix.size());
    if (!affixes.suffix.isEmpty() && raw.endsWith(affixes.suffix))
        raw.chop(affixes.suffix.size());
    // "]" + a letter + a modifier character; "]" followed by anything else is data.
    if (raw.size() >= 3 && raw.at(0) == QLatin1Char(']') && raw.at(1).isLetter() && raw.at(1).unicode() < 0x80 &&
        raw.at(2).unicode() > 0x20 && raw.at(2).unicode() < 0x7F) {
        payload.symbologyId = raw.left(3);
        raw.remove(0, 3);
    }
    payload.data = std::move(raw);
    return payload;
}

QString ScanPayload::tooLongReason(int maxLength)
{
    return tr("A scan longer than %1 characters was ignored.").arg(maxLength);
}

} // namespace omnitill
