#include "TextColumns.h"

#include "ReceiptText.h"

namespace omnitill {

void TextColumns::both(const QString &left, const QString &right)
{
    const int gap = m_columns - ReceiptText::displayWidth(left) - ReceiptText::displayWidth(right);
    m_text += left + QString(qMax(1, gap), QLatin1Char(' ')) + right + QLatin1Char('\n');
}

void TextColumns::centred(const QString &text)
{
    m_text += QString(qMax(0, (m_columns - ReceiptText::displayWidth(text)) / 2), QLatin1Char(' ')) + text +
              QLatin1Char('\n');
}

} // namespace omnitill
