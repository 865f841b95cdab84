#pragma once

#include <QString>

namespace omnitill {

// Monospaced text for the receipt printer and the screen alike, built line by line: a label with its
// figure flush right, a centred title, a rule. Widths are display columns (ReceiptText::displayWidth), so
// Korean text lines up with Latin.
class TextColumns
{
public:
    explicit TextColumns(int columns)
        : m_columns(columns)
    {
    }

    void both(const QString &left, const QString &right);
    void centred(const QString &text);
    void line(const QString &text) { m_text += text + QLatin1Char('\n'); }
    void rule(QChar c = QLatin1Char('-')) { m_text += QString(m_columns, c) + QLatin1Char('\n'); }
    QString text() const { return m_text; }

private:
    int m_columns;
    QString m_text;
};

} // namespace omnitill
