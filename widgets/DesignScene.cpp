#include "widgets/DesignScene.h"

#include "model/Catalog.h"
#include "model/ConnectionDefaults.h"
#include "model/Document.h"
#include "model/Placement.h"
#include "widgets/CanvasStyle.h"
#include "widgets/ComponentItem.h"
#include "widgets/ConnectionItem.h"
#include "widgets/ContainerItem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPen>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

namespace sky {

namespace {
constexpr double kLeafZ = 100;
constexpr double kConnectionZ = 50;
} // namespace

DesignScene::DesignScene(Document* document, QObject* parent) : QGraphicsScene(parent), m_document(document)
{
    connect(document, &Document::documentReset, this, &DesignScene::rebuild);
    connect(document, &Document::componentAdded, this, &DesignScene::addComponentItem);
    connect(document, &Document::componentRemoved, this, &DesignScene::removeComponentItem);
    connect(document, &Document::componentChanged, this, &DesignScene::onComponentChanged);
    connect(document, &Document::connectionAdded, this, &DesignScene::addConnectionItem);
    connect(document, &Document::connectionRemoved, this, &DesignScene::removeConnectionItem);
    connect(document, &Document::connectionChanged, this, &DesignScene::onConnectionChanged);
    rebuild();
}

DesignScene::~DesignScene()
{
    // Deleting the items deselects them: nobody must hear of it while the window goes away.
    blockSignals(true);
    clear();
}

QGraphicsItem* DesignScene::itemFor(const QString& id) const
{
    if (auto* c = m_components.value(id))
        return c;
    if (auto* c = m_containers.value(id))
        return c;
    return m_connections.value(id);
}

void DesignScene::rebuild()
{
    cancelMove();
    clearSelection();
    for (auto* item : std::as_const(m_connections))
        delete item;
    for (auto* item : std::as_const(m_components))
        delete item;
    for (auto* item : std::as_const(m_containers))
        delete item;
    m_connections.clear();
    m_components.clear();
    m_containers.clear();
    m_connectionsOf.clear();
    m_highlighted.clear();
    m_badges.clear();
    const Design& design = m_document->design();
    m_components.reserve(qsizetype(design.components().size()));
    m_rebuilding = true;
    for (const Component& c : design.components())
        addComponentItem(c.id);
    for (const Connection& c : design.connections())
        addConnectionItem(c.id);
    m_rebuilding = false;
    updateContainerDepths();
    setSceneRect(designBounds().adjusted(-1000, -1000, 1000, 1000));
}

void DesignScene::addComponentItem(const QString& id)
{
    const Component* c = m_document->design().component(id);
    if (!c || itemFor(id))
        return;
    const ComponentType* t = m_document->catalog().type(c->type);
    if (t && t->container) {
        auto* item = new ContainerItem(this, id);
        m_containers.insert(id, item);
        addItem(item);
        if (!m_rebuilding)
            updateContainerDepths();
    } else {
        auto* item = new ComponentItem(this, id);
        item->setZValue(kLeafZ);
        m_components.insert(id, item);
        addItem(item);
    }
    growSceneRect(itemFor(id)->sceneBoundingRect());
    // A component added back by an undo gets its connections back right after; nothing to route yet.
}

void DesignScene::removeComponentItem(const QString& id)
{
    m_moveStart.remove(id);
    if (auto* item = m_components.take(id))
        delete item;
    if (auto* item = m_containers.take(id))
        delete item;
    m_connectionsOf.remove(id);
}

void DesignScene::addConnectionItem(const QString& id)
{
    if (m_connections.contains(id) || !m_document->design().connection(id))
        return;
    auto* item = new ConnectionItem(this, id);
    item->setZValue(kConnectionZ);
    item->setVisible(!m_overview);
    m_connections.insert(id, item);
    addItem(item);
    item->updateGeometry();
    m_connectionsOf[item->from()].insert(id);
    m_connectionsOf[item->to()].insert(id);
}

void DesignScene::removeConnectionItem(const QString& id)
{
    ConnectionItem* item = m_connections.take(id);
    if (!item)
        return;
    m_connectionsOf[item->from()].remove(id);
    m_connectionsOf[item->to()].remove(id);
    delete item;
}

void DesignScene::onComponentChanged(const QString& id, const QString& key)
{
    if (auto* item = m_components.value(id)) {
        if (key == QLatin1String("position") || key == QLatin1String("size") || key == QLatin1String("type")) {
            item->syncFromModel();
            updateConnectionsOf(id);
            growSceneRect(item->sceneBoundingRect());
        } else {
            item->update();
        }
    } else if (auto* box = m_containers.value(id)) {
        if (key == QLatin1String("parent"))
            updateContainerDepths();
        box->syncFromModel();
        box->update();
        growSceneRect(box->sceneBoundingRect());
    }
    if (key == QLatin1String("properties.container_port") || key == QLatin1String("name"))
        for (const QString& c : m_connectionsOf.value(id))
            if (auto* conn = m_connections.value(c))
                conn->update();
}

void DesignScene::onConnectionChanged(const QString& id, const QString& key)
{
    ConnectionItem* item = m_connections.value(id);
    if (!item)
        return;
    if (key == QLatin1String("from") || key == QLatin1String("to")) {
        m_connectionsOf[item->from()].remove(id);
        m_connectionsOf[item->to()].remove(id);
    }
    item->updateGeometry();
    m_connectionsOf[item->from()].insert(id);
    m_connectionsOf[item->to()].insert(id);
}

void DesignScene::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    for (auto* item : std::as_const(m_connections))
        item->setVisible(!on);
    update();
}

