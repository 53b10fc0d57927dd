#include "widgets/DesignView.h"

#include "widgets/DesignScene.h"
#include "widgets/CanvasStyle.h"
#include "widgets/PalettePanel.h"

#include <QDragEnterEvent>
#include <QGraphicsItem>
#include <QMimeData>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace sky {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 4.0;
constexpr double kMaxFitZoom = 1.25;
/// Below this zoom connections are drawn in one batch (see DesignScene::setOverview).
constexpr double kOverviewZoom = 0.15;
} // namespace

DesignView::DesignView(DesignScene* scene, QWidget* parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setOptimizationFlag(DontSavePainterState, true); // every item sets the state it paints with
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

double DesignView::zoom() const { return transform().m11(); }

QPointF DesignView::viewCentre() const { return mapToScene(viewport()->rect().center()); }

void DesignView::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
    zoomSettled();
}

void DesignView::zoomSettled()
{
    m_scene->setOverview(zoom() < kOverviewZoom);
    emit zoomChanged(zoom());
}

void DesignView::setZoom(double factor)
{
    m_fitting = false;
    scaleBy(factor / zoom());
}

void DesignView::zoomIn()
{
    m_fitting = false;
    scaleBy(1.25);
}

void DesignView::zoomOut()
{
    m_fitting = false;
    scaleBy(0.8);
}

void DesignView::fitToDesign()
{
    m_fitting = true;
    applyFit();
}

void DesignView::applyFit()
{
    QRectF bounds = m_scene->designBounds();
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 800, 600);
    bounds.adjust(-30, -30, 30, 30);
    const QSizeF area = viewport()->size();
    if (area.isEmpty())
        return;
    const double factor = std::clamp(std::min(area.width() / bounds.width(), area.height() / bounds.height()), kMinZoom,
                                     kMaxFitZoom);
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(bounds.center());
    zoomSettled();
}

void DesignView::selectAndCenter(const QString& id)
{
    QGraphicsItem* item = m_scene->itemFor(id);
    if (!item)
        return;
    m_fitting = false;
    m_scene->selectIds({id});
    if (zoom() < 0.75)
        setZoom(1.0);
    centerOn(item->sceneBoundingRect().center());
}

void DesignView::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, QColor(0xFA, 0xFB, 0xFC));
    double step = CanvasStyle::kGrid;
    const double scale = zoom();
    if (step * scale < 8)
        step *= 5;
    if (step * scale >= 8) // else too dense to help
        drawGrid(painter, rect, step);
    if (m_scene->overview())
        m_scene->drawOverviewConnections(painter, rect);
}

void DesignView::drawGrid(QPainter* painter, const QRectF& rect, double step)
{
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x <= rect.right(); x += step)
        lines << QLineF(x, rect.top(), x, rect.bottom());
    for (double y = top; y <= rect.bottom(); y += step)
        lines << QLineF(rect.left(), y, rect.right(), y);
    QPen pen(QColor(0xEC, 0xEF, 0xF3), 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(pen);
    painter->drawLines(lines);
    painter->restore();
}

void DesignView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_fitting = false;
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    m_fitting = false;
    QGraphicsView::wheelEvent(event);
}

void DesignView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_fitting = false;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint d = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    const double step = (event->modifiers() & Qt::ShiftModifier) ? CanvasStyle::kGrid * 2 : CanvasStyle::kSnap;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = {-step, 0}; break;
    case Qt::Key_Right: delta = {step, 0}; break;
    case Qt::Key_Up: delta = {0, -step}; break;
    case Qt::Key_Down: delta = {0, step}; break;
    case Qt::Key_Escape:
        m_scene->cancelMove();
        m_scene->setTool(DesignScene::Tool::Select);
        event->accept();
        return;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    if (!m_scene->selectedComponentIds().isEmpty()) {
        m_scene->nudgeSelection(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        applyFit();
}

void DesignView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(PalettePanel::kMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DesignView::dragMoveEvent(QDragMoveEvent* event)
{
    if (!event->mimeData()->hasFormat(PalettePanel::kMimeType)) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(PalettePanel::kMimeType));
    const QPointF at = mapToScene(event->position().toPoint());
    const QString what = m_scene->describeDrop(type, at);
    emit m_scene->statusChanged(what);
    event->acceptProposedAction();
}

void DesignView::dragLeaveEvent(QDragLeaveEvent* event)
{
    emit m_scene->statusChanged(QString());
    QGraphicsView::dragLeaveEvent(event);
}

void DesignView::dropEvent(QDropEvent* event)
{
    if (!event->mimeData()->hasFormat(PalettePanel::kMimeType)) {
        event->ignore();
        return;
    }
    const QString type = QString::fromUtf8(event->mimeData()->data(PalettePanel::kMimeType));
    if (m_scene->dropNewComponent(type, mapToScene(event->position().toPoint())))
        event->acceptProposedAction();
    else
        event->ignore();
    setFocus();
}

} // namespace sky
