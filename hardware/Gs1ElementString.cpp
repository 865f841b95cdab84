#include "Gs1ElementString.h"

#include "Gtin.h"

#include <QUrl>
#include <QUrlQuery>

namespace omnitill {

namespace {
constexpr QChar groupSeparator(0x1D);

struct AiRule
{
    const char *prefix; // AI, or its first three digits for the 310n and 392n families
    int aiLength;
    int fixedLength; // value length, 0 when variable
    int maxLength;
    bool numeric;
};
constexpr AiRule aiRules[] = {
    {"00", 2, 18, 18, true}, {"01", 2, 14, 14, true}, {"02", 2, 14, 14, true}, {"10", 2, 0, 20, false},
    {"11", 2, 6, 6, true},   {"13", 2, 6, 6, true},   {"15", 2, 6, 6, true},   {"17", 2, 6, 6, true},
    {"20", 2, 2, 2, true},   {"21", 2, 0, 20, false}, {"30", 2, 0, 8, true},   {"37", 2, 0, 8, true},
    {"310", 4, 6, 6, true},  {"392", 4, 0, 15, true},
};

const AiRule *ruleFor(QStringView text)
{
    for (const AiRule &rule : aiRules) {
        const QLatin1StringView prefix(rule.prefix);
        if (text.size() >= rule.aiLength && text.startsWith(prefix) &&
            (rule.aiLength == prefix.size() || text.at(prefix.size()).isDigit()))
            return &rule;
    }
    return nullptr;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// GS1 AI encodable character set 82: printable ASCII without space and a few symbols.
bool isCset82(QStringView text)
{
    static const QString allowed = QStringLiteral("!\"%&'()*+,-./:;<=>?_");
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || allowed.contains(c);
    });
}
} // namespace

Result<void> Gs1ElementString::check(const Gs1Element &element)
{
    const AiRule *rule = ruleFor(element.ai);
    if (!rule || element.ai.size() != rule->aiLength)
        return Error{tr("GS1 application identifier (%1) is not one the till reads.").arg(element.ai)};
    const qsizetype length = element.value.size();
    if ((rule->fixedLength && length != rule->fixedLength) || length == 0 || length > rule->maxLength)
        return Error{tr("GS1 (%1) has %2 characters, which is not a valid length.").arg(element.ai).arg(length)};
    if (rule->numeric ? !allDigits(element.value) : !isCset82(element.value))
        return Error{tr("GS1 (%1) holds characters it may not: \"%2\".").arg(element.ai, element.value)};
    if ((element.ai == QLatin1String("01") || element.ai == QLatin1String("02") || element.ai == QLatin1String("00")) &&
        Gtin::checkDigit(QStringView(element.value).chopped(1)) != element.value.back().digitValue())
        return Error{tr("GS1 (%1) %2 has a wrong check digit.").arg(element.ai, element.value)};
    if (rule->fixedLength == 6 && element.ai.size() == 2 && element.ai.at(0) == QLatin1Char('1')) {
        const int month = element.value.mid(2, 2).toInt();
        const int day = element.value.mid(4, 2).toInt();
        if (month < 1 || month > 12 || day > 31)
            return Error{tr("GS1 (%1) %2 is not a date.").arg(element.ai, element.value)};
    }
    return {};
}

Result<Gs1ElementString> Gs1ElementString::fromPairs(QList<Gs1Element> elements)
{
    if (elements.isEmpty())
        return Error{tr("The GS1 data is empty.")};
    for (const Gs1Element &element : std::as_const(elements)) {
        if (auto ok = check(element); !ok)
            return Error{ok.error()};
    }
    Gs1ElementString result;
    result.m_elements = std::move(elements);
    return result;
}

Result<Gs1ElementString> Gs1ElementString::parse(const QString &scanned)
{
    QStringView rest(scanned);
    static const QStringList gs1AimIds = {QStringLiteral("]C1"), QStringLiteral("]e0"), QStringLiteral("]d2"),
                                          QStringLiteral("]Q3"), QStringLiteral("]J1")};
    if (rest.startsWith(QLatin1Char(']'))) {
        if (!gs1AimIds.contains(rest.left(3).toString()))
            return Error{tr("The barcode (%1) does not carry GS1 data.").arg(rest.left(3))};
        rest = rest.mid(3);
    }
    while (rest.startsWith(groupSeparator))
        rest = rest.mid(1);
    QList<Gs1Element> elements;
    while (!rest.isEmpty()) {
        const AiRule *rule = ruleFor(rest);
        if (!rule)
            return Error{
                tr("GS1 data \"%1\" starts with an application identifier the till does not read.").arg(rest.left(4))};
        Gs1Element element{rest.left(rule->aiLength).toString(), {}};
        rest = rest.mid(rule->aiLength);
        if (rule->fixedLength) {
            element.value = rest.left(rule->fixedLength).toString();
            rest = rest.mid(qMin(rest.size(), qsizetype(rule->fixedLength)));
            if (rest.startsWith(groupSeparator)) // tolerated after a fixed-length value
                rest = rest.mid(1);
        } else {
            const qsizetype end = rest.indexOf(groupSeparator);
            element.value = (end < 0 ? rest : rest.left(end)).toString();
            rest = end < 0 ? QStringView() : rest.mid(end + 1);
        }
        elements.append(element);
    }
    return fromPairs(std::move(elements));
}