void DesignScene::drawOverviewConnections(QPainter* painter, const QRectF& exposed) const
{
    QVector<QLineF> plain;
    QVector<QLineF> marked;
    plain.reserve(m_connections.size() * 3);
    for (const ConnectionItem* item : m_connections) {
        if (!item->boundingRect().intersects(exposed))
            continue;
        const bool mark = item->isSelected() || m_highlighted.contains(item->id());
        const QPolygonF& route = item->route();
        for (int i = 0; i + 1 < route.size(); ++i)
            (mark ? marked : plain) << QLineF(route[i], route[i + 1]);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(CanvasStyle::connectionColor(true), 0));
    painter->drawLines(plain);
    painter->setPen(QPen(CanvasStyle::highlightColor(), 0));
    painter->drawLines(marked);
    painter->restore();
}

void DesignScene::updateConnectionsOf(const QString& componentId)
{
    const auto it = m_connectionsOf.constFind(componentId);
    if (it == m_connectionsOf.constEnd())
        return;
    for (const QString& c : *it)
        if (auto* item = m_connections.value(c))
            item->updateGeometry();
}

void DesignScene::updateContainerDepths()
{
    const Design& design = m_document->design();
    for (auto it = m_containers.begin(); it != m_containers.end(); ++it) {
        int depth = 0;
        for (const Component* c = design.component(it.key()); c && !c->parent.isEmpty() && depth < 64;
             c = design.component(c->parent))
            ++depth;
        it.value()->setZValue(depth);
    }
}

QStringList DesignScene::selectedIds() const
{
    QSet<QString> chosen;
    for (QGraphicsItem* item : selectedItems()) {
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(item))
            chosen.insert(c->id());
        else if (auto* box = qgraphicsitem_cast<ContainerItem*>(item))
            chosen.insert(box->id());
        else if (auto* conn = qgraphicsitem_cast<ConnectionItem*>(item))
            chosen.insert(conn->id());
    }
    QStringList ids;
    const Design& design = m_document->design();
    if (chosen.isEmpty())
        return ids;
    for (const Component& c : design.components())
        if (chosen.contains(c.id))
            ids << c.id;
    for (const Connection& c : design.connections())
        if (chosen.contains(c.id))
            ids << c.id;
    return ids;
}

QStringList DesignScene::selectedComponentIds() const
{
    QStringList ids = selectedIds();
    ids.erase(std::remove_if(ids.begin(), ids.end(), [this](const QString& id) { return !m_document->design().component(id); }),
              ids.end());
    return ids;
}

void DesignScene::selectIds(const QStringList& ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString& id : ids)
        if (QGraphicsItem* item = itemFor(id))
            item->setSelected(true);
    blocker.unblock();
    emit selectionChanged();
}

void DesignScene::setBadges(const QHash<QString, Severity>& badges)
{
    QSet<QString> touched;
    for (auto it = m_badges.begin(); it != m_badges.end(); ++it)
        touched.insert(it.key());
    for (auto it = badges.begin(); it != badges.end(); ++it)
        touched.insert(it.key());
    m_badges = badges;
    for (const QString& id : std::as_const(touched))
        if (QGraphicsItem* item = itemFor(id))
            item->update();
}

const Severity* DesignScene::badge(const QString& id) const
{
    const auto it = m_badges.constFind(id);
    return it == m_badges.constEnd() ? nullptr : &it.value();
}

