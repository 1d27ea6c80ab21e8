// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
//
// Segment-map speed (issue 7), on the offscreen platform: builds maps of generated customers (8 Gaussian
// blobs of unequal size and spread), zooms and times QWidget::grab() of the view, then times opening a
// project of generated customers (imported from CSV, segmented with k-means, with its PCA map) in the main
// window until the map is painted. Prints each time against its target (zoom repaint <= 50 ms at 100,000
// points and <= 200 ms at 1,000,000; open to a visible map <= 2 s at 1,000,000 customers) as target/ours.
//
//   segmenta_map_benchmark run [--sizes 100000,1000000] [--repeats 7] [--customers 1000000]
//                              [--screenshots DIR] [--work-dir DIR] [--reuse 1] [--density-threshold N]
// --customers 0 skips the project; --reuse 1 opens the project an earlier run left in --work-dir. Exit status
// 1 when a map shows no points or the project cannot be made or opened; never on time.
#include "BenchmarkSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "explorer/DensityLayer.h"
#include "explorer/SegmentMapView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPixmap>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace segmenta;
using namespace segmenta::benchmark;

namespace {

constexpr int kSegments = 8;
constexpr int kWidth = 1280;
constexpr int kHeight = 800;
constexpr double kZoomFactor = 1.25;

/// Blob s: centre on a ring, its own spread and share of the customers (the largest about 4x the
/// smallest), so a map shows shapes of different density.
struct Blob
{
    double x = 0.0;
    double y = 0.0;
    double spread = 1.0;
    double weight = 1.0;
};

std::vector<Blob> blobs()
{
    std::vector<Blob> result;
    for (int s = 0; s < kSegments; ++s) {
        const double angle = 2.0 * std::numbers::pi * s / kSegments;
        const double radius = (s % 2 == 0) ? 6.0 : 3.5;
        result.push_back({radius * std::cos(angle), radius * std::sin(angle), 0.6 + 0.25 * (s % 3),
            1.0 + 0.45 * (kSegments - s)});
    }
    return result;
}

/// @p count points drawn from the blobs, customer rows 0..count-1 in order, segment = blob.
engine::SegmentationDetails generatedMap(qsizetype count, std::uint64_t seed)
{
    const std::vector<Blob> shapes = blobs();
    std::vector<double> weights;
    for (const Blob &blob : shapes) {
        weights.push_back(blob.weight);
    }
    std::mt19937_64 random(seed);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::normal_distribution<double> normal(0.0, 1.0);
    engine::SegmentationDetails details;
    details.info.name = "Generated";
    details.projectionMethod = "pca";
    details.explainedVarianceRatio = {0.41, 0.27};
    std::vector<std::int64_t> sizes(kSegments, 0);
    details.points.reserve(static_cast<std::size_t>(count));
    for (qsizetype row = 0; row < count; ++row) {
        const int s = pick(random);
        const Blob &blob = shapes[static_cast<std::size_t>(s)];
        // Stretched blobs (x wider than y, rotated by segment) read as shapes rather than dots.
        const double u = normal(random) * blob.spread * 1.6;
        const double v = normal(random) * blob.spread * 0.7;
        const double turn = 0.4 * s;
        details.points.push_back(
            {static_cast<std::int64_t>(row), blob.x + u * std::cos(turn) - v * std::sin(turn),
                blob.y + u * std::sin(turn) + v * std::cos(turn), s});
        ++sizes[static_cast<std::size_t>(s)];
    }
    for (int s = 0; s < kSegments; ++s) {
        engine::SegmentInfo segment;
        segment.index = s;
        segment.name = "Segment " + std::to_string(s + 1);
        segment.size = sizes[static_cast<std::size_t>(s)];
        details.segments.push_back(segment);
    }
    return details;
}

/// Process CPU time (all threads), in milliseconds: on a shared machine the wall time also counts waiting.
double cpuMilliseconds()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double milliseconds(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

void printAgainst(const char *what, double ours, double target, const char *unit)
{
    std::printf("%-52s %10.1f %s   target %7.1f %s   target/ours %5.2f\n", what, ours, unit, target, unit,
        target / ours);
}

/// Pixels that are not the white background, inside the plot area.
qsizetype paintedPixels(const QImage &image, const QRect &area)
{
    qsizetype painted = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qRed(pixel) < 235 || qGreen(pixel) < 235 || qBlue(pixel) < 235) {
                ++painted;
            }
        }
    }
    return painted;
}

