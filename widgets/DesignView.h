#pragma once

#include <QGraphicsView>

namespace sky {

class DesignScene;

/// The canvas view: zoom (Ctrl+wheel, actions, fit), pan (middle-drag or space-drag),
/// a grid, drops from the palette and arrow-key nudges.
class DesignView : public QGraphicsView {
    Q_OBJECT
public:
    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);

    DesignScene* designScene() const { return m_scene; }
    double zoom() const;

    /// Selects one component or connection and brings it into view.
    void selectAndCenter(const QString& id);
    /// Fits the design now, and again whenever the view is resized until the user zooms
    /// or pans (so a design just opened fills the window once it is laid out).
    void fitToDesign();
    void zoomIn();
    void zoomOut();
    void setZoom(double factor);
    /// The scene point at the centre of the view (where a double-clicked palette entry goes).
    QPointF viewCentre() const;

signals:
    void zoomChanged(double factor);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyFit();
    void scaleBy(double factor);
    void zoomSettled();
    void drawGrid(QPainter* painter, const QRectF& rect, double step);

    DesignScene* m_scene;
    bool m_fitting = false;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace sky
