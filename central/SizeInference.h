#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace omnitill::central {

// Learns a customer's size per category from what they bought: the size is the last word of a product's
// English name when it looks like one ("… White M", "… 270"), and the size bought most often in a category
// wins (on a tie, the one bought most recently). Fed with sale records newest first.
class SizeInference
{
public:
    // Letter sizes (XXS … XXXL) and numeric ones (waist 28, shoe 270); anything else is no size.
    [[nodiscard]] static QString sizeInName(const QString &englishName);

    void addSale(const QJsonObject &saleRecord);
    // category -> size
    [[nodiscard]] QHash<QString, QString> sizes() const;

private:
    struct Tally
    {
        int count = 0;
        int firstSeen = 0; // lower is more recent
    };
    QHash<QString, QHash<QString, Tally>> m_tallies; // category -> size -> tally
    int m_seen = 0;
};

} // namespace omnitill::central
