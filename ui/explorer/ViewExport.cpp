// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "explorer/ViewExport.h"

#include "explorer/SegmentMapView.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

namespace segmenta::ui {

namespace {

// Screen pixels are taken as 1/96 inch, as on a desktop at 100 %, so an SVG or PDF keeps the view's size.
constexpr int screenDotsPerInch = 96;
constexpr qreal pointsPerInch = 72.0;

void paint(QWidget *view, QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

ViewExport::Format ViewExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return Format::Png;
    }
    if (suffix == QLatin1String("svg")) {
        return Format::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    return Format::Unknown;
}

bool ViewExport::write(QWidget *view, const QString &path, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error) {
            *error = reason;
        }
        return false;
    };
    if (!view || view->width() <= 0 || view->height() <= 0) {
        return fail(tr("There is nothing to export: the view is empty."));
    }
    const Format format = formatOf(path);
    if (format == Format::Unknown) {
        return fail(tr("Choose a file name ending in .png, .svg or .pdf."));
    }
    auto *map = qobject_cast<SegmentMapView *>(view);
    if (map) {
        map->setOpenGlSuspended(true);
    }
    const QSize size = view->size();
    bool written = false;
    switch (format) {
    case Format::Png: {
        QImage image(size * pngPixelRatio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pngPixelRatio);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(view, painter);
        }
        written = image.save(path, "PNG");
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(screenDotsPerInch);
        svg.setTitle(view->windowTitle().isEmpty() ? QStringLiteral("Segmenta") : view->windowTitle());
        svg.setDescription(tr("Exported from Segmenta"));
        QPainter painter;
        if (painter.begin(&svg)) {
            paint(view, painter);
            written = painter.end();
        }
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(path);
        pdf.setResolution(screenDotsPerInch);
        pdf.setCreator(QStringLiteral("Segmenta"));
        // One page exactly the view's size, no margins: a figure to place in a document, not a printout.
        const QSizeF points(size.width() * pointsPerInch / screenDotsPerInch,
            size.height() * pointsPerInch / screenDotsPerInch);
        pdf.setPageLayout(QPageLayout(
            QPageSize(points, QPageSize::Point), QPageLayout::Portrait, QMarginsF(0.0, 0.0, 0.0, 0.0)));
        QPainter painter;
        if (painter.begin(&pdf)) {
            paint(view, painter);
            written = painter.end();
        }
        break;
    }
    case Format::Unknown:
        break;
    }
    if (map) {
        map->setOpenGlSuspended(false);
    }
    if (!written) {
        //: %1 is the file the export could not write.
        return fail(tr("Could not write “%1”. Check that the folder exists and you may write to it.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace segmenta::ui
