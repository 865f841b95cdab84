#include "MagneticStripe.h"

#include <algorithm>
#include <optional>

namespace omnitill {

namespace {
// Track 1 is 6-bit alphanumeric (space to "_"), tracks 2 and 3 are 4-bit BCD (0 to "?").
struct TrackFormat
{
    char base;
    char mask;
    qsizetype maxData;
};

TrackFormat formatOf(int track)
{
    if (track == 1)
        return {0x20, 0x3F, MagneticStripe::track1MaxData};
    return {0x30, 0x0F, track == 2 ? MagneticStripe::track2MaxData : MagneticStripe::track3MaxData};
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

qsizetype indexOf(QByteArrayView text, char wanted, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == wanted)
            return i;
    }
    return -1;
}

// The LRC character over a whole track, start and end sentinels included.
char lrcOf(int track, QByteArrayView sentinelToSentinel)
{
    const TrackFormat format = formatOf(track);
    char lrc = 0;
    for (char c : sentinelToSentinel)
        lrc ^= char((c - format.base) & format.mask);
    return char(format.base + lrc);
}

bool validCharacter(int track, char c)
{
    if (track == 1)
        return c >= 0x20 && c <= 0x5F && c != '%' && c != '?';
    return isDigit(c) || c == '=';
}
} // namespace

QString MagneticStripe::paymentCardRefusal()
{
    return tr("Use the card terminal for payment cards");
}

void MagneticStripe::handle(const SensitiveBytes &swipe, const std::function<void(const CardSwipe &)> &swiped,
                            const std::function<void(const QString &)> &refused)
{
    auto card = read(swipe.view());
    if (!card)
        refused(card.error());
    else if (card->kind == CardSwipe::Kind::Payment)
        refused(paymentCardRefusal());
    else
        swiped(*card);
    // The receivers took the card by reference and are done with it: a staff card's code goes too.
    if (card)
        SensitiveBytes::wipe(card->cardCode);
}

bool MagneticStripe::passesLuhn(QByteArrayView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int digit = digits[i] - '0';
        if (doubled && (digit *= 2) > 9)
            digit -= 9;
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

Result<CardSwipe> MagneticStripe::read(QByteArrayView swipe)
{
    while (!swipe.isEmpty() && (swipe.back() == '\r' || swipe.back() == '\n'))
        swipe.chop(1);
    if (swipe.isEmpty())
        return Error{tr("The card swipe held no data.")};
    std::optional<QByteArrayView> track2;
    int lastTrack = 0;
    qsizetype position = 0;
    while (position < swipe.size()) {
        const qsizetype start = position;
        const int track = swipe[start] == '%' ? 1 : swipe[start] == ';' ? std::max(lastTrack + 1, 2) : 0;
        if (track == 0)
            return Error{tr("The card's data does not start with a track's start sentinel (% or ;): swipe again.")};
        if (track <= lastTrack || track > 3)
            return Error{tr("The card's tracks are out of order: swipe again.")};
        const qsizetype end = indexOf(swipe, '?', start + 1);
        if (end < 0)
            return Error{tr("Track %1 of the card has no end sentinel: swipe again.").arg(track)};
        const QByteArrayView data = swipe.sliced(start + 1, end - start - 1);
        if (data.isEmpty())
            return Error{tr("Track %1 of the card is empty.").arg(track)};
        if (data.size() > formatOf(track).maxData)
            return Error{tr("Track %1 of the card is longer than %2 characters: this is no card the till reads.")
                             .arg(track)
                             .arg(formatOf(track).maxData)};
        if (!std::all_of(data.begin(), data.end(), [track](char c) { return validCharacter(track, c); }))
            return Error{tr("Track %1 of the card holds characters it may not hold: swipe again.").arg(track)};
        position = end + 1;
        if (position < swipe.size()) {
            if (swipe[position] == lrcOf(track, swipe.sliced(start, end - start + 1)))
                ++position;
            else if (!isStartSentinel(char16_t(swipe[position])))
                return Error{tr("Track %1 of the card failed its check (LRC): swipe again.").arg(track)};
        }
        // Format code B is a bank card: refused at once, before anything else of it is looked at.
        if (track == 1 && data[0] == 'B')
            return CardSwipe{CardSwipe::Kind::Payment, {}, {}};
        if (track == 2)
            track2 = data;
        lastTrack = track;
    }
    const auto notOurs = [] { return Error{tr("This card is not one of the store's cards.")}; };
    if (!track2)
        return notOurs();
    const qsizetype separator = indexOf(*track2, '=');
    const QByteArrayView pan = separator < 0 ? *track2 : track2->first(separator);
    const QByteArrayView rest = separator < 0 ? QByteArrayView() : track2->sliced(separator + 1);
    if (pan.isEmpty() || pan.size() > panMaxDigits)
        return Error{tr("The card number on track 2 must have 1 to %1 digits.").arg(panMaxDigits)};
    // Expiry (YYMM) and service code follow a payment card's number.
    constexpr qsizetype expiryAndServiceCode = 7;
    const bool luhn = pan.size() >= 12 && passesLuhn(pan);
    if (luhn && ((pan[0] >= '1' && pan[0] <= '6') || rest.size() >= expiryAndServiceCode))
        return CardSwipe{CardSwipe::Kind::Payment, {}, {}};
    const auto number = [](QByteArrayView digits) { return QString::fromLatin1(digits); };
    if (separator < 0 && pan.startsWith(loyaltyPrefix) && pan.size() == loyaltyDigits)
        return CardSwipe{CardSwipe::Kind::Loyalty, number(pan), {}};
    if (separator < 0 && pan.startsWith(giftCardPrefix) && pan.size() >= giftCardMinDigits)
        return CardSwipe{CardSwipe::Kind::GiftCard, number(pan), {}};
    const qsizetype staffDigits = pan.size() - staffCardPrefix.size();
    if (separator >= 0 && pan.startsWith(staffCardPrefix) && staffDigits >= 1 && staffDigits <= staffNumberMaxDigits &&
        rest.size() >= cardCodeMinDigits && rest.size() <= cardCodeMaxDigits && allDigits(rest))
        return CardSwipe{CardSwipe::Kind::Staff, number(pan.sliced(staffCardPrefix.size())), number(rest)};
    return notOurs();
}

} // namespace omnitill
