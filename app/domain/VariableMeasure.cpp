#include "VariableMeasure.h"

#include "Gtin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>

namespace omnitill {

namespace {

constexpr int ean13Length = 13;
// Digits 0..11 may hold fields; digit 12 is the EAN check digit.
constexpr int fieldDigits = ean13Length - 1;
constexpr int lowestPrefix = 20;
constexpr int highestPrefix = 29;
constexpr int layoutVersion = 1;

// The four digit transformations of GS1 General Specifications 7.9.3, indexed by digit. "2-" is the
// units digit of digit*2 minus its tens digit, "5+" and "5-" likewise with 5 and plus or minus.
constexpr std::array<int, 10> weightTwoMinus = {0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
constexpr std::array<int, 10> weightThree = {0, 3, 6, 9, 2, 5, 8, 1, 4, 7};
constexpr std::array<int, 10> weightFivePlus = {0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
constexpr std::array<int, 10> weightFiveMinus = {0, 5, 9, 4, 8, 3, 7, 2, 6, 1};

// Not QChar::isDigit(): full-width digits from an input method are no barcode's digits (see Gtin.cpp).
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

struct DigitRange
{
    int start;
    int length;
    [[nodiscard]] int end() const { return start + length; }
    [[nodiscard]] bool contains(int position) const { return position >= start && position < end(); }
    [[nodiscard]] bool overlaps(DigitRange other) const { return start < other.end() && other.start < end(); }
};

Result<void> validateRule(const VariableMeasureRule &rule, int ruleNumber)
{
    const QString number = QString::number(ruleNumber);
    if (rule.firstPrefix < lowestPrefix || rule.lastPrefix > highestPrefix || rule.firstPrefix > rule.lastPrefix) {
        return Error{QCoreApplication::translate(
                         "Barcode", "Variable-measure rule %1: prefixes %2-%3 are not a range within 20-29")
                         .arg(number)
                         .arg(rule.firstPrefix)
                         .arg(rule.lastPrefix)};
    }
    // The item field may take in the second prefix digit ("2 IIIIII VVVVV C" layouts), never the first,
    // which is always 2.
    const DigitRange item{rule.itemStart, rule.itemLength};
    if (item.start < 1 || item.length < 1 || item.end() > fieldDigits) {
        return Error{QCoreApplication::translate(
                         "Barcode",
                         "Variable-measure rule %1: the item code (start %2, length %3) must lie within positions 1-11")
                         .arg(number)
                         .arg(item.start)
                         .arg(item.length)};
    }
    const DigitRange value{rule.valueStart, rule.valueLength};
    if (value.start < 2 || value.length < 1 || value.end() > fieldDigits) {
        return Error{
            QCoreApplication::translate(
                "Barcode", "Variable-measure rule %1: the value (start %2, length %3) must lie within positions 2-11")
                .arg(number)
                .arg(value.start)
                .arg(value.length)};
    }
    if (item.overlaps(value)) {
        return Error{
            QCoreApplication::translate("Barcode", "Variable-measure rule %1: the item code and the value overlap")
                .arg(number)};
    }

    if (rule.valueCheckPosition) {
        const int position = *rule.valueCheckPosition;
        if (position < 2 || position >= fieldDigits || item.contains(position) || value.contains(position)) {
            return Error{
                QCoreApplication::translate(
                    "Barcode",
                    "Variable-measure rule %1: the price check digit at %2 must be a position of its own within 2-11")
                    .arg(number)
                    .arg(position)};
        }
        if (value.length != 4 && value.length != 5) {
            return Error{
                QCoreApplication::translate(
                    "Barcode", "Variable-measure rule %1: a price check digit needs a value of 4 or 5 digits, not %2")
                    .arg(number)
                    .arg(value.length)};
        }
    }
    return {};
}

QString kindName(VariableMeasureKind kind)
{
    return kind == VariableMeasureKind::Price ? QStringLiteral("price") : QStringLiteral("weight");
}

QJsonObject ruleToJson(const VariableMeasureRule &rule)
{
    QJsonObject json{
        {QLatin1String("firstPrefix"), rule.firstPrefix}, {QLatin1String("lastPrefix"), rule.lastPrefix},
        {QLatin1String("kind"), kindName(rule.kind)},     {QLatin1String("itemStart"), rule.itemStart},
        {QLatin1String("itemLength"), rule.itemLength},   {QLatin1String("valueStart"), rule.valueStart},
        {QLatin1String("valueLength"), rule.valueLength},
    };
    if (rule.valueCheckPosition)
        json.insert(QLatin1String("valueCheckPosition"), *rule.valueCheckPosition);
    return json;
}

// JSON numbers are doubles; a position of 2.5 or 1e10 is a typo, not something to truncate.
Result<int> readWholeNumber(const QJsonObject &json, QLatin1String key, int ruleNumber)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > 99 || number != int(number)) {
        return Error{QCoreApplication::translate("Barcode",
                                                 "Variable-measure rule %1: \"%2\" must be a whole number from 0 to 99")
                         .arg(QString::number(ruleNumber), key)};
    }
    return int(number);
}

Result<VariableMeasureRule> ruleFromJson(const QJsonValue &value, int ruleNumber)
{
    if (!value.isObject()) {
        return Error{
            QCoreApplication::translate("Barcode", "Variable-measure rule %1 is not a JSON object").arg(ruleNumber)};
    }
    const QJsonObject json = value.toObject();

    VariableMeasureRule rule;
    const QString kind = json.value(QLatin1String("kind")).toString();
    if (kind == kindName(VariableMeasureKind::Price)) {
        rule.kind = VariableMeasureKind::Price;
    } else if (kind == kindName(VariableMeasureKind::Weight)) {
        rule.kind = VariableMeasureKind::Weight;
    } else {
        return Error{
            QCoreApplication::translate("Barcode", "Variable-measure rule %1: \"kind\" must be \"price\" or \"weight\"")
                .arg(ruleNumber)};
    }

    const std::pair<QLatin1String, int *> fields[] = {
        {QLatin1String("firstPrefix"), &rule.firstPrefix}, {QLatin1String("lastPrefix"), &rule.lastPrefix},
        {QLatin1String("itemStart"), &rule.itemStart},     {QLatin1String("itemLength"), &rule.itemLength},
        {QLatin1String("valueStart"), &rule.valueStart},   {QLatin1String("valueLength"), &rule.valueLength},
    };
    for (const auto &[key, field] : fields) {
        const Result<int> number = readWholeNumber(json, key, ruleNumber);
        if (!number)
            return Error{number.error()};
        *field = *number;
    }
    const QLatin1String checkKey("valueCheckPosition");
    if (json.contains(checkKey)) {
        const Result<int> position = readWholeNumber(json, checkKey, ruleNumber);
        if (!position)
            return Error{position.error()};
        rule.valueCheckPosition = *position;
    }
    return rule;
}

} // namespace

VariableMeasureLayout::VariableMeasureLayout(QList<VariableMeasureRule> rules)
    : m_rules(std::move(rules))
{
}

VariableMeasureLayout VariableMeasureLayout::standard()
{
    VariableMeasureRule price;
    price.firstPrefix = 20;
    price.lastPrefix = 24;
    price.kind = VariableMeasureKind::Price;

    VariableMeasureRule weight = price;
    weight.firstPrefix = 25;
    weight.lastPrefix = 29;
    weight.kind = VariableMeasureKind::Weight;

    return VariableMeasureLayout({price, weight});
}

Result<VariableMeasureLayout> VariableMeasureLayout::fromRules(QList<VariableMeasureRule> rules)
{
    for (int i = 0; i < rules.size(); ++i) {
        if (const Result<void> valid = validateRule(rules[i], i + 1); !valid)
            return Error{valid.error()};
        // Two rules for one prefix would make the meaning of a code depend on rule order.
        for (int j = 0; j < i; ++j) {
            const int overlapFirst = std::max(rules[i].firstPrefix, rules[j].firstPrefix);
            if (overlapFirst <= std::min(rules[i].lastPrefix, rules[j].lastPrefix)) {
                return Error{
                    QCoreApplication::translate("Barcode", "Variable-measure rules %1 and %2 both cover prefix %3")
                        .arg(j + 1)
                        .arg(i + 1)
                        .arg(overlapFirst)};
            }
        }
    }
    return VariableMeasureLayout(std::move(rules));
}

Result<VariableMeasureLayout> VariableMeasureLayout::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{
            QCoreApplication::translate("Barcode", "The variable-measure layout is not valid JSON: %1 at character %2")
                .arg(parseError.errorString())
                .arg(parseError.offset)};
    }
    if (!document.isObject())
        return Error{QCoreApplication::translate("Barcode", "The variable-measure layout must be a JSON object")};

    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.toInt(-1) != layoutVersion) {
        return Error{
            QCoreApplication::translate(
                "Barcode", "The variable-measure layout has version %1; this version of Omnitill reads version %2")
                .arg(version.isUndefined() ? QCoreApplication::translate("Barcode", "none")
                                           : version.toVariant().toString())
                .arg(layoutVersion)};
    }
    const QJsonValue rulesValue = root.value(QLatin1String("rules"));
    if (!rulesValue.isArray())
        return Error{QCoreApplication::translate("Barcode", "The variable-measure layout has no \"rules\" list")};

    QList<VariableMeasureRule> rules;
    const QJsonArray rulesArray = rulesValue.toArray();
    for (qsizetype i = 0; i < rulesArray.size(); ++i) {
        Result<VariableMeasureRule> rule = ruleFromJson(rulesArray.at(i), int(i + 1));
        if (!rule)
            return Error{rule.error()};
        rules.append(std::move(rule).value());
    }
    return fromRules(std::move(rules));
}

