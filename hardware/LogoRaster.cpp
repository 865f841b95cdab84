#include "LogoRaster.h"

#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace omnitill {

Result<QImage> LogoRaster::fromFile(const QString &path, const PrinterProfile &printer)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        return Error{tr("The file %1 cannot be read: choose a PNG or JPEG picture that exists.").arg(path)};
    if (file.size() > maxFileBytes)
        return Error{tr("The picture %1 is too big (%2 KB): choose one of at most %3 KB.")
                         .arg(file.fileName())
                         .arg(file.size() / 1024)
                         .arg(maxFileBytes / 1024)};
    QImageReader reader(path);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg")
        return Error{tr("%1 is not a PNG or JPEG picture.").arg(file.fileName())};
    const QSize size = reader.size();
    if (size.width() > maxSidePixels || size.height() > maxSidePixels)
        return Error{tr("The picture %1 is too big (%2 × %3 pixels): choose one of at most %4 pixels a side.")
                         .arg(file.fileName())
                         .arg(size.width())
                         .arg(size.height())
                         .arg(maxSidePixels)};
    const QImage picture = reader.read();
    if (picture.isNull())
        return Error{tr("%1 cannot be read as a picture: %2").arg(file.fileName(), reader.errorString())};
    return fitted(picture, printer);
}

QImage LogoRaster::fitted(const QImage &picture, const PrinterProfile &printer)
{
    const QSize dots = picture.size().scaled(printer.dotsPerLine, maxHeightDots(printer), Qt::KeepAspectRatio);
    QImage paper(dots.expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(paper.rect(), picture);
    }
    return paper.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::DiffuseDither);
}

} // namespace omnitill
