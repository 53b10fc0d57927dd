#pragma once

#include "model/Document.h"
#include "widgets/ComponentItem.h"
#include "widgets/ConnectionItem.h"
#include "widgets/ContainerItem.h"
#include "widgets/DesignScene.h"

#include <QString>

namespace sky::test {

/// Empty when the scene shows exactly the model: one item per component and connection,
/// at the model's positions and sizes; else what differs.
inline QString sceneMismatch(const DesignScene& scene)
{
    const Design& design = scene.document()->design();
    if (scene.componentItemCount() != int(design.components().size()))
        return QStringLiteral("%1 component items for %2 components").arg(scene.componentItemCount()).arg(design.components().size());
    if (scene.connectionItemCount() != int(design.connections().size()))
        return QStringLiteral("%1 connection items for %2 connections").arg(scene.connectionItemCount()).arg(design.connections().size());
    for (const Component& c : design.components()) {
        const QGraphicsItem* item = scene.itemFor(c.id);
        if (!item)
            return QStringLiteral("no item for %1").arg(c.id);
        if (item->pos() != c.position.value_or(QPointF()))
            return QStringLiteral("%1 drawn at (%2, %3), model (%4, %5)").arg(c.id).arg(item->pos().x()).arg(item->pos().y())
                .arg(c.position.value_or(QPointF()).x()).arg(c.position.value_or(QPointF()).y());
        if (const auto* box = qgraphicsitem_cast<const ContainerItem*>(item); box && c.size && box->size() != *c.size)
            return QStringLiteral("%1 drawn with another size").arg(c.id);
    }
    for (const Connection& c : design.connections()) {
        const auto* item = scene.connectionItem(c.id);
        if (!item || item->from() != c.from || item->to() != c.to)
            return QStringLiteral("connection %1 not drawn between its ends").arg(c.id);
    }
    return {};
}

} // namespace sky::test
