#pragma once

#include "model/Severity.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QStringList>

namespace sky {

class ComponentItem;
class ConnectionItem;
class ContainerItem;
class Document;

/// The canvas: a view of the Document. It listens to the document's signals and keeps an
/// id → item map; gestures (drop, drag-move, connect, nudge) become document edits.
/// It says what a gesture will do, or why it is refused, through statusChanged().
class DesignScene : public QGraphicsScene {
    Q_OBJECT
public:
    enum class Tool { Select, Connect };
    enum class Routing { Orthogonal, Straight };

    explicit DesignScene(Document* document, QObject* parent = nullptr);
    ~DesignScene() override;

    Document* document() const { return m_document; }

    QGraphicsItem* itemFor(const QString& id) const;
    ComponentItem* componentItem(const QString& id) const { return m_components.value(id); }
    ContainerItem* containerItem(const QString& id) const { return m_containers.value(id); }
    ConnectionItem* connectionItem(const QString& id) const { return m_connections.value(id); }
    int componentItemCount() const { return int(m_components.size() + m_containers.size()); }
    int connectionItemCount() const { return int(m_connections.size()); }

    /// Selected ids in design order: components and containers, then connections.
    QStringList selectedIds() const;
    QStringList selectedComponentIds() const;
    void selectIds(const QStringList& ids);

    // ---- For the findings and cost docks ----
    /// A small coloured severity badge on each listed component's corner; replaces the last set.
    void setBadges(const QHash<QString, Severity>& badges);
    const Severity* badge(const QString& id) const;
    /// Highlights the components and the connections between consecutive ids; empty clears.
    void highlightPath(const QStringList& ids);
    bool isHighlighted(const QString& id) const { return m_highlighted.contains(id); }

    // ---- Gestures (the mouse handlers and the view call these; tests may too) ----
    /// Creates a component of `type` centred at `scenePos`, inside the container there.
    /// On refusal the model is untouched and the status says why.
    bool dropNewComponent(const QString& type, QPointF scenePos);
    /// What dropping `type` at `scenePos` would do (said while dragging over the canvas).
    QString describeDrop(const QString& type, QPointF scenePos) const;
    /// Connects two components with the protocol and port pre-filled for the pair.
    bool connectComponents(const QString& from, const QString& to);
    /// Drag-move of `ids` (with what is inside them) started at `scenePos`.
    void beginMove(const QStringList& ids, QPointF scenePos);
    void moveTo(QPointF scenePos);
    /// One undo entry: the move, and the reparenting when an item lands in another container.
    bool finishMove(QPointF scenePos);
    void cancelMove();
    void nudgeSelection(QPointF delta);

    /// The deepest container whose area holds `scenePos`, ignoring `exclude`; empty = none.
    QString containerAt(QPointF scenePos, const QSet<QString>& exclude = {}) const;
    /// The drop target shown while dragging (its frame is highlighted).
    const QString& dropTarget() const { return m_dropTarget; }
    QPointF snap(QPointF p) const;
    void setSnapToGrid(bool on) { m_snap = on; }
    bool snapToGrid() const { return m_snap; }
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setRouting(Routing routing);
    Routing routing() const { return m_routing; }
    /// Bounds of everything drawn, from the items (what "fit to view" frames).
    QRectF designBounds() const;
    QString lastStatus() const { return m_status; }

    /// Overview (far zoomed out): connection items are hidden and drawn in one batch by
    /// drawOverviewConnections(), because painting thousands of items one by one costs
    /// more than the frame budget.
    void setOverview(bool on);
    bool overview() const { return m_overview; }
    void drawOverviewConnections(QPainter* painter, const QRectF& exposed) const;

    /// Re-routes the connections of a component (after it or its preview moved).
    void updateConnectionsOf(const QString& componentId);

signals:
    void statusChanged(const QString& message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void say(const QString& message);
    void rebuild();
    void addComponentItem(const QString& id);
    void removeComponentItem(const QString& id);
    void addConnectionItem(const QString& id);
    void removeConnectionItem(const QString& id);
    void onComponentChanged(const QString& id, const QString& key);
    void onConnectionChanged(const QString& id, const QString& key);
    void updateContainerDepths();
    /// Where the moved top-level items would land: id → new parent (only the changes), or why not.
    QHash<QString, QString> plannedParents(QString* refusal) const;
    QString componentAt(QPointF scenePos) const;
    void setDropTarget(const QString& id);
    /// The scene rect only grows (scroll bars stay stable while editing).
    void growSceneRect(const QRectF& rect);

    Document* m_document;
    QHash<QString, ComponentItem*> m_components;
    QHash<QString, ContainerItem*> m_containers;
    QHash<QString, ConnectionItem*> m_connections;
    QHash<QString, QSet<QString>> m_connectionsOf; ///< component id → connection ids
    QHash<QString, Severity> m_badges;
    QSet<QString> m_highlighted;

    Tool m_tool = Tool::Select;
    Routing m_routing = Routing::Orthogonal;
    bool m_snap = true;
    bool m_rebuilding = false;
    bool m_overview = false;
    QString m_status;
    QString m_dropTarget;

    // Drag-move in progress
    bool m_pressOnItem = false;
    bool m_moving = false;
    QPointF m_pressPos;
    QStringList m_moveRoots;                 ///< the dragged items whose parent is not dragged
    QHash<QString, QPointF> m_moveStart;     ///< every moved id → its position at the start
    QPointF m_moveDelta;

    // Connect gesture in progress
    QString m_connectFrom;
    QGraphicsLineItem* m_rubberLine = nullptr;
};

} // namespace sky
