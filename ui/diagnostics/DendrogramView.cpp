// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Segmenta developers
#include "diagnostics/DendrogramView.h"

#include "common/ErrorPresenter.h"
#include "common/LocaleFormat.h"
#include "common/SegmentPalette.h"
#include "jobs/JobProgressBar.h"
#include "jobs/JobRunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace segmenta::ui {

namespace {

constexpr int axisMargin = 78; // left: the height axis and its numbers
constexpr int rightMargin = 24;
constexpr int topMargin = 18;
constexpr int bottomMargin = 64; // the leaves' customer counts, written upwards
constexpr double headroom = 1.06; // the top merge is drawn a little below the top
constexpr int tickTarget = 6;

/// Clusters left when every merge at or below @p height is made.
int clustersAtHeight(const engine::Dendrogram &tree, double height)
{
    const auto made = std::upper_bound(tree.merges.begin(), tree.merges.end(), height,
        [](double h, const engine::Merge &merge) { return h < merge.height; });
    return static_cast<int>(tree.leafCount() - (made - tree.merges.begin()));
}

/// A step of 1, 2 or 5 times a power of ten giving about @p target ticks up to @p top.
double tickStep(double top, int target)
{
    const double rough = top / target;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= rough) {
            return factor * power;
        }
    }
    return 10.0 * power;
}

} // namespace