bool benchmarkMap(qsizetype count, int repeats, qsizetype densityThreshold, const QString &screenshots)
{
    const engine::SegmentationDetails details = generatedMap(count, 20261207);
    ui::SegmentMapView view;
    if (densityThreshold >= 0) {
        view.setDensityThreshold(densityThreshold);
    }
    view.resize(kWidth, kHeight);
    view.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.setSegmentation(details);
    const double setMs = milliseconds(timer);
    timer.restart();
    const QPixmap first = view.grab();
    const double firstMs = milliseconds(timer);
    if (!screenshots.isEmpty()) {
        first.save(QDir(screenshots)
                       .filePath(QStringLiteral("map_%1_%2.png")
                                     .arg(count)
                                     .arg(view.isDensityRendered() ? "density" : "scatter")));
    }
    const QRect plot = view.chart()->plotArea().toRect();
    const qsizetype painted = paintedPixels(first.toImage(), plot);

    std::vector<double> zooms;
    std::vector<double> zoomCpu;
    std::vector<double> renders;
    const QPointF centre = view.mapToViewport(QPointF(1.0, 0.5));
    for (int repeat = 0; repeat < repeats; ++repeat) {
        // In and out in turn, so every repaint shows a range not drawn just before.
        view.zoomAt(centre, repeat % 2 == 0 ? kZoomFactor : 1.0 / (kZoomFactor * 1.01));
        const double cpuStart = cpuMilliseconds();
        timer.restart();
        const QPixmap zoomed = view.grab();
        zooms.push_back(milliseconds(timer));
        zoomCpu.push_back(cpuMilliseconds() - cpuStart);
        if (zoomed.isNull()) {
            return false;
        }
        if (const ui::DensityLayer *layer = view.densityLayer()) {
            // The rasterising alone, of the same range at the same size.
            const double renderStart = cpuMilliseconds();
            layer->render(view.visibleRange(), view.chart()->plotArea().size().toSize());
            renders.push_back(cpuMilliseconds() - renderStart);
        }
    }
    std::printf("map %lld points: setSegmentation %.1f ms, first grab %.1f ms, painted plot pixels %lld "
                "(density rendering %s)\n",
        static_cast<long long>(count), setMs, firstMs, static_cast<long long>(painted),
        view.isDensityRendered() ? "on" : "off");
    const double target = count <= 100000 ? 50.0 : 200.0;
    const std::string label = "zoom repaint (grab), " + std::to_string(count) + " points, median";
    printAgainst(label.c_str(), median(zooms), target, "ms");
    std::printf(
        "    CPU time (all threads) of those repaints, median %.1f ms; of rasterising alone %.1f ms\n",
        median(zoomCpu), median(renders));
    std::fflush(stdout);
    return painted > 0;
}

/// A customer table of @p count customers: an id and four numbers from the same eight blobs (their place
/// on the ring in the first two, a level per blob in the other two), written as CSV.
bool writeCustomers(const QString &path, qsizetype count)
{
    std::ofstream out(path.toStdString());
    if (!out) {
        return false;
    }
    const std::vector<Blob> shapes = blobs();
    std::vector<double> weights;
    for (const Blob &blob : shapes) {
        weights.push_back(blob.weight);
    }
    std::mt19937_64 random(7);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::normal_distribution<double> normal(0.0, 1.0);
    out << "CustomerID,Spend,Visits,Basket,Tenure\n";
    char line[160];
    for (qsizetype row = 0; row < count; ++row) {
        const int s = pick(random);
        const Blob &blob = shapes[static_cast<std::size_t>(s)];
        std::snprintf(line, sizeof line, "%lld,%.3f,%.3f,%.3f,%.3f\n", static_cast<long long>(row + 1),
            100.0 + 10.0 * (blob.x + blob.spread * normal(random)),
            50.0 + 5.0 * (blob.y + blob.spread * normal(random)), 20.0 + 3.0 * (s % 4) + normal(random),
            300.0 + 30.0 * (3.0 * (s / 4) + normal(random)));
        out << line;
    }
    return static_cast<bool>(out);
}

