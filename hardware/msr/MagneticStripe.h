#pragma once

#include "Result.h"
#include "SensitiveBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace omnitill {

// What a swiped card is to the till. A payment card carries nothing at all: its number never leaves the
// parser, so nothing downstream can store, log or show it.
struct CardSwipe
{
    enum class Kind {
        Payment,  // refused: payment cards go through the card terminal, never the till
        Loyalty,  // number: the customer's loyalty number, as typed at the customer strip
        GiftCard, // number: the gift card's number
        Staff,    // number: the staff number; cardCode: the secret the store keeps only hashed
    };
    Kind kind = Kind::Payment;
    QString number;
    QString cardCode;
};

// Reads what a magnetic stripe reader delivers for one swipe (ISO/IEC 7813: track 1 "%B…^NAME^…?",
// track 2 ";…=…?", track 3 ";…?", in that order, each optionally followed by its LRC character, the
// whole optionally ended by CR/LF as keyboard-wedge readers send it) and says which card it was.
// Pure: bytes in, a value out, tested with text fixtures.
//
// Checked: start and end sentinels, the character set of each track (track 2 and 3: digits and "="
// only), each track's data length (76, 37 and 104 characters), the PAN length (at most 19 digits) and the
// LRC where one is present. Track 1's LRC is the XOR of the 6-bit characters (c - 0x20), track 2's and
// 3's of the 4-bit ones (c - 0x30), sentinels included; a character after "?" that matches it is the LRC,
// a start sentinel that does not is the next track, anything else is a bad LRC.
//
// The store's own cards use track 2 only, and ISO/IEC 7812 major industry identifier 8, which no payment
// network issues from. Their layout lives here and nowhere else:
//   loyalty card   ;88DDDDDDDDDD?          12 digits from 88: the loyalty number (demo: 880010000001)
//   gift card      ;87DDDDDDDDDDDDDD?      12 to 19 digits from 87: the gift card number
//   staff card     ;86<staff no>=<code>?   86, the staff number (1 to 8 digits), "=", the card code (8 to 16
//                                          digits; the store keeps only its hash, like a PIN)
// A payment card is one with track 1 format code "B", or whose track 2 PAN passes the Luhn check and
// either starts 1–6 (airline, travel and banking issuers: every card network) or is followed by "=" and
// an expiry and service code. Payment is decided before the store's layouts, so a card that looks like
// both is refused, never read.
//
// Invariant: a result of Kind::Payment has empty number and cardCode, and no error message quotes any
// part of a track. The parser reads the caller's bytes in place and copies nothing of a payment card.
class MagneticStripe
{
    Q_DECLARE_TR_FUNCTIONS(MagneticStripe)

public:
    static constexpr qsizetype track1MaxData = 76, track2MaxData = 37, track3MaxData = 104, panMaxDigits = 19;
    static constexpr QByteArrayView loyaltyPrefix{"88"}, giftCardPrefix{"87"}, staffCardPrefix{"86"};
    static constexpr qsizetype loyaltyDigits = 12, giftCardMinDigits = 12, staffNumberMaxDigits = 8;
    static constexpr qsizetype cardCodeMinDigits = 8, cardCodeMaxDigits = 16;

    // A swipe's whole text; errors are reasons a cashier can read.
    [[nodiscard]] static Result<CardSwipe> read(QByteArrayView swipe);
    // Whether a reader's output starts like a swipe (a start sentinel) rather than a barcode.
    [[nodiscard]] static bool isStartSentinel(char16_t character) { return character == u'%' || character == u';'; }
    // What the cashier is told when a payment card was swiped.
    [[nodiscard]] static QString paymentCardRefusal();
    // Every reader's end of a swipe: a store card goes to swiped, a payment card (paymentCardRefusal()) or a
    // swipe that is no card to refused; a staff card's code is wiped once swiped returned. The caller owns the
    // swipe's text and wipes it.
    static void handle(const SensitiveBytes &swipe, const std::function<void(const CardSwipe &)> &swiped,
                       const std::function<void(const QString &)> &refused);

    [[nodiscard]] static bool passesLuhn(QByteArrayView digits);
};

} // namespace omnitill