/// The drawing: branches, axis, leaves and the cut line; the mouse drags the line, Up/Down step it.
class DendrogramCanvas : public QWidget
{
public:
    explicit DendrogramCanvas(DendrogramView *view)
        : QWidget(view)
        , m_view(view)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(480, 300);
        setCursor(Qt::SplitVCursor);
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }

    QRectF plot() const
    {
        return QRectF(axisMargin, topMargin, std::max(1, width() - axisMargin - rightMargin),
            std::max(1, height() - topMargin - bottomMargin));
    }
    double top() const { return std::max(m_view->maximumHeight(), 1e-12) * headroom; }
    double yFor(double height) const
    {
        const QRectF area = plot();
        return area.bottom() - height / top() * area.height();
    }
    double heightAt(double y) const
    {
        const QRectF area = plot();
        return (area.bottom() - y) / area.height() * top();
    }
    double xFor(double slot) const
    {
        const QRectF area = plot();
        const int leaves = std::max(1, m_view->shownLeafCount());
        return area.left() + (slot + 0.5) * area.width() / leaves;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        if (!m_view->hasTree() || m_view->nodes().empty()) {
            return;
        }
        const QRectF area = plot();
        const QColor text = palette().color(QPalette::Text);
        const QColor faint = palette().color(QPalette::Mid);

        // Height axis with locale-aware numbers.
        painter.setPen(QPen(text, 1));
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()));
        const double step = tickStep(top(), tickTarget);
        const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step))));
        const QFontMetrics metrics(font());
        for (double tick = 0.0; tick <= top() + step * 1e-9; tick += step) {
            const double y = yFor(tick);
            painter.setPen(QPen(faint, 1, Qt::DotLine));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            painter.setPen(text);
            painter.drawLine(QPointF(area.left() - 4, y), QPointF(area.left(), y));
            const QString label = LocaleFormat::decimal(tick, decimals);
            painter.drawText(QRectF(area.left() - 60, y - metrics.height() / 2.0, 52, metrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, label);
        }
        painter.save();
        painter.translate(14, area.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-area.height() / 2, -metrics.height() / 2.0, area.height(), metrics.height()),
            Qt::AlignCenter, DendrogramView::tr("Merge height"));
        painter.restore();

        // Branches: each merge as a ∩, coloured by the segment it falls in at the cut (grey above it).
        const auto &nodes = m_view->nodes();
        for (const DendrogramView::Node &node : nodes) {
            if (node.left < 0) {
                continue;
            }
            const auto &left = nodes[static_cast<std::size_t>(node.left)];
            const auto &right = nodes[static_cast<std::size_t>(node.right)];
            const double y = yFor(node.height);
            for (const auto *child : {&left, &right}) {
                painter.setPen(QPen(m_view->colourOf(*child), 2));
                painter.drawLine(QPointF(xFor(child->x), yFor(child->height)), QPointF(xFor(child->x), y));
            }
            painter.setPen(QPen(m_view->colourOf(node), 2));
            painter.drawLine(QPointF(xFor(left.x), y), QPointF(xFor(right.x), y));
        }

        // Leaves: how many customers each holds, written upwards below the axis.
        QFont small = font();
        small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.85));
        painter.setFont(small);
        const double slotWidth = area.width() / std::max(1, m_view->shownLeafCount());
        for (const DendrogramView::Node &node : nodes) {
            if (node.left >= 0) {
                continue;
            }
            painter.setPen(m_view->colourOf(node));
            painter.save();
            painter.translate(xFor(node.x), area.bottom() + 4);
            painter.rotate(-90);
            painter.drawText(QRectF(-bottomMargin + 6, -slotWidth / 2, bottomMargin - 6, slotWidth),
                Qt::AlignRight | Qt::AlignVCenter, LocaleFormat::count(node.size));
            painter.restore();
        }
        painter.setFont(font());

        // The cut line, and while it is dragged, what it gives in plain words.
        const double cutY = yFor(m_view->cutHeight());
        painter.setPen(QPen(QColor(0xb0, 0x1c, 0x2e), 2, Qt::DashLine));
        painter.drawLine(QPointF(area.left(), cutY), QPointF(area.right(), cutY));
        if (m_view->isDragging() || hasFocus()) {
            const QString tag = DendrogramView::tr("Cut here: %n segments", "", m_view->cutCount());
            const QRectF box(area.right() - metrics.horizontalAdvance(tag) - 18, cutY - metrics.height() - 10,
                metrics.horizontalAdvance(tag) + 14, metrics.height() + 6);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xb0, 0x1c, 0x2e));
            painter.drawRoundedRect(box, 4, 4);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, tag);
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton || !m_view->hasTree()) {
            return;
        }
        m_view->setDragging(true);
        m_view->setCutHeight(heightAt(event->position().y()));
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_view->isDragging()) {
            m_view->setCutHeight(heightAt(event->position().y()));
        }
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && m_view->isDragging()) {
            m_view->setCutHeight(heightAt(event->position().y()));
            m_view->setDragging(false);
        }
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (!m_view->hasTree()) {
            QWidget::keyPressEvent(event);
            return;
        }
        // Up raises the line: fewer, larger segments; Down lowers it.
        if (event->key() == Qt::Key_Up) {
            m_view->setCutCount(m_view->cutCount() - 1);
        } else if (event->key() == Qt::Key_Down) {
            m_view->setCutCount(m_view->cutCount() + 1);
        } else {
            QWidget::keyPressEvent(event);
        }
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    DendrogramView *m_view;
};

DendrogramView::DendrogramView(QWidget *parent)
    : QWidget(parent)
    , m_jobs(new JobRunner(this))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_canvas = new DendrogramCanvas(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_canvas);
    m_cutLabel = new QLabel(this);
    QFont cutFont = m_cutLabel->font();
    cutFont.setBold(true);
    m_cutLabel->setFont(cutFont);
    m_apply = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new JobProgressBar(m_jobs, this);

    auto *cutRow = new QHBoxLayout;
    cutRow->addWidget(m_cutLabel);
    cutRow->addStretch(1);
    cutRow->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_stack, 1);
    layout->addLayout(cutRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_apply, &QPushButton::clicked, this, [this]() { applyCut(); });
    connect(m_jobs, &JobRunner::segmentationSucceeded, this, &DendrogramView::handleSucceeded);
    connect(m_jobs, &JobRunner::failed, this, &DendrogramView::handleFailed);
    connect(m_jobs, &JobRunner::cancelled, this, [this]() { m_status->clear(); });
    connect(m_jobs, &JobRunner::started, this, [this]() { updateState(); });
    connect(m_jobs, &JobRunner::finished, this, [this]() { updateState(); });
    retranslate();
    updateState();
}