bool makeProject(qsizetype customers, const QString &workDir, const QString &project)
{
    const QString csv = QDir(workDir).filePath(QStringLiteral("customers.csv"));
    QFile::remove(project);
    engine::NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    if (!writeCustomers(csv, customers)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(csv));
        return false;
    }
    {
        engine::Result<engine::Session> created = engine::Session::createProject(project.toStdString());
        if (!created) {
            std::fprintf(stderr, "createProject: %s\n", engine::describe(created.error()).c_str());
            return false;
        }
        engine::Session session = std::move(created).value();
        engine::CsvImportParams import;
        import.filePath = csv.toStdString();
        if (auto imported = session.importCustomersCsv(import, progress); !imported) {
            std::fprintf(stderr, "import: %s\n", engine::describe(imported.error()).c_str());
            return false;
        }
        engine::SegmentationParams segment;
        segment.name = "Eight blobs";
        segment.columns = {"Spend", "Visits", "Basket", "Tenure"};
        segment.segmentCount = kSegments;
        segment.initCount = 1; // the map is what is timed here, not k-means
        if (auto segmented = session.runSegmentation(segment, progress); !segmented) {
            std::fprintf(stderr, "segment: %s\n", engine::describe(segmented.error()).c_str());
            return false;
        }
    }
    std::printf("project of %lld customers made (CSV, import, k-means, PCA map) in %.1f s\n",
        static_cast<long long>(customers), milliseconds(timer) / 1000.0);
    return true;
}

bool benchmarkProject(qsizetype customers, const QString &workDir, bool reuse, const QString &screenshots)
{
    const QString project = QDir(workDir).filePath(QStringLiteral("customers_%1.segmenta").arg(customers));
    if (!(reuse && QFile::exists(project)) && !makeProject(customers, workDir, project)) {
        return false;
    }
    QElapsedTimer timer;
    ui::MainWindow window;
    window.resize(kWidth, kHeight);
    window.show();
    QApplication::processEvents();
    const double cpuStart = cpuMilliseconds();
    timer.restart();
    if (engine::Status opened = window.openProject(project); !opened) {
        std::fprintf(stderr, "open: %s\n", engine::describe(opened.error()).c_str());
        return false;
    }
    const double openMs = milliseconds(timer);
    // Visible: back in the event loop (layouts done), the window painted with the map in it.
    QApplication::processEvents();
    const QPixmap shown = window.grab();
    const double visibleMs = milliseconds(timer);
    const double visibleCpuMs = cpuMilliseconds() - cpuStart;
    const ui::SegmentMapView *map = window.mapView();
    qsizetype points = 0;
    for (int s = 0; s < map->seriesCount(); ++s) {
        points += map->pointCount(s);
    }
    std::printf(
        "open %lld customers: openProject %.0f ms, map painted at %.0f ms (CPU %.0f ms, all threads), "
        "%lld points on the map\n",
        static_cast<long long>(customers), openMs, visibleMs, visibleCpuMs, static_cast<long long>(points));
    const std::string label = "open project to visible map, " + std::to_string(customers) + " customers";
    printAgainst(label.c_str(), visibleMs / 1000.0, 2.0, "s ");
    if (!screenshots.isEmpty()) {
        shown.save(QDir(screenshots).filePath(QStringLiteral("window_%1.png").arg(customers)));
    }
    if (!map->isVisible()) {
        std::fprintf(stderr, "the map is not on screen after opening\n");
        return false;
    }
    return points == customers;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    if (argc < 2 || std::string(argv[1]) != "run") {
        std::fprintf(stderr,
            "usage: %s run [--sizes 100000,1000000] [--repeats 7] [--customers 1000000] [--screenshots DIR] "
            "[--work-dir DIR] [--reuse 1] [--density-threshold N]\n",
            argv[0]);
        return 2;
    }
    const Options options(argc, argv);
    const int repeats = static_cast<int>(options.integer("repeats", 7));
    const qsizetype customers = options.integer("customers", 1000000);
    // To measure Qt Charts' own scatter (the map below the threshold): a threshold above the sizes.
    const qsizetype densityThreshold = options.integer("density-threshold", -1);
    const QString screenshots = QString::fromStdString(options.text("screenshots", ""));
    if (!screenshots.isEmpty()) {
        QDir().mkpath(screenshots);
    }
    std::printf("platform %s, plot %dx%d\n", qPrintable(QGuiApplication::platformName()), kWidth, kHeight);
    bool ok = true;
    std::stringstream sizes(options.text("sizes", "100000,1000000"));
    for (std::string size; std::getline(sizes, size, ',');) {
        ok = benchmarkMap(std::stoll(size), repeats, densityThreshold, screenshots) && ok;
    }
    if (customers > 0) {
        QTemporaryDir temporary;
        const QString workDir
            = QString::fromStdString(options.text("work-dir", temporary.path().toStdString()));
        QDir().mkpath(workDir);
        ok = benchmarkProject(customers, workDir, options.integer("reuse", 0) != 0, screenshots) && ok;
    }
    return ok ? 0 : 1;
}
