#include "ScanRouter.h"

#include "Gs1ElementString.h"
#include "Gtin.h"
#include "HardwareLog.h"
#include "MagneticStripe.h"
#include "TillQrPrefix.h"

namespace omnitill {

namespace {
constexpr QChar groupSeparator(0x1D);

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != 0x1D) || (u >= 0x7F && u <= 0x9F) || c.category() == QChar::Other_Format ||
           c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Tokens are base64url with a dot; receipts a UUID: nothing outside these characters is a till QR.
bool isTokenText(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-' ||
               c == u'_' || c == u'.';
    });
}

// What a refusal shows of the scan: short, and only printable characters.
QString shown(const QString &data)
{
    QString text = data.left(40);
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QChar(0xFFFD);
    }
    return data.size() > 40 ? text + QChar(0x2026) : text;
}

bool isGs1SymbologyId(const QString &id)
{
    static const QStringList ids = {QStringLiteral("]C1"), QStringLiteral("]e0"), QStringLiteral("]d2"),
                                    QStringLiteral("]Q3"), QStringLiteral("]J1")};
    return ids.contains(id);
}
} // namespace

ScanRouter::ScanRouter(VariableMeasureLayout layout, int currencyExponent)
    : m_layout(std::move(layout))
    , m_currencyExponent(currencyExponent)
{
}

bool ScanRouter::isCardSwipe(const QString &data)
{
    return !data.isEmpty() && MagneticStripe::isStartSentinel(data.front().unicode());
}

Result<ScannedCode> ScanRouter::route(const ScanPayload &payload) const
{
    const QString &data = payload.data;
    if (data.size() > maximumLength) {
        qCWarning(lcScanner) << "overlong scan refused:" << data.size() << "characters";
        return Error{tr("The scan is longer than %1 characters and was ignored.").arg(maximumLength)};
    }
    if (std::any_of(data.cbegin(), data.cend(), isControl)) {
        qCWarning(lcScanner) << "scan with control characters refused";
        return Error{tr("The scan contains control characters and was ignored.")};
    }
    if (data.isEmpty())
        return Error{tr("The scan held no data.")};
    if (isCardSwipe(data))
        return Error{tr("A magnetic card came in as a barcode and was ignored: attach card readers as a keyboard.")};
    if (const auto kind = tillQrKind(data))
        return ScannedCode{*kind, data, payload.symbologyId, {}, {}, {}, {}, {}, {}, {}};
    if (data.startsWith(QLatin1String("https://")) || data.startsWith(QLatin1String("http://")) ||
        isGs1SymbologyId(payload.symbologyId) || data.contains(groupSeparator) || (allDigits(data) && data.size() > 14))
        return routeGs1(payload);
    if (allDigits(data))
        return routeDigits(payload);
    return Error{tr("\"%1\" is not a product barcode or a code this till knows.").arg(shown(data))};
}

std::optional<ScannedCode::Kind> ScanRouter::tillQrKind(const QString &data)
{
    const std::pair<QLatin1StringView, ScannedCode::Kind> prefixes[] = {
        {TillQrPrefix::customer, ScannedCode::Kind::Customer},
        {TillQrPrefix::coupon, ScannedCode::Kind::Coupon},
        {TillQrPrefix::order, ScannedCode::Kind::Order},
        {TillQrPrefix::receipt, ScannedCode::Kind::Receipt},
    };
    for (const auto &[prefix, kind] : prefixes) {
        if (data.startsWith(prefix) && isTokenText(QStringView(data).mid(prefix.size())))
            return kind;
    }
    return std::nullopt;
}

Result<ScannedCode> ScanRouter::routeDigits(const ScanPayload &payload) const
{
    ScannedCode code{ScannedCode::Kind::Product, payload.data, payload.symbologyId, {}, {}, {}, {}, {}, {}, {}};
    // UPC-E and EAN-8 are both 8 digits; only the symbology says which (AIM ]E0 for UPC-E, ]E4 for EAN-8).
    if (payload.data.size() == 8 && payload.symbologyId == QLatin1String("]E0")) {
        auto upcA = Gtin::expandUpcE(payload.data);
        if (!upcA)
            return Error{upcA.error()};
        code.code = std::move(upcA).value();
        return code;
    }
    if (payload.data.size() == 13 && VariableMeasureLayout::isVariableMeasure(payload.data)) {
        auto measure = m_layout.decode(payload.data);
        if (!measure)
            return Error{measure.error()};
        code.kind = ScannedCode::Kind::VariableMeasure;
        code.measure = std::move(measure).value();
        return code;
    }
    const auto gtin = Gtin::parse(payload.data);
    if (!gtin)
        return Error{gtin.error()};
    return code;
}

Result<ScannedCode> ScanRouter::routeGs1(const ScanPayload &payload) const
{
    const bool isLink = !payload.data.startsWith(groupSeparator) && payload.data.contains(QLatin1String("://"));
    const auto parsed = isLink ? Gs1ElementString::parseDigitalLink(payload.data)
                               : Gs1ElementString::parse(payload.symbologyId + payload.data);
    if (!parsed)
        return Error{parsed.error()};
    const auto gtin = parsed->gtin();
    if (!gtin)
        return Error{tr("The GS1 code %1 names no product (no GTIN).").arg(parsed->bracketed())};
    // The bracketed form names the scan on screen and in the journal: the raw string holds GS characters.
    ScannedCode code{
        ScannedCode::Kind::Gs1Product, parsed->bracketed(), payload.symbologyId, {}, *gtin, {}, {}, {}, {}, {}};
    code.lot = parsed->value(QStringLiteral("10")).value_or(QString());
    code.serial = parsed->value(QStringLiteral("21")).value_or(QString());
    code.expiry = parsed->expiry();
    code.netWeightGrams = parsed->netWeightGrams();
    code.priceMinor = parsed->priceMinor(m_currencyExponent);
    if (parsed->value(QStringLiteral("17")) && !code.expiry)
        return Error{tr("The GS1 code %1 has an expiry date that does not exist.").arg(parsed->bracketed())};
    const bool hasPrice = std::any_of(parsed->elements().cbegin(), parsed->elements().cend(),
                                      [](const Gs1Element &e) { return e.ai.startsWith(QLatin1String("392")); });
    if (hasPrice && !code.priceMinor)
        return Error{tr("The GS1 code %1 has a price with more decimals than the currency.").arg(parsed->bracketed())};
    return code;
}

} // namespace omnitill