DendrogramView::~DendrogramView() = default;

QWidget *DendrogramView::canvas() const
{
    return m_canvas;
}

int DendrogramView::yForHeight(double height) const
{
    return static_cast<int>(std::lround(m_canvas->yFor(height)));
}

int DendrogramView::cutLineY() const
{
    return yForHeight(m_cutHeight);
}

void DendrogramView::setSegmentation(const engine::Session *session, const QString &segmentation)
{
    m_session = session;
    m_segmentation = segmentation;
    m_projectPath = session ? QString::fromStdString(session->path()) : QString();
    m_tree.reset();
    m_absence = engine::TreeAbsence::None;
    m_leafSegments.clear();
    m_segmentColours.clear();
    m_status->clear();
    if (session && !segmentation.isEmpty()) {
        const auto tree = session->segmentationTree(segmentation.toStdString());
        if (!tree) {
            m_status->setText(ErrorPresenter::message(tree.error()));
        } else {
            m_absence = tree->absence;
            if (tree->dendrogram && tree->dendrogram->leafCount() >= 3) {
                m_tree = tree->dendrogram;
                m_leafSegments = tree->leafSegments;
            }
        }
        if (const auto segments = session->segments(segmentation.toStdString()); segments) {
            for (const engine::SegmentInfo &segment : segments.value()) {
                m_segmentColours.push_back(SegmentPalette::colour(segment.index, segment.color));
            }
        }
    }
    rebuild();
    retranslate();
    updateState();
}

void DendrogramView::rebuild()
{
    m_nodes.clear();
    m_leafLabels.clear();
    m_shownLeaves = 0;
    m_maximumHeight = 0.0;
    if (!m_tree) {
        m_stack->setCurrentWidget(m_message);
        m_canvas->update();
        return;
    }
    const engine::Dendrogram &tree = *m_tree;
    const auto leaves = static_cast<int>(tree.leafCount());
    const auto mergeCount = static_cast<int>(tree.merges.size());
    // A leaf of the full tree inside each cluster, and its customers (leaves first, then merges).
    std::vector<int> firstLeaf(static_cast<std::size_t>(leaves + mergeCount));
    std::vector<std::int64_t> sizes(static_cast<std::size_t>(leaves + mergeCount));
    for (int leaf = 0; leaf < leaves; ++leaf) {
        firstLeaf[static_cast<std::size_t>(leaf)] = leaf;
        sizes[static_cast<std::size_t>(leaf)] = tree.leafSizes[static_cast<std::size_t>(leaf)];
    }
    for (int i = 0; i < mergeCount; ++i) {
        const engine::Merge &merge = tree.merges[static_cast<std::size_t>(i)];
        firstLeaf[static_cast<std::size_t>(leaves + i)] = firstLeaf[static_cast<std::size_t>(merge.left)];
        sizes[static_cast<std::size_t>(leaves + i)] = merge.size;
    }
    // The top of the tree: the last (shown - 1) merges, whose other clusters become the shown leaves.
    const int shown = std::min(shownClusterLimit, leaves);
    const int firstShownMerge = mergeCount - (shown - 1);
    std::function<int(std::int64_t)> place = [&](std::int64_t id) -> int {
        Node node;
        const auto mergeIndex = static_cast<int>(id - leaves);
        node.firstLeaf = firstLeaf[static_cast<std::size_t>(id)];
        node.size = sizes[static_cast<std::size_t>(id)];
        if (id >= leaves && mergeIndex >= firstShownMerge) {
            const engine::Merge &merge = tree.merges[static_cast<std::size_t>(mergeIndex)];
            const int left = place(merge.left);
            const int right = place(merge.right);
            node.left = left;
            node.right = right;
            node.x = (m_nodes[static_cast<std::size_t>(left)].x + m_nodes[static_cast<std::size_t>(right)].x)
                / 2;
            node.height = merge.height;
        } else {
            node.x = m_shownLeaves++;
        }
        m_nodes.push_back(node);
        return static_cast<int>(m_nodes.size()) - 1;
    };
    place(leaves + mergeCount - 1);
    m_maximumHeight = tree.merges.back().height;
    const int most = std::min(maximumSegmentCount, leaves);
    m_lowestCut
        = leaves - most - 1 >= 0 ? tree.merges[static_cast<std::size_t>(leaves - most - 1)].height : 0.0;
    m_highestCut = tree.merges[static_cast<std::size_t>(leaves - 2)].height;
    m_stack->setCurrentWidget(m_canvas);
    m_cutCount = 0;
    // Start where the segmentation was cut.
    setCutCount(std::clamp(static_cast<int>(m_segmentColours.size()), 2, most));
}