void DesignScene::highlightPath(const QStringList& ids)
{
    QSet<QString> next;
    for (const QString& id : ids)
        next.insert(id);
    for (int i = 0; i + 1 < ids.size(); ++i)
        for (const QString& c : m_connectionsOf.value(ids[i]))
            if (const ConnectionItem* item = m_connections.value(c))
                if ((item->from() == ids[i] && item->to() == ids[i + 1]) || (item->to() == ids[i] && item->from() == ids[i + 1]))
                    next.insert(c);
    const QSet<QString> touched = next + m_highlighted;
    m_highlighted = next;
    for (const QString& id : touched)
        if (QGraphicsItem* item = itemFor(id))
            item->update();
}

void DesignScene::growSceneRect(const QRectF& rect)
{
    if (m_rebuilding)
        return;
    const QRectF current = sceneRect();
    if (!current.contains(rect))
        setSceneRect(current | rect.adjusted(-1000, -1000, 1000, 1000));
}

void DesignScene::say(const QString& message)
{
    m_status = message;
    emit statusChanged(message);
}

QPointF DesignScene::snap(QPointF p) const
{
    if (!m_snap)
        return p;
    return {std::round(p.x() / CanvasStyle::kSnap) * CanvasStyle::kSnap, std::round(p.y() / CanvasStyle::kSnap) * CanvasStyle::kSnap};
}

void DesignScene::setTool(Tool tool)
{
    m_tool = tool;
    say(tool == Tool::Connect ? tr("Connect: drag from one component to another") : tr("Select: drag to move, drag on empty canvas to select"));
}

void DesignScene::setRouting(Routing routing)
{
    m_routing = routing;
    for (auto* item : std::as_const(m_connections))
        item->updateGeometry();
}

QRectF DesignScene::designBounds() const
{
    QRectF bounds;
    for (const auto* item : m_containers)
        bounds |= item->areaSceneRect();
    for (const auto* item : m_components)
        bounds |= QRectF(item->pos(), item->size());
    return bounds;
}

QString DesignScene::containerAt(QPointF scenePos, const QSet<QString>& exclude) const
{
    QString best;
    double bestZ = -1;
    for (auto it = m_containers.begin(); it != m_containers.end(); ++it)
        if (!exclude.contains(it.key()) && it.value()->areaSceneRect().contains(scenePos) && it.value()->zValue() > bestZ) {
            best = it.key();
            bestZ = it.value()->zValue();
        }
    return best;
}

QString DesignScene::componentAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (auto* c = qgraphicsitem_cast<ComponentItem*>(item))
            return c->id();
    return {};
}

void DesignScene::setDropTarget(const QString& id)
{
    if (id == m_dropTarget)
        return;
    if (auto* old = m_containers.value(m_dropTarget))
        old->update();
    m_dropTarget = id;
    if (auto* now = m_containers.value(id))
        now->update();
}

QString DesignScene::describeDrop(const QString& type, QPointF scenePos) const
{
    const Catalog& catalog = m_document->catalog();
    const ComponentType* t = catalog.type(type);
    if (!t)
        return tr("'%1' is not a component type").arg(type);
    const QString parent = containerAt(scenePos);
    if (const QString why = Placement::check(catalog, m_document->design(), type, parent); !why.isEmpty())
        return tr("Cannot drop here: %1").arg(why);
    if (parent.isEmpty())
        return tr("Release to add %1").arg(t->label);
    return tr("Release to add %1 into %2").arg(t->label, catalog.displayName(*m_document->design().component(parent)));
}

bool DesignScene::dropNewComponent(const QString& type, QPointF scenePos)
{
    setDropTarget({});
    const Catalog& catalog = m_document->catalog();
    const ComponentType* t = catalog.type(type);
    if (!t) {
        say(tr("'%1' is not a component type").arg(type));
        return false;
    }
    Component c;
    c.type = type;
    c.id = m_document->uniqueId(type);
    c.parent = containerAt(scenePos);
    const QSizeF size = t->size.isEmpty() ? QSizeF(100, 90) : t->size;
    c.position = snap(scenePos - QPointF(size.width() / 2, size.height() / 2));
    if (t->container)
        c.size = size;
    QString why;
    const QString id = c.id;
    if (!m_document->addComponent(std::move(c), &why)) {
        say(tr("Cannot drop here: %1").arg(why));
        return false;
    }
    selectIds({id});
    say(tr("Added %1").arg(t->label));
    return true;
}

