#pragma once

#include <QLatin1StringView>

namespace omnitill {

// The prefixes of the QR codes the till itself issues or trusts, in one place so that the code that
// writes a QR and the code that routes a scan cannot drift apart. Each names the format and its
// version; a new format gets a new prefix, never a changed meaning for an old one.
struct TillQrPrefix
{
    static constexpr QLatin1StringView customer{"OMC1:"}; // customer app token (CustomerToken)
    static constexpr QLatin1StringView coupon{"OMCP1:"};  // signed coupon issued by the central store (CouponToken)
    static constexpr QLatin1StringView order{"OMO1:"};    // signed online order, for pickup and return (OrderToken)
    static constexpr QLatin1StringView receipt{"OTR:"};   // a printed receipt: the sale's UUID (Receipt)
};

} // namespace omnitill