void DendrogramView::setCutCount(int count)
{
    if (!m_tree) {
        return;
    }
    const engine::Dendrogram &tree = *m_tree;
    const auto leaves = static_cast<int>(tree.leafCount());
    const int most = std::min(maximumSegmentCount, leaves);
    const int step = count < m_cutCount ? -1 : 1;
    count = std::clamp(count, 2, most);
    // k segments: the first leaves - k merges made, the next one not. Equal heights leave no room for some
    // k; go on in the same direction to the next that has some.
    for (; count >= 2 && count <= most; count += step) {
        const double low = leaves - count - 1 >= 0
            ? tree.merges[static_cast<std::size_t>(leaves - count - 1)].height
            : 0.0;
        const double high = tree.merges[static_cast<std::size_t>(leaves - count)].height;
        if (high > low) {
            updateCut((low + high) / 2.0);
            return;
        }
    }
}

void DendrogramView::setCutHeight(double height)
{
    if (!m_tree) {
        return;
    }
    updateCut(height);
}

void DendrogramView::updateCut(double height)
{
    const double below = std::nextafter(m_highestCut, -std::numeric_limits<double>::infinity());
    m_cutHeight = std::clamp(height, m_lowestCut, std::max(m_lowestCut, below));
    const int count = clustersAtHeight(*m_tree, m_cutHeight);
    if (count != m_cutCount || m_leafLabels.empty()) {
        m_cutCount = count;
        recolour();
        retranslate();
        Q_EMIT cutCountChanged(count);
    }
    m_canvas->update();
}

void DendrogramView::recolour()
{
    const engine::Dendrogram &tree = *m_tree;
    const engine::IndexVector labels = engine::cutByCount(tree, m_cutCount);
    m_leafLabels.assign(labels.data(), labels.data() + labels.size());
    // Each segment at the cut takes the colour of the shown segment holding most of its customers (as the
    // re-cut's matching carries colours over); a second part of the same segment gets a palette colour no
    // other segment has.
    const int sourceCount = static_cast<int>(m_segmentColours.size());
    std::vector<std::vector<std::int64_t>> overlap(static_cast<std::size_t>(m_cutCount),
        std::vector<std::int64_t>(static_cast<std::size_t>(sourceCount), 0));
    for (std::size_t leaf = 0; leaf < m_leafLabels.size(); ++leaf) {
        const int source = leaf < m_leafSegments.size() ? m_leafSegments[leaf] : -1;
        if (source >= 0 && source < sourceCount) {
            overlap[static_cast<std::size_t>(m_leafLabels[leaf])][static_cast<std::size_t>(source)]
                += tree.leafSizes[leaf];
        }
    }
    m_cutColours.assign(static_cast<std::size_t>(m_cutCount), QColor());
    std::vector<bool> taken(static_cast<std::size_t>(sourceCount), false);
    std::vector<QColor> used;
    for (int segment = 0; segment < m_cutCount; ++segment) {
        const auto &row = overlap[static_cast<std::size_t>(segment)];
        const auto best = std::max_element(row.begin(), row.end());
        if (best != row.end() && *best > 0 && !taken[static_cast<std::size_t>(best - row.begin())]) {
            taken[static_cast<std::size_t>(best - row.begin())] = true;
            m_cutColours[static_cast<std::size_t>(segment)]
                = m_segmentColours[static_cast<std::size_t>(best - row.begin())];
            used.push_back(m_cutColours[static_cast<std::size_t>(segment)]);
        }
    }
    int next = 0;
    for (QColor &colour : m_cutColours) {
        if (colour.isValid()) {
            continue;
        }
        while (std::find(used.begin(), used.end(), SegmentPalette::colour(next)) != used.end()
            && next < 4 * SegmentPalette::colourCount()) {
            ++next;
        }
        colour = SegmentPalette::colour(next++);
        used.push_back(colour);
    }
}

