#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace omnitill {

struct Gs1Element
{
    QString ai;    // application identifier: "01", "10", "3103"
    QString value; // its data, without separators

    friend bool operator==(const Gs1Element &, const Gs1Element &) = default;
};

// GS1 data carried by GS1-128, DataBar, GS1 QR and DataMatrix (element strings) or by a GS1 Digital
// Link URI: a list of AI/value pairs, checked against the rules of the AIs the till uses — (00) SSCC,
// (01)/(02) GTIN, (10) batch, (11)/(13)/(15)/(17) dates, (20) variant, (21) serial, (30)/(37) counts,
// (310n) net weight in kg with n decimals, (392n) price with n decimals. An AI it does not know is
// refused: without its length the rest of the string cannot be read.
class Gs1ElementString
{
    Q_DECLARE_TR_FUNCTIONS(Gs1ElementString)

public:
    // Scanner output: optional AIM id (]C1, ]e0, ]d2, ]Q3, ]J1), optional leading FNC1 as GS; variable-
    // length values end at GS (0x1D) or at the end.
    [[nodiscard]] static Result<Gs1ElementString> parse(const QString &scanned);
    // The human-readable form: "(01)09520123456788(10)ABC123".
    [[nodiscard]] static Result<Gs1ElementString> parseBracketed(const QString &text);
    // A GS1 Digital Link URI: https://<any host>/[prefix/]01/<gtin>[/22/..][/10/<lot>][/21/<serial>]?17=..
    [[nodiscard]] static Result<Gs1ElementString> parseDigitalLink(const QString &uri);

    const QList<Gs1Element> &elements() const { return m_elements; }
    std::optional<QString> value(const QString &ai) const;
    // GTIN-14 from (01) or (02).
    std::optional<QString> gtin() const;
    // (17): the last valid day; day 00 means the end of the month.
    std::optional<QDate> expiry() const;
    // (310n) in grams, exactly (1 g resolution; a finer weight is rounded half up).
    std::optional<qint64> netWeightGrams() const;
    // (392n) in minor units of a currency with the given exponent; nothing if it does not fit exactly.
    std::optional<qint64> priceMinor(int currencyExponent) const;
    // "(01)09520123456788(10)ABC123": for the screen and logs.
    QString bracketed() const;

private:
    static Result<Gs1ElementString> fromPairs(QList<Gs1Element> elements);
    static Result<void> check(const Gs1Element &element);
    QList<Gs1Element> m_elements;
};

} // namespace omnitill