Result<Gs1ElementString> Gs1ElementString::parseBracketed(const QString &text)
{
    QList<Gs1Element> elements;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype close = text.indexOf(QLatin1Char(')'), at);
        if (text.at(at) != QLatin1Char('(') || close < 0)
            return Error{tr("\"%1\" is not GS1 data in brackets.").arg(text)};
        qsizetype next = text.indexOf(QLatin1Char('('), close);
        if (next < 0)
            next = text.size();
        elements.append({text.mid(at + 1, close - at - 1), text.mid(close + 1, next - close - 1)});
        at = next;
    }
    return fromPairs(std::move(elements));
}

Result<Gs1ElementString> Gs1ElementString::parseDigitalLink(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return Error{tr("\"%1\" is not a web address.").arg(uri)};
    // Split before decoding: a value may hold an encoded slash ("ABC%2F1").
    QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    // The primary key may follow any path prefix of the resolver; the last "01" pair starts the key.
    qsizetype start = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments.at(i) == QLatin1String("01"))
            start = i;
    }
    if (start < 0 || (segments.size() - start) % 2 != 0)
        return Error{tr("\"%1\" is not a GS1 Digital Link with a GTIN.").arg(uri)};
    QList<Gs1Element> elements;
    for (qsizetype i = start; i < segments.size(); i += 2) {
        QString value = segments.at(i + 1);
        if (segments.at(i) == QLatin1String("01") && allDigits(value) && value.size() < 14)
            value = value.rightJustified(14, QLatin1Char('0')); // GTIN-8, -12 and -13 pad to 14
        elements.append({segments.at(i), value});
    }
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (allDigits(key)) // other parameters belong to the resolver, not to GS1
            elements.append({key, value});
    }
    return fromPairs(std::move(elements));
}

std::optional<QString> Gs1ElementString::value(const QString &ai) const
{
    for (const Gs1Element &element : m_elements) {
        if (element.ai == ai)
            return element.value;
    }
    return std::nullopt;
}

std::optional<QString> Gs1ElementString::gtin() const
{
    if (auto v = value(QStringLiteral("01")))
        return v;
    return value(QStringLiteral("02"));
}

std::optional<QDate> Gs1ElementString::expiry() const
{
    const auto v = value(QStringLiteral("17"));
    if (!v)
        return std::nullopt;
    // YY is within -49..+50 years of now by the GS1 rule; for a till, 2000–2099 is that window.
    const int year = 2000 + v->left(2).toInt();
    const int month = v->mid(2, 2).toInt();
    const int day = v->mid(4, 2).toInt();
    const QDate first(year, month, 1);
    const QDate date = day == 0 ? QDate(year, month, first.daysInMonth()) : QDate(year, month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::optional<qint64> Gs1ElementString::netWeightGrams() const
{
    for (const Gs1Element &element : m_elements) {
        if (!element.ai.startsWith(QLatin1String("310")))
            continue;
        const int decimals = element.ai.at(3).digitValue();
        qint64 scaled = element.value.toLongLong() * 1000; // kilograms × 1000 = grams, still × 10^decimals
        qint64 divisor = 1;
        for (int i = 0; i < decimals; ++i)
            divisor *= 10;
        return (scaled + divisor / 2) / divisor;
    }
    return std::nullopt;
}

std::optional<qint64> Gs1ElementString::priceMinor(int currencyExponent) const
{
    for (const Gs1Element &element : m_elements) {
        if (!element.ai.startsWith(QLatin1String("392")))
            continue;
        const int decimals = element.ai.at(3).digitValue();
        qint64 amount = element.value.toLongLong();
        for (int d = decimals; d < currencyExponent; ++d)
            amount *= 10;
        for (int d = currencyExponent; d < decimals; ++d) {
            if (amount % 10 != 0)
                return std::nullopt; // more precision than the currency has
            amount /= 10;
        }
        return amount;
    }
    return std::nullopt;
}

QString Gs1ElementString::bracketed() const
{
    QString text;
    for (const Gs1Element &element : m_elements)
        text += QLatin1Char('(') + element.ai + QLatin1Char(')') + element.value;
    return text;
}

} // namespace omnitill