bool DesignScene::connectComponents(const QString& from, const QString& to)
{
    const Design& design = m_document->design();
    const Component* a = design.component(from);
    const Component* b = design.component(to);
    if (!a || !b) {
        say(tr("A connection joins two components"));
        return false;
    }
    const ConnectionDefault defaults = ConnectionDefaults::forPair(m_document->catalog(), *a, *b);
    Connection c;
    c.id = m_document->uniqueId(QStringLiteral("c"));
    c.from = from;
    c.to = to;
    c.protocol = defaults.protocol;
    c.port = defaults.port;
    const QString id = c.id;
    QString why;
    if (!m_document->addConnection(std::move(c), &why)) {
        say(tr("Cannot connect: %1").arg(why));
        return false;
    }
    selectIds({id});
    say(tr("Connected %1 → %2 (%3)").arg(m_document->catalog().displayName(*a), m_document->catalog().displayName(*b),
                                          m_connections.value(id) ? m_connections.value(id)->labelText() : QString()));
    return true;
}

void DesignScene::beginMove(const QStringList& ids, QPointF scenePos)
{
    cancelMove();
    const Design& design = m_document->design();
    QSet<QString> moved;
    for (const QString& id : ids)
        if (design.component(id)) {
            moved.insert(id);
            for (const QString& inside : m_document->descendants(id))
                moved.insert(inside);
        }
    for (const QString& id : std::as_const(moved)) {
        const Component* c = design.component(id);
        m_moveStart.insert(id, c->position.value_or(QPointF()));
        if (!moved.contains(c->parent))
            m_moveRoots << id;
    }
    m_pressPos = scenePos;
    m_moveDelta = {};
    m_moving = !m_moveStart.isEmpty();
}

void DesignScene::moveTo(QPointF scenePos)
{
    if (!m_moving)
        return;
    // Snap the first dragged item's corner, and move the rest by the same amount.
    const QPointF anchor = m_moveStart.value(m_moveRoots.value(0));
    const QPointF delta = snap(anchor + (scenePos - m_pressPos)) - anchor;
    if (delta == m_moveDelta)
        return;
    m_moveDelta = delta;
    for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
        if (QGraphicsItem* item = itemFor(it.key()))
            item->setPos(it.value() + delta);
    for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
        updateConnectionsOf(it.key());
    QString refusal;
    const QHash<QString, QString> parents = plannedParents(&refusal);
    if (!refusal.isEmpty()) {
        setDropTarget({});
        say(tr("Cannot move here: %1").arg(refusal));
    } else if (!parents.isEmpty()) {
        const QString target = parents.begin().value();
        setDropTarget(target);
        const Component* c = m_document->design().component(target);
        say(c ? tr("Release to move into %1").arg(m_document->catalog().displayName(*c)) : tr("Release to move out of the container"));
    } else {
        setDropTarget({});
        say(tr("Release to move %n item(s)", nullptr, int(m_moveRoots.size())));
    }
}

QHash<QString, QString> DesignScene::plannedParents(QString* refusal) const
{
    QHash<QString, QString> changes;
    QSet<QString> moved;
    for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
        moved.insert(it.key());
    const Design& design = m_document->design();
    for (const QString& id : m_moveRoots) {
        const Component* c = design.component(id);
        const QGraphicsItem* item = itemFor(id);
        if (!c || !item)
            continue;
        QPointF centre;
        if (auto* leaf = qgraphicsitem_cast<const ComponentItem*>(item))
            centre = leaf->pos() + QPointF(leaf->size().width() / 2, leaf->size().height() / 2);
        else if (auto* box = qgraphicsitem_cast<const ContainerItem*>(item))
            centre = box->pos() + QPointF(box->size().width() / 2, box->size().height() / 2);
        const QString parent = containerAt(centre, moved);
        if (parent == c->parent)
            continue;
        if (const QString why = Placement::check(m_document->catalog(), design, c->type, parent); !why.isEmpty()) {
            *refusal = why;
            return {};
        }
        changes.insert(id, parent);
    }
    return changes;
}