QColor DendrogramView::colourOf(const Node &node) const
{
    if (node.height > m_cutHeight || m_leafLabels.empty()) {
        return palette().color(QPalette::Mid).darker(115);
    }
    return m_cutColours[static_cast<std::size_t>(m_leafLabels[static_cast<std::size_t>(node.firstLeaf)])];
}

void DendrogramView::setDragging(bool dragging)
{
    m_dragging = dragging;
    m_canvas->update();
}

bool DendrogramView::applyCut()
{
    if (!m_tree || m_jobs->isRunning() || m_projectPath.isEmpty()) {
        return false;
    }
    engine::RecutParams params;
    params.segmentation = m_segmentation.toStdString();
    params.segmentCount = m_cutCount;
    m_status->clear();
    return m_jobs->startRecut(m_projectPath, params);
}

void DendrogramView::handleSucceeded(const engine::SegmentationInfo &info)
{
    m_status->setText(tr("“%1” is ready with %n segments; the segments it continues lent it their names, "
                         "colours and notes.",
        "", info.segmentCount)
                          .arg(QString::fromStdString(info.name)));
    Q_EMIT segmentationCreated(info);
}

void DendrogramView::handleFailed(const engine::Error &error)
{
    m_status->setText(ErrorPresenter::message(error));
    Q_EMIT recutFailed(error);
}

void DendrogramView::updateState()
{
    const bool running = m_jobs->isRunning();
    m_apply->setEnabled(m_tree.has_value() && !running);
    m_apply->setVisible(m_tree.has_value());
    m_cutLabel->setVisible(m_tree.has_value());
    m_hint->setVisible(m_tree.has_value());
}

void DendrogramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DendrogramView::retranslate()
{
    m_title->setText(
        m_segmentation.isEmpty() ? tr("Dendrogram") : tr("Dendrogram of “%1”").arg(m_segmentation));
    m_hint->setText(
        tr("Each branch joins two groups of customers; the higher the join, the less alike they "
           "are. Drag the dashed line up for fewer, larger segments or down for more, smaller ones "
           "(or click the drawing and use the Up and Down keys). The numbers at the bottom count "
           "the customers in each branch."));
    m_cutLabel->setText(tr("Cut here: %n segments", "", m_cutCount));
    m_apply->setText(tr("Make segmentation with %n segments", "", m_cutCount));
    if (m_segmentation.isEmpty()) {
        m_message->setText(tr("Open a segmentation to see its dendrogram."));
    } else if (m_absence == engine::TreeAbsence::StoredWithoutTree) {
        m_message->setText(
            tr("“%1” is hierarchical, but it was made before Segmenta kept the tree of merges. "
               "Run it again to see its dendrogram.")
                .arg(m_segmentation));
    } else if (m_absence == engine::TreeAbsence::NotHierarchical) {
        m_message->setText(tr("A dendrogram exists only for hierarchical segmentations. “%1” was made with "
                              "another method, so there is no tree of merges to show. Segment the customers "
                              "with the hierarchical method to see one.")
                               .arg(m_segmentation));
    } else if (!m_tree) {
        m_message->setText(tr("This segmentation has too few customers to draw a dendrogram."));
    }
    m_canvas->update();
}

} // namespace segmenta::ui
