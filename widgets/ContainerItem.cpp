#include "widgets/ContainerItem.h"

#include "model/Catalog.h"
#include "model/Document.h"
#include "widgets/CanvasStyle.h"
#include "widgets/DesignScene.h"
#include "widgets/IconCache.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace sky {

namespace {

constexpr double kTabIcon = 24;
constexpr double kFrameGrip = 10; // how close to the frame a press picks the container

const QFont& tabFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        f.setBold(true);
        return f;
    }();
    return font;
}

} // namespace

ContainerItem::ContainerItem(DesignScene* scene, const QString& id) : CanvasBoxItem(scene, id)
{
    setFlag(ItemIsSelectable);
    syncFromModel();
}

void ContainerItem::syncFromModel()
{
    const Document* doc = m_scene->document();
    const Component* c = doc->design().component(m_id);
    if (!c)
        return;
    QSizeF size = c->size.value_or(QSizeF());
    if (size.isEmpty()) {
        const ComponentType* t = doc->catalog().type(c->type);
        size = t && !t->size.isEmpty() ? t->size : QSizeF(300, 200);
    }
    setBox(c->position.value_or(QPointF()), size);
}

QRectF ContainerItem::boundingRect() const { return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3); }

QPainterPath ContainerItem::shape() const
{
    QPainterPath frame;
    frame.addRect(QRectF(QPointF(0, 0), m_size));
    QPainterPathStroker stroker;
    stroker.setWidth(kFrameGrip);
    QPainterPath path = stroker.createStroke(frame);
    path.addRect(QRectF(0, 0, std::min(m_size.width(), 220.0), CanvasStyle::kTabHeight));
    return path;
}

void ContainerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const Document* doc = m_scene->document();
    const Component* c = doc->design().component(m_id);
    if (!c)
        return;
    const bool publicTier = c->type == QLatin1String("subnet")
        && doc->catalog().effectiveProperty(*c, QStringLiteral("tier")) == "public";
    const QRectF area(QPointF(0, 0), m_size);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor outline = CanvasStyle::containerOutline(c->type, publicTier);
    const QColor fill = CanvasStyle::containerFill(c->type, publicTier);

    painter->setRenderHint(QPainter::Antialiasing, lod >= CanvasStyle::kShapeLod);
    if (fill.alpha() > 0)
        painter->fillRect(area, fill);
    QPen pen(outline, c->type == QLatin1String("subnet") ? 1.0 : 1.6);
    if (c->type == QLatin1String("region"))
        pen.setStyle(Qt::DashLine);
    const bool target = m_scene->dropTarget() == m_id;
    if (isSelected() || target) {
        pen = QPen(target ? CanvasStyle::highlightColor() : CanvasStyle::selectionColor(), 2.5);
    }
    if (lod < CanvasStyle::kShapeLod)
        pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(area);
    if (lod < CanvasStyle::kShapeLod)
        return;

    // Name tab: the group icon in the corner and the name beside it, as AWS diagrams do.
    const double iconSize = std::min(kTabIcon, m_size.height());
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int pixels = int(std::ceil(iconSize * lod * dpr / 8.0) * 8);
    painter->drawPixmap(QRectF(0, 0, iconSize, iconSize), IconCache::pixmap(c->type, pixels), QRectF(0, 0, pixels, pixels));
    if (lod < CanvasStyle::kLabelLod)
        return;
    painter->setFont(tabFont());
    painter->setPen(outline.darker(c->type == QLatin1String("subnet") ? 140 : 115));
    const QRectF text(iconSize + 8, 0, std::max(0.0, m_size.width() - iconSize - 12), iconSize);
    const QString name = QFontMetricsF(tabFont()).elidedText(doc->catalog().displayName(*c), Qt::ElideRight, text.width());
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, name);
}

} // namespace sky
