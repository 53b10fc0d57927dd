#pragma once

#include <QGraphicsItem>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace sky {

class DesignScene;

/// What the two items that draw a component as a box share (ComponentItem, a leaf, and
/// ContainerItem, an area): the scene they read the model through, the component's id, and
/// the box's place and size as last taken from the model.
class CanvasBoxItem : public QGraphicsItem {
public:
    const QString& id() const { return m_id; }
    QSizeF size() const { return m_size; }

protected:
    CanvasBoxItem(DesignScene* scene, const QString& id) : m_scene(scene), m_id(id) {}

    /// Places the box at `position` with `size`; a new size is announced to the scene first,
    /// as QGraphicsItem requires before boundingRect() changes.
    void setBox(QPointF position, QSizeF size)
    {
        if (size != m_size) {
            prepareGeometryChange();
            m_size = size;
        }
        setPos(position);
    }

    DesignScene* m_scene;
    QString m_id;
    QSizeF m_size;
};

} // namespace sky
