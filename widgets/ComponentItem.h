#pragma once

#include "widgets/CanvasBoxItem.h"

#include <QBrush>
#include <QString>

namespace sky {

/// A leaf component on the canvas: its icon and label. Holds only its id; reads the
/// model when it paints. Its position follows the model, except while a drag previews.
class ComponentItem : public CanvasBoxItem {
public:
    enum { Type = UserType + 1 };

    ComponentItem(DesignScene* scene, const QString& id);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Takes position and size from the model.
    void syncFromModel();
    /// The icon square, in scene coordinates: where connections attach.
    QRectF iconSceneRect() const;
    /// The edge handle a connection is dragged from (item coordinates).
    bool handleContains(QPointF local) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF iconRect() const;
    QPointF handleCenter() const;

    QBrush m_tile; ///< the category colour, for far-away frames (derived from the type)
    bool m_hovered = false;
};

} // namespace sky
