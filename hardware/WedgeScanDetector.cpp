#include "WedgeScanDetector.h"

#include "HardwareLog.h"
#include "MagneticStripe.h"
#include "ScanPayload.h"

namespace omnitill {

namespace {
// US layout by evdev key code: unshifted and shifted character; 0 where the key makes no text.
struct KeyCharacters
{
    quint32 code;
    char16_t plain;
    char16_t shifted;
};
constexpr KeyCharacters usLayout[] = {
    {2, '1', '!'},  {3, '2', '@'},   {4, '3', '#'},  {5, '4', '$'},  {6, '5', '%'},  {7, '6', '^'},  {8, '7', '&'},
    {9, '8', '*'},  {10, '9', '('},  {11, '0', ')'}, {12, '-', '_'}, {13, '=', '+'}, {16, 'q', 'Q'}, {17, 'w', 'W'},
    {18, 'e', 'E'}, {19, 'r', 'R'},  {20, 't', 'T'}, {21, 'y', 'Y'}, {22, 'u', 'U'}, {23, 'i', 'I'}, {24, 'o', 'O'},
    {25, 'p', 'P'}, {26, '[', '{'},  {27, ']', '}'}, {30, 'a', 'A'}, {31, 's', 'S'}, {32, 'd', 'D'}, {33, 'f', 'F'},
    {34, 'g', 'G'}, {35, 'h', 'H'},  {36, 'j', 'J'}, {37, 'k', 'K'}, {38, 'l', 'L'}, {39, ';', ':'}, {40, '\'', '"'},
    {41, '`', '~'}, {43, '\\', '|'}, {44, 'z', 'Z'}, {45, 'x', 'X'}, {46, 'c', 'C'}, {47, 'v', 'V'}, {48, 'b', 'B'},
    {49, 'n', 'N'}, {50, 'm', 'M'},  {51, ',', '<'}, {52, '.', '>'}, {53, '/', '?'}, {57, ' ', ' '},
};
} // namespace

WedgeScanDetector::WedgeScanDetector(Settings settings)
    : m_settings(std::move(settings))
{
}

std::optional<char16_t> WedgeScanDetector::usCharacter(const KeyStroke &stroke)
{
    for (const KeyCharacters &key : usLayout) {
        if (key.code != stroke.scanCode)
            continue;
        if (stroke.control) {
            // Ctrl+letter and Ctrl+[ \ ] make C0 control codes; scanners send GS (FNC1) as Ctrl+].
            const char16_t upper = key.shifted;
            if ((upper >= u'A' && upper <= u'Z') || key.plain == u'[' || key.plain == u'\\' || key.plain == u']')
                return char16_t((key.plain >= u'a' ? upper : key.plain) - 0x40);
            return std::nullopt;
        }
        return stroke.shift ? key.shifted : key.plain;
    }
    if (stroke.scanCode == keyEnter || stroke.scanCode == keyKeypadEnter)
        return u'\r';
    if (stroke.scanCode == keyTab)
        return u'\t';
    return std::nullopt;
}

std::optional<KeyStroke> WedgeScanDetector::usKeyStroke(char16_t character)
{
    if (character == u'\r' || character == u'\n')
        return KeyStroke{keyEnter, false, false, 0};
    if (character == u'\t')
        return KeyStroke{keyTab, false, false, 0};
    if (character == 0x1D)
        return KeyStroke{27, false, true, 0}; // Ctrl+]
    for (const KeyCharacters &key : usLayout) {
        if (key.plain == character)
            return KeyStroke{key.code, false, false, 0};
        if (key.shifted == character)
            return KeyStroke{key.code, true, false, 0};
    }
    return std::nullopt;
}

bool WedgeScanDetector::isTerminator(const KeyStroke &stroke)
{
    return !stroke.control &&
           (stroke.scanCode == keyEnter || stroke.scanCode == keyKeypadEnter || stroke.scanCode == keyTab);
}

bool WedgeScanDetector::isBurst() const
{
    qsizetype keys = m_buffer.size();
    if (keys > 0 && isTerminator(m_buffer.last()))
        --keys;
    if (keys < m_settings.minLength)
        return false;
    for (qsizetype i = 1; i < m_buffer.size(); ++i) {
        if (m_buffer[i].timestampMs - m_buffer[i - 1].timestampMs > m_settings.maxGapMs)
            return false;
    }
    const qint64 span = m_buffer.last().timestampMs - m_buffer.first().timestampMs;
    return span <= m_settings.maxAverageMs * (m_buffer.size() - 1);
}

QList<WedgeOutput> WedgeScanDetector::press(const KeyStroke &stroke)
{
    QList<WedgeOutput> decisions;
    if (m_discardingBurst) {
        if (stroke.timestampMs - m_buffer.last().timestampMs <= m_settings.maxGapMs) {
            m_buffer.last() = stroke; // only its time matters: the burst goes on, and nowhere
            return decisions;
        }
        m_discardingBurst = false;
        m_buffer.clear();
    }
    if (!m_buffer.isEmpty() && stroke.timestampMs - m_buffer.last().timestampMs > m_settings.maxGapMs)
        decisions += decide(false);
    // Room for the longest burst up front: a growing list would leave freed copies of a card's keys behind.
    if (m_buffer.isEmpty())
        m_buffer.reserve(m_settings.maxLength + m_settings.prefix.size() + m_settings.suffix.size() + 2);
    m_buffer.append(stroke);
    if (isTerminator(stroke)) {
        decisions += decide(true);
    } else if (m_buffer.size() > m_settings.maxLength + m_settings.prefix.size() + m_settings.suffix.size() &&
               isBurst()) {
        WedgeOutput refused;
        refused.kind = WedgeOutput::Kind::Refused;
        refused.reason = ScanPayload::tooLongReason(m_settings.maxLength);
        qCWarning(lcScanner) << "overlong scanner burst dropped";
        m_buffer = {stroke};
        m_discardingBurst = true;
        decisions += refused;
    }
    return decisions;
}

QList<WedgeOutput> WedgeScanDetector::flush(qint64 nowMs)
{
    if (m_buffer.isEmpty() || nowMs - m_buffer.last().timestampMs <= m_settings.maxGapMs)
        return {};
    if (m_discardingBurst) {
        m_discardingBurst = false;
        m_buffer.clear();
        return {};
    }
    return {decide(false)};
}

WedgeOutput WedgeScanDetector::decide(bool terminated)
{
    WedgeOutput output;
    const bool burst = isBurst() && (terminated || !m_settings.terminatorRequired);
    output.strokes = std::exchange(m_buffer, {});
    if (!burst)
        return output; // Typing
    if (const auto first = usCharacter(output.strokes.first()); first && MagneticStripe::isStartSentinel(*first))
        return swipe(std::move(output));
    QString data;
    int dropped = 0;
    for (const KeyStroke &stroke : std::as_const(output.strokes)) {
        if (isTerminator(stroke))
            continue;
        const auto c = usCharacter(stroke);
        if (!c || (*c < 0x20 && *c != 0x1D) || *c == 0x7F) {
            ++dropped; // scanned data is data: no other control character, no shortcut, goes anywhere
            continue;
        }
        data += QChar(*c);
    }
    if (dropped > 0)
        qCInfo(lcScanner) << dropped << "keys that make no printable character dropped from a scan";
    ScanPayload payload = ScanPayload::fromRaw(std::move(data), {m_settings.prefix, m_settings.suffix});
    output.symbologyId = payload.symbologyId;
    if (payload.data.isEmpty()) {
        output.kind = WedgeOutput::Kind::Refused;
        output.reason = tr("The scan held no data.");
        return output;
    }
    output.kind = WedgeOutput::Kind::Scan;
    output.data = std::move(payload.data);
    return output;
}

WedgeOutput WedgeScanDetector::swipe(WedgeOutput output)
{
    output.kind = WedgeOutput::Kind::Swipe;
    output.track.reserve(output.strokes.size());
    for (KeyStroke &stroke : output.strokes) {
        if (const auto c = usCharacter(stroke); c && *c >= 0x20 && *c < 0x7F)
            output.track.append(char(*c));
        stroke = KeyStroke{};
    }
    return output;
}

} // namespace omnitill
