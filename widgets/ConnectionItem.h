#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace sky {

class DesignScene;

/// An arrow between two components, straight or orthogonal, following its ends.
/// Caches only its route (view geometry); protocol, port and label are read from the model.
class ConnectionItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    ConnectionItem(DesignScene* scene, const QString& id);

    const QString& id() const { return m_id; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    /// Recomputes the route from the current places of its end items.
    void updateGeometry();
    const QString& from() const { return m_from; }
    const QString& to() const { return m_to; }
    QString labelText() const;
    /// The cached route (scene coordinates), for the overview's batched drawing.
    const QPolygonF& route() const { return m_route; }

private:
    DesignScene* m_scene;
    QString m_id;
    QString m_from;
    QString m_to;
    QPolygonF m_route;
    QPolygonF m_head;
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace sky
