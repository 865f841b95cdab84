#include "Gtin.h"

#include <QCoreApplication>

namespace omnitill {

namespace {

constexpr int gtin14Length = 14;
constexpr int upcELength = 8;

// Only '0'-'9'. QChar::isDigit() would also accept Arabic-Indic or full-width digits (what a Korean or
// Japanese input method produces when typing numbers), which no barcode contains and which
// digitValue() would silently turn into a valid-looking code.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(QStringView digits, qsizetype index)
{
    return digits[index].unicode() - u'0';
}

bool isGtinLength(qsizetype length)
{
    return length == 8 || length == 12 || length == 13 || length == gtin14Length;
}

// Finds the first character that is not an ASCII digit, for an error that names it.
qsizetype firstNonDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text[i]))
            return i;
    }
    return -1;
}

Error nonDigitError(const QString &text, qsizetype index)
{
    return Error{QCoreApplication::translate("Barcode", "Barcode \"%1\" contains \"%2\", which is not a digit")
                     .arg(text, QString(text.at(index)))};
}

} // namespace

Gtin::Gtin(QString digits)
    : m_digits(std::move(digits))
{
}

Result<Gtin> Gtin::parse(const QString &text)
{
    const QString digits = text.trimmed();
    if (digits.isEmpty())
        return Error{QCoreApplication::translate("Barcode", "The barcode is empty")};

    if (const qsizetype bad = firstNonDigit(digits); bad >= 0)
        return nonDigitError(digits, bad);

    if (!isGtinLength(digits.size())) {
        return Error{QCoreApplication::translate(
                         "Barcode", "Barcode %1 has the wrong length (%2); a GTIN has 8, 12, 13 or 14 digits")
                         .arg(digits)
                         .arg(digits.size())};
    }

    const int expected = checkDigit(QStringView(digits).chopped(1));
    const int actual = digitAt(digits, digits.size() - 1);
    if (expected != actual) {
        return Error{QCoreApplication::translate("Barcode", "Check digit of %1 should be %2, not %3")
                         .arg(digits)
                         .arg(expected)
                         .arg(actual)};
    }
    return Gtin(digits);
}

int Gtin::checkDigit(QStringView digitsWithoutCheck)
{
    int sum = 0;
    // The digit next to the check digit always weighs 3, whatever the length, which is what lets
    // GTIN-8/12/13/14 share one algorithm and survive zero padding.
    int weight = 3;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digitsWithoutCheck[i]))
            return -1;
        sum += digitAt(digitsWithoutCheck, i) * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> Gtin::expandUpcE(const QString &upcE)
{
    const QString code = upcE.trimmed();
    if (const qsizetype bad = firstNonDigit(code); bad >= 0)
        return nonDigitError(code, bad);

    if (code.size() != upcELength) {
        return Error{QCoreApplication::translate("Barcode", "UPC-E %1 has the wrong length (%2); UPC-E has 8 digits")
                         .arg(code)
                         .arg(code.size())};
    }
    if (code[0] != u'0' && code[0] != u'1') {
        return Error{
            QCoreApplication::translate("Barcode", "UPC-E %1 starts with %2; only number systems 0 and 1 exist")
                .arg(code, QString(code.at(0)))};
    }

    // The last data digit says how the manufacturer and item numbers were compressed; zeros come back
    // where they were removed.
    const QString numberSystem = code.left(1);
    const QString data = code.mid(1, 6);
    const QChar rule = data[5];
    const QLatin1String zeros4("0000");
    const QLatin1String zeros5("00000");
    QString upcA;
    if (rule == u'0' || rule == u'1' || rule == u'2')
        upcA = numberSystem + data.left(2) + rule + zeros4 + data.mid(2, 3);
    else if (rule == u'3')
        upcA = numberSystem + data.left(3) + zeros5 + data.mid(3, 2);
    else if (rule == u'4')
        upcA = numberSystem + data.left(4) + zeros5 + data.mid(4, 1);
    else
        upcA = numberSystem + data.left(5) + zeros4 + rule;

    const int expected = checkDigit(upcA);
    const int actual = digitAt(code, upcELength - 1);
    if (expected != actual) {
        return Error{QCoreApplication::translate("Barcode", "Check digit of UPC-E %1 should be %2, not %3")
                         .arg(code)
                         .arg(expected)
                         .arg(actual)};
    }
    upcA += QChar(u'0' + expected);
    return upcA;
}

QString Gtin::gtin14() const
{
    return m_digits.rightJustified(gtin14Length, u'0');
}

} // namespace omnitill
