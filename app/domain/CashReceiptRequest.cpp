#include "CashReceiptRequest.h"

namespace omnitill {

namespace {

constexpr int businessNumberLength = 10;
constexpr int cardMinLength = 13;
constexpr int cardMaxLength = 19;
constexpr int shownTail = 4; // the last digits a masked phone or card number shows

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// What the cashier typed without its formatting: dashes, spaces, dots and brackets go; an international
// "+82" becomes the leading 0 of a domestic number. Anything else stays, for parse() to name.
QString withoutFormatting(const QString &typed)
{
    QString kept;
    for (QChar c : typed) {
        if (c != u'-' && c != u'.' && c != u'(' && c != u')' && !c.isSpace())
            kept.append(c);
    }
    if (kept.startsWith(QLatin1String("+82")))
        kept = QLatin1Char('0') + kept.mid(3);
    return kept;
}

bool isMobilePrefix(QStringView digits)
{
    static const QStringList prefixes{QStringLiteral("010"), QStringLiteral("011"), QStringLiteral("016"),
                                      QStringLiteral("017"), QStringLiteral("018"), QStringLiteral("019")};
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return digits.startsWith(p); });
}

// 010 numbers have had eight subscriber digits since 2004; the legacy prefixes still carry seven or eight.
bool isMobileNumber(QStringView digits)
{
    if (!isMobilePrefix(digits))
        return false;
    return digits.size() == 11 || (digits.size() == 10 && !digits.startsWith(u"010"));
}

// The hidden digits as stars in groups of four counted from the right, then the last shownTail digits.
QString maskedCard(const QString &digits)
{
    QStringList groups{digits.right(shownTail)};
    for (qsizetype hidden = digits.size() - shownTail; hidden > 0; hidden -= 4)
        groups.prepend(QString(qMin<qsizetype>(4, hidden), QLatin1Char('*')));
    return groups.join(QLatin1Char('-'));
}

} // namespace

CashReceiptRequest::CashReceiptRequest(Purpose purpose, Identifier identifier, QString digits)
    : m_purpose(purpose)
    , m_identifier(identifier)
    , m_digits(std::move(digits))
{
}

Result<CashReceiptRequest> CashReceiptRequest::parse(Purpose purpose, const QString &typed)
{
    const QString digits = withoutFormatting(typed);
    if (digits.isEmpty())
        return Error{tr("Type the number the cash receipt is issued to")};
    if (!std::all_of(digits.cbegin(), digits.cend(), isAsciiDigit))
        return Error{tr("\"%1\" is not a number: type digits only").arg(typed.trimmed())};

    if (purpose == Purpose::ExpenseProof) {
        if (digits.size() != businessNumberLength)
            return Error{tr("A business registration number has 10 digits (xxx-xx-xxxxx)")};
        if (!isValidBusinessNumber(digits))
            return Error{tr("%1 is not a valid business registration number: check the digits").arg(typed.trimmed())};
        return CashReceiptRequest(purpose, Identifier::BusinessNumber, digits);
    }
    if (isMobileNumber(digits))
        return CashReceiptRequest(purpose, Identifier::MobilePhone, digits);
    if (digits.size() >= cardMinLength && digits.size() <= cardMaxLength)
        return CashReceiptRequest(purpose, Identifier::ReceiptCard, digits);
    if (isMobilePrefix(digits))
        return Error{tr("A mobile number has 11 digits (010-xxxx-xxxx); 011, 016, 017, 018 and 019 numbers 10 or 11")};
    return Error{tr("Type a mobile number (010-xxxx-xxxx) or a cash receipt card number (13 to 19 digits)")};
}

bool CashReceiptRequest::isOffered(const StoreProfile &profile)
{
    return profile.currency.code() == QLatin1String("KRW");
}

bool CashReceiptRequest::isValidBusinessNumber(QStringView digits)
{
    if (digits.size() != businessNumberLength || !std::all_of(digits.cbegin(), digits.cend(), isAsciiDigit))
        return false;
    static constexpr int weights[] = {1, 3, 7, 1, 3, 7, 1, 3, 5};
    const auto digitAt = [&](int i) { return digits[i].unicode() - u'0'; };
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitAt(i) * weights[i];
    sum += digitAt(8) * 5 / 10; // the ninth digit's product carries its tens once more
    return (10 - sum % 10) % 10 == digitAt(9);
}

bool CashReceiptRequest::isMasked(const QString &text)
{
    return text.contains(QLatin1Char('*')) &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return isAsciiDigit(c) || c == u'*' || c == u'-'; });
}

QString CashReceiptRequest::masked() const
{
    switch (m_identifier) {
    case Identifier::MobilePhone: {
        const qsizetype middle = m_digits.size() - 3 - shownTail;
        return QStringLiteral("%1-%2-%3")
            .arg(m_digits.left(3), QString(middle, QLatin1Char('*')), m_digits.right(shownTail));
    }
    case Identifier::ReceiptCard:
        return maskedCard(m_digits);
    case Identifier::BusinessNumber:
        break;
    }
    return QStringLiteral("%1-**-*%2").arg(m_digits.left(3), m_digits.right(shownTail));
}

QString CashReceiptRequest::purposeCode(Purpose purpose)
{
    return purpose == Purpose::IncomeDeduction ? QStringLiteral("incomeDeduction") : QStringLiteral("expenseProof");
}

std::optional<CashReceiptRequest::Purpose> CashReceiptRequest::purposeFromCode(const QString &code)
{
    for (Purpose purpose : {Purpose::IncomeDeduction, Purpose::ExpenseProof}) {
        if (purposeCode(purpose) == code)
            return purpose;
    }
    return std::nullopt;
}

QString CashReceiptRequest::identifierCode(Identifier identifier)
{
    switch (identifier) {
    case Identifier::MobilePhone:
        return QStringLiteral("phone");
    case Identifier::ReceiptCard:
        return QStringLiteral("card");
    case Identifier::BusinessNumber:
        break;
    }
    return QStringLiteral("businessNumber");
}

std::optional<CashReceiptRequest::Identifier> CashReceiptRequest::identifierFromCode(const QString &code)
{
    for (Identifier identifier : {Identifier::MobilePhone, Identifier::ReceiptCard, Identifier::BusinessNumber}) {
        if (identifierCode(identifier) == code)
            return identifier;
    }
    return std::nullopt;
}

QString CashReceiptRequest::purposeName(Purpose purpose)
{
    return purpose == Purpose::IncomeDeduction ? tr("income deduction") : tr("expense proof");
}

} // namespace omnitill
