#pragma once

#include "widgets/CanvasBoxItem.h"

#include <QString>

namespace sky {

/// A region, VPC or subnet: an outlined (and for subnets tinted) area with a name tab.
/// It is picked by its tab or its frame only, so a press inside it starts a rubber band.
class ContainerItem : public CanvasBoxItem {
public:
    enum { Type = UserType + 2 };

    ContainerItem(DesignScene* scene, const QString& id);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void syncFromModel();
    /// The whole area in scene coordinates (drop target tests).
    QRectF areaSceneRect() const { return QRectF(pos(), m_size); }
};

} // namespace sky