bool DesignScene::finishMove(QPointF scenePos)
{
    if (!m_moving)
        return false;
    moveTo(scenePos);
    QString refusal;
    const QHash<QString, QString> parents = plannedParents(&refusal);
    QHash<QString, QPointF> positions;
    for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
        positions.insert(it.key(), it.value() + m_moveDelta);
    const bool changed = !m_moveDelta.isNull();
    const int count = int(m_moveRoots.size());
    cancelMove(); // puts the items back where the model has them; the edit below moves them for real
    if (!refusal.isEmpty()) {
        say(tr("Cannot move here: %1").arg(refusal));
        return false;
    }
    if (!changed)
        return false;
    if (parents.isEmpty()) {
        m_document->moveComponents(positions);
        say(tr("Moved %n item(s)", nullptr, count));
        return true;
    }
    m_document->beginMacro(tr("Move %n item(s) into another container", nullptr, count));
    m_document->moveComponents(positions);
    QString why;
    bool ok = true;
    for (auto it = parents.begin(); it != parents.end() && ok; ++it)
        ok = m_document->reparent(it.key(), it.value(), &why);
    m_document->endMacro();
    if (!ok) { // cannot happen after plannedParents, but never leave half an edit
        m_document->undoStack()->undo();
        say(tr("Cannot move here: %1").arg(why));
        return false;
    }
    say(tr("Moved %n item(s) into another container", nullptr, count));
    return true;
}

void DesignScene::cancelMove()
{
    const bool wasMoving = m_moving;
    m_moving = false;
    m_pressOnItem = false;
    setDropTarget({});
    if (wasMoving) {
        for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
            if (QGraphicsItem* item = itemFor(it.key()))
                item->setPos(it.value());
        for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
            updateConnectionsOf(it.key());
    }
    m_moveStart.clear();
    m_moveRoots.clear();
    m_moveDelta = {};
}

void DesignScene::nudgeSelection(QPointF delta)
{
    const QStringList ids = selectedComponentIds();
    if (ids.isEmpty())
        return;
    // Only the outermost selected items: their insides follow them.
    QStringList roots;
    QSet<QString> chosen(ids.begin(), ids.end());
    for (const QString& id : ids) {
        bool inside = false;
        for (const Component* c = m_document->design().component(id); c && !c->parent.isEmpty(); c = m_document->design().component(c->parent))
            if (chosen.contains(c->parent)) {
                inside = true;
                break;
            }
        if (!inside)
            roots << id;
    }
    m_document->moveComponentsBy(roots, delta, true);
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QString leaf = componentAt(event->scenePos());
    if (!leaf.isEmpty()) {
        ComponentItem* item = m_components.value(leaf);
        if (m_tool == Tool::Connect || item->handleContains(item->mapFromScene(event->scenePos()))) {
            m_connectFrom = leaf;
            m_rubberLine = new QGraphicsLineItem(QLineF(item->iconSceneRect().center(), event->scenePos()));
            m_rubberLine->setPen(QPen(CanvasStyle::selectionColor(), 1.5, Qt::DashLine));
            m_rubberLine->setZValue(1000);
            addItem(m_rubberLine);
            say(tr("Drag to the component to connect to"));
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem* under = itemAt(event->scenePos(), QTransform());
    m_pressOnItem = under && under->isSelected()
        && (qgraphicsitem_cast<ComponentItem*>(under) || qgraphicsitem_cast<ContainerItem*>(under))
        && !(event->modifiers() & Qt::ControlModifier);
    m_pressPos = event->scenePos();
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), event->scenePos()));
        const QString target = componentAt(event->scenePos());
        if (!target.isEmpty() && target != m_connectFrom) {
            const Design& design = m_document->design();
            const ConnectionDefault d = ConnectionDefaults::forPair(m_document->catalog(), *design.component(m_connectFrom),
                                                                    *design.component(target));
            say(tr("Release to connect %1 → %2 (%3%4)")
                    .arg(m_document->catalog().displayName(*design.component(m_connectFrom)),
                         m_document->catalog().displayName(*design.component(target)), d.protocol,
                         d.port ? QStringLiteral(" %1").arg(*d.port) : QString()));
        } else {
            say(tr("Drag to the component to connect to"));
        }
        return;
    }
    if (m_pressOnItem && (event->buttons() & Qt::LeftButton)) {
        if (!m_moving && (event->scenePos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance() / 2.0)
            beginMove(selectedComponentIds(), m_pressPos);
        if (m_moving) {
            moveTo(event->scenePos());
            return;
        }
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const QString target = componentAt(event->scenePos());
        const QString from = m_connectFrom;
        m_connectFrom.clear();
        if (target.isEmpty() || target == from)
            say(tr("Connection cancelled: release on another component"));
        else
            connectComponents(from, target);
        return;
    }
    if (m_moving) {
        finishMove(event->scenePos());
        return;
    }
    m_pressOnItem = false;
    QGraphicsScene::mouseReleaseEvent(event);
}

} // namespace sky
