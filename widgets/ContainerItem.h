#pragma once

#include <QGraphicsItem>
#include <QString>

namespace sky {

class DesignScene;

/// A region, VPC or subnet: an outlined (and for subnets tinted) area with a name tab.
/// It is picked by its tab or its frame only, so a press inside it starts a rubber band.
class ContainerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    ContainerItem(DesignScene* scene, const QString& id);

    const QString& id() const { return m_id; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void syncFromModel();
    QSizeF size() const { return m_size; }
    /// The whole area in scene coordinates (drop target tests).
    QRectF areaSceneRect() const { return QRectF(pos(), m_size); }

private:
    DesignScene* m_scene;
    QString m_id;
    QSizeF m_size;
};

} // namespace sky
