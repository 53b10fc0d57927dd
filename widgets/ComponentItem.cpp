#include "widgets/ComponentItem.h"

#include "model/Catalog.h"
#include "model/Document.h"
#include "widgets/CanvasStyle.h"
#include "widgets/DesignScene.h"
#include "widgets/IconCache.h"

#include <QFont>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace sky {

namespace {

constexpr double kIconTop = 6;
constexpr double kLabelGap = 4;
constexpr double kLabelOverflow = 22; // labels may be wider than the box
constexpr double kHandleRadius = 5;

int pixmapBucket(double devicePixels)
{
    for (int size : {16, 24, 32, 48, 64, 96, 128, 192, 256})
        if (devicePixels <= size)
            return size;
    return 384;
}

const QFont& labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(11);
        return f;
    }();
    return font;
}

QChar severityLetter(Severity s)
{
    switch (s) {
    case Severity::Critical: return QLatin1Char('C');
    case Severity::High: return QLatin1Char('H');
    case Severity::Medium: return QLatin1Char('M');
    case Severity::Low: return QLatin1Char('L');
    }
    return QLatin1Char('?');
}

} // namespace

ComponentItem::ComponentItem(DesignScene* scene, const QString& id) : CanvasBoxItem(scene, id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    syncFromModel();
}

void ComponentItem::syncFromModel()
{
    const Document* doc = m_scene->document();
    const Component* c = doc->design().component(m_id);
    if (!c)
        return;
    const ComponentType* t = doc->catalog().type(c->type);
    m_tile = QBrush(CanvasStyle::categoryColor(t ? t->category : QString()));
    setBox(c->position.value_or(QPointF()), t && !t->size.isEmpty() ? t->size : QSizeF(100, 90));
}

QRectF ComponentItem::iconRect() const
{
    return {(m_size.width() - CanvasStyle::kIconSize) / 2, kIconTop, CanvasStyle::kIconSize, CanvasStyle::kIconSize};
}

QRectF ComponentItem::iconSceneRect() const { return iconRect().translated(pos()); }

QPointF ComponentItem::handleCenter() const
{
    const QRectF icon = iconRect();
    return {icon.right() + 10, icon.center().y()};
}

bool ComponentItem::handleContains(QPointF local) const
{
    const QPointF d = local - handleCenter();
    return d.x() * d.x() + d.y() * d.y() <= (kHandleRadius + 3) * (kHandleRadius + 3);
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(-kLabelOverflow, -4, m_size.width() + 2 * kLabelOverflow, m_size.height() + 8);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path; // the edge handle lies inside the box
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

void ComponentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF icon = iconRect();
    const bool highlighted = m_scene->isHighlighted(m_id);
    if (lod < CanvasStyle::kShapeLod) { // far away: a coloured tile is all the eye can tell apart
        if (isSelected() || highlighted)
            painter->fillRect(icon, isSelected() ? CanvasStyle::selectionColor() : CanvasStyle::highlightColor());
        else
            painter->fillRect(icon, m_tile);
        if (const Severity* s = m_scene->badge(m_id))
            painter->fillRect(QRectF(icon.right() - 16, icon.top(), 16, 16), CanvasStyle::severityColor(*s));
        return;
    }
    const Document* doc = m_scene->document();
    const Component* c = doc->design().component(m_id);
    if (!c)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (isSelected() || m_hovered) {
        QColor back = isSelected() ? CanvasStyle::selectionColor() : QColor(0x23, 0x2F, 0x3E);
        back.setAlpha(isSelected() ? 28 : 12);
        painter->setPen(isSelected() ? QPen(CanvasStyle::selectionColor(), 1.5) : Qt::NoPen);
        painter->setBrush(back);
        painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size).adjusted(-kLabelOverflow / 2, 0, kLabelOverflow / 2, 0), 6, 6);
    }
    if (highlighted) {
        QColor glow = CanvasStyle::highlightColor();
        glow.setAlpha(170);
        painter->setPen(QPen(glow, 5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 9, 9);
    }
    // A painted shadow: cheap, unlike a QGraphicsEffect.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 34));
    painter->drawRoundedRect(icon.translated(1.5, 2.5), 6, 6);

    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int pixels = pixmapBucket(icon.width() * lod * dpr);
    painter->drawPixmap(icon, IconCache::pixmap(c->type, pixels), QRectF(0, 0, pixels, pixels));

    if (const Severity* s = m_scene->badge(m_id)) {
        const QPointF centre(icon.right() - 1, icon.top() + 1);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(CanvasStyle::severityColor(*s));
        painter->drawEllipse(centre, 8, 8);
        if (lod >= CanvasStyle::kLabelLod) {
            QFont f = labelFont();
            f.setBold(true);
            f.setPixelSize(10);
            painter->setFont(f);
            painter->drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), Qt::AlignCenter, QString(severityLetter(*s)));
        }
    }

    if ((m_hovered || isSelected()) && m_scene->tool() == DesignScene::Tool::Select) {
        painter->setPen(QPen(CanvasStyle::selectionColor(), 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(handleCenter(), kHandleRadius, kHandleRadius);
    }

    if (lod < CanvasStyle::kLabelLod) // labels are unreadable below half size
        return;
    painter->setFont(labelFont());
    const QRectF label(-kLabelOverflow, icon.bottom() + kLabelGap, m_size.width() + 2 * kLabelOverflow,
                       m_size.height() - icon.bottom() - kLabelGap + 2);
    const QString text = doc->catalog().displayName(*c);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    // A backing under the text keeps it readable where an arrow passes behind it.
    const QRectF used = painter->boundingRect(label, flags, text).intersected(label);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xFA, 0xFB, 0xFC, 225));
    painter->drawRoundedRect(used.adjusted(-2, 0, 2, 0), 2, 2);
    painter->setPen(QColor(0x16, 0x19, 0x1F));
    painter->drawText(label, flags, text);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sky
