#include "ReportPdf.h"

#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace omnitill {

Result<void> ReportPdf::write(const QString &path, const QString &title, const QString &text)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Omnitill"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("The PDF file %1 could not be written").arg(path)};

        QFont heading(QStringLiteral("Noto Sans CJK KR"));
        heading.setPointSize(14);
        heading.setBold(true);
        QFont body(QStringLiteral("Noto Sans Mono CJK KR"));
        body.setStyleHint(QFont::Monospace);
        body.setPointSize(9);
        const int height = painter.viewport().height();

        painter.setFont(heading);
        painter.drawText(0, QFontMetrics(heading, &writer).ascent(), title);
        int top = QFontMetrics(heading, &writer).height() * 2;
        painter.setFont(body);
        const QFontMetrics metrics(body, &writer);
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (top + metrics.height() > height) {
                writer.newPage();
                top = 0;
            }
            painter.drawText(0, top + metrics.ascent(), line);
            top += metrics.height();
        }
        painter.end();
    }
    if (QFile(path).size() == 0)
        return Error{tr("The PDF file %1 could not be written").arg(path)};
    return {};
}

} // namespace omnitill