QString VariableMeasureLayout::toJson() const
{
    QJsonArray rules;
    for (const VariableMeasureRule &rule : m_rules)
        rules.append(ruleToJson(rule));
    const QJsonObject root{{QLatin1String("version"), layoutVersion}, {QLatin1String("rules"), rules}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<VariableMeasureCode> VariableMeasureLayout::decode(const QString &ean13) const
{
    // The check digit comes first: a misread digit must not turn into a wrong price or weight.
    const Result<Gtin> gtin = Gtin::parse(ean13);
    if (!gtin)
        return Error{gtin.error()};
    const QString digits = gtin->digits();
    if (!isVariableMeasure(digits)) {
        return Error{
            QCoreApplication::translate(
                "Barcode", "Barcode %1 is not an in-store price or weight code (an EAN-13 starting with 20-29)")
                .arg(digits)};
    }

    const int prefix = QStringView(digits).first(2).toInt();
    const VariableMeasureRule *rule = ruleForPrefix(prefix);
    if (!rule) {
        return Error{QCoreApplication::translate(
                         "Barcode", "Barcode %1 starts with %2, for which the store has no price or weight rule")
                         .arg(digits)
                         .arg(prefix)};
    }

    const QStringView valueDigits = QStringView(digits).mid(rule->valueStart, rule->valueLength);
    if (rule->valueCheckPosition) {
        const int expected = priceCheckDigit(valueDigits);
        const int actual = digits.at(*rule->valueCheckPosition).unicode() - u'0';
        if (expected != actual) {
            return Error{QCoreApplication::translate("Barcode", "Price check digit of %1 should be %2, not %3")
                             .arg(digits)
                             .arg(expected)
                             .arg(actual)};
        }
    }

    VariableMeasureCode code;
    code.kind = rule->kind;
    code.value = valueDigits.toLongLong();
    code.itemCode = digits.left(std::min(rule->itemStart, 2)) + digits.mid(rule->itemStart, rule->itemLength);

    QString key = digits.left(fieldDigits);
    key.replace(rule->valueStart, rule->valueLength, QString(rule->valueLength, u'0'));
    if (rule->valueCheckPosition) {
        key[*rule->valueCheckPosition] =
            QChar(u'0' + priceCheckDigit(QStringView(key).mid(rule->valueStart, rule->valueLength)));
    }
    code.lookupKey = key + QChar(u'0' + Gtin::checkDigit(key));
    return code;
}

bool VariableMeasureLayout::isVariableMeasure(const QString &code)
{
    const QString digits = code.trimmed();
    return digits.size() == ean13Length && digits.front() == u'2' &&
           std::all_of(digits.cbegin(), digits.cend(), isAsciiDigit);
}

int VariableMeasureLayout::priceCheckDigit(QStringView valueDigits)
{
    const bool fourDigits = valueDigits.size() == 4;
    if (!fourDigits && valueDigits.size() != 5)
        return -1;
    if (!std::all_of(valueDigits.cbegin(), valueDigits.cend(), isAsciiDigit))
        return -1;

    const auto digit = [valueDigits](int index) { return valueDigits[index].unicode() - u'0'; };
    if (fourDigits) {
        const int sum =
            weightTwoMinus[digit(0)] + weightTwoMinus[digit(1)] + weightThree[digit(2)] + weightFiveMinus[digit(3)];
        return sum * 3 % 10;
    }
    const int sum = weightFivePlus[digit(0)] + weightTwoMinus[digit(1)] + weightFiveMinus[digit(2)] +
                    weightFivePlus[digit(3)] + weightTwoMinus[digit(4)];
    // The check digit is the one whose "5-" transformation makes the sum a multiple of 10.
    const int target = (10 - sum % 10) % 10;
    return int(std::find(weightFiveMinus.cbegin(), weightFiveMinus.cend(), target) - weightFiveMinus.cbegin());
}

const VariableMeasureRule *VariableMeasureLayout::ruleForPrefix(int prefix) const
{
    const auto found = std::find_if(m_rules.cbegin(), m_rules.cend(), [prefix](const VariableMeasureRule &rule) {
        return prefix >= rule.firstPrefix && prefix <= rule.lastPrefix;
    });
    return found == m_rules.cend() ? nullptr : &*found;
}

} // namespace omnitill
