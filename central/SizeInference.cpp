#include "SizeInference.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace omnitill::central {

QString SizeInference::sizeInName(const QString &englishName)
{
    static const QRegularExpression size(QStringLiteral(R"(\s(XXS|XS|S|M|L|XL|XXL|XXXL|\d{2,3})$)"));
    const QRegularExpressionMatch match = size.match(englishName.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}

void SizeInference::addSale(const QJsonObject &saleRecord)
{
    for (const QJsonValue &value : saleRecord.value(QLatin1String("lines")).toArray()) {
        const QJsonObject product = value.toObject().value(QLatin1String("product")).toObject();
        const QString category = product.value(QLatin1String("category")).toString();
        const QString found = sizeInName(product.value(QLatin1String("nameEn")).toString());
        if (category.isEmpty() || found.isEmpty())
            continue;
        Tally &tally = m_tallies[category][found];
        if (tally.count++ == 0)
            tally.firstSeen = m_seen;
        ++m_seen;
    }
}

QHash<QString, QString> SizeInference::sizes() const
{
    QHash<QString, QString> best;
    for (auto category = m_tallies.cbegin(); category != m_tallies.cend(); ++category) {
        QString chosen;
        Tally top;
        for (auto size = category->cbegin(); size != category->cend(); ++size) {
            const bool better =
                size->count > top.count || (size->count == top.count && size->firstSeen < top.firstSeen);
            if (chosen.isEmpty() || better) {
                chosen = size.key();
                top = *size;
            }
        }
        best.insert(category.key(), chosen);
    }
    return best;
}

} // namespace omnitill::central
