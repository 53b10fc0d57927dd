#include "exporters/diagram/DiagramLayout.h"

#include "exporters/diagram/DiagramStyle.h"
#include "model/Catalog.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace sky {

namespace {

constexpr double kCellWidth = 170;
constexpr double kCellHeight = 130;
constexpr QSizeF kLeafSize{100, 90};

int depthOf(const Design& design, const Component& component)
{
    int depth = 0;
    for (const Component* c = &component; c && !c->parent.isEmpty() && depth < 64; c = design.component(c->parent))
        ++depth;
    return depth;
}

/// "region/vpc/subnet" of a component, so that siblings sort next to each other.
QString parentChain(const Design& design, const Component& component)
{
    QStringList chain;
    for (const Component* c = design.component(component.parent); c && chain.size() < 64; c = design.component(c->parent))
        chain.prepend(c->id);
    return chain.join(QLatin1Char('/'));
}

} // namespace

bool DiagramLayout::isExternal(const Component& component)
{
    return component.type == QLatin1String("users") || component.type == QLatin1String("github_actions");
}

bool DiagramLayout::isContainer(const Component& component) const
{
    const ComponentType* type = m_catalog.type(component.type);
    return type && type->container;
}

DiagramLayout::DiagramLayout(const Design& design, const Catalog& catalog)
    : m_catalog(catalog)
{
    for (const Component& c : design.components()) {
        if (!c.position)
            continue;
        const ComponentType* type = catalog.type(c.type);
        QSizeF size = type && type->size.isValid() ? type->size : kLeafSize;
        if (c.size && isContainer(c))
            size = *c.size;
        m_boxes.insert(c.id, QRectF(*c.position, size));
    }
    placeLeaves(design);
    fitContainers(design);
    placeExternalActors(design);
    for (const QRectF& box : std::as_const(m_boxes))
        m_bounds = m_bounds.united(box);
    m_bounds = m_bounds.united(m_awsCloud);
}

void DiagramLayout::placeLeaves(const Design& design)
{
    QRectF placed;
    for (const QRectF& box : std::as_const(m_boxes))
        placed = placed.united(box);
    const QPointF autoOrigin = placed.isNull() ? QPointF(0, 0) : QPointF(placed.right() + 100, placed.top());

    // Leaves in a drawn container go into free cells of a grid inside it.
    std::vector<const Component*> free;
    for (const Component& c : design.components()) {
        if (c.position || isContainer(c))
            continue;
        const Component* host = design.component(c.parent);
        int guard = 0;
        while (host && !m_boxes.contains(host->id) && guard++ < 64)
            host = design.component(host->parent);
        if (!host) {
            free.push_back(&c);
            continue;
        }
        const QRectF area = m_boxes.value(host->id);
        const double left = area.left() + DiagramStyle::kGroupPadding;
        const double top = area.top() + DiagramStyle::kTabHeight + DiagramStyle::kGroupPadding;
        const int columns = std::max(1, int((area.width() - 2 * DiagramStyle::kGroupPadding) / (kCellWidth - 40)));
        for (int cell = 0;; ++cell) {
            const QRectF box(left + (cell % columns) * (kCellWidth - 40), top + (cell / columns) * kCellHeight,
                             kLeafSize.width(), kLeafSize.height());
            bool taken = false;
            for (const QString& sibling : design.children(host->id))
                if (m_boxes.contains(sibling) && !isContainer(*design.component(sibling)) && m_boxes.value(sibling).intersects(box))
                    taken = true;
            if (!taken || cell > 10000) {
                m_boxes.insert(c.id, box);
                break;
            }
        }
    }
    if (free.empty())
        return;

    // The rest: layers along the connections (Kahn's order; cycles join the deepest layer seen).
    QHash<QString, int> layer;
    QHash<QString, int> incoming;
    QHash<QString, QStringList> outgoing;
    QSet<QString> freeIds;
    for (const Component* c : free)
        freeIds.insert(c->id);
    for (const Connection& k : design.connections()) {
        if (!freeIds.contains(k.from) || !freeIds.contains(k.to) || k.from == k.to)
            continue;
        outgoing[k.from].append(k.to);
        ++incoming[k.to];
    }
    QStringList queue;
    for (const Component* c : free)
        if (incoming.value(c->id) == 0)
            queue.append(c->id);
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString id = queue.at(i);
        for (const QString& next : outgoing.value(id)) {
            layer[next] = std::max(layer.value(next), layer.value(id) + 1);
            if (--incoming[next] == 0)
                queue.append(next);
        }
    }
    std::map<int, std::vector<const Component*>> columns;
    for (const Component* c : free)
        columns[layer.value(c->id)].push_back(c);
    const int maxRows = std::max(6, int(std::ceil(std::sqrt(double(free.size())))));
    double x = autoOrigin.x();
    for (auto& [layerIndex, members] : columns) {
        Q_UNUSED(layerIndex);
        std::stable_sort(members.begin(), members.end(), [&](const Component* a, const Component* b) {
            return parentChain(design, *a) < parentChain(design, *b);
        });
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0 && i % size_t(maxRows) == 0)
                x += kCellWidth;
            const double y = autoOrigin.y() + double(i % size_t(maxRows)) * kCellHeight
                + (depthOf(design, *members[i]) * DiagramStyle::kGroupPadding);
            m_boxes.insert(members[i]->id, QRectF(QPointF(x, y), kLeafSize));
        }
        x += kCellWidth + 40;
    }
}

void DiagramLayout::fitContainers(const Design& design)
{
    std::vector<const Component*> containers;
    for (const Component& c : design.components())
        if (isContainer(c))
            containers.push_back(&c);
    // Deepest first, so that a VPC fits around subnets that were just fitted.
    std::stable_sort(containers.begin(), containers.end(), [&](const Component* a, const Component* b) {
        return depthOf(design, *a) > depthOf(design, *b);
    });
    const double pad = DiagramStyle::kGroupPadding;
    QRectF all;
    for (const QRectF& box : std::as_const(m_boxes))
        all = all.united(box);
    double emptyX = all.isNull() ? 0 : all.right() + 80;
    for (const Component* c : containers) {
        QRectF inner;
        for (const QString& child : design.children(c->id))
            if (m_boxes.contains(child))
                inner = inner.united(m_boxes.value(child));
        QRectF box = m_boxes.value(c->id);
        if (!inner.isNull())
            box = box.united(inner.adjusted(-pad, -pad - DiagramStyle::kTabHeight, pad, pad));
        if (box.isNull()) {
            const ComponentType* type = m_catalog.type(c->type);
            box = QRectF(QPointF(emptyX, 0), type ? type->size : QSizeF(300, 200));
            emptyX = box.right() + 80;
        }
        m_boxes.insert(c->id, box);
    }
}

void DiagramLayout::placeExternalActors(const Design& design)
{
    for (const Component& c : design.components())
        if (!isExternal(c) && m_boxes.contains(c.id))
            m_awsCloud = m_awsCloud.united(m_boxes.value(c.id));
    if (m_awsCloud.isNull())
        return;
    const double pad = DiagramStyle::kGroupPadding + 6;
    m_awsCloud.adjust(-pad, -pad - DiagramStyle::kTabHeight, pad, pad);

    // Users and CI live outside AWS: an actor drawn inside the cloud moves to its left, at its height.
    std::vector<const Component*> moved;
    for (const Component& c : design.components())
        if (isExternal(c) && m_boxes.value(c.id).intersects(m_awsCloud))
            moved.push_back(&c);
    std::stable_sort(moved.begin(), moved.end(), [&](const Component* a, const Component* b) {
        return m_boxes.value(a->id).top() < m_boxes.value(b->id).top();
    });
    double nextTop = -1e18;
    for (const Component* c : moved) {
        QRectF box = m_boxes.value(c->id);
        box.moveRight(m_awsCloud.left() - 90);
        box.moveTop(std::max(box.top(), nextTop));
        nextTop = box.bottom() + 40;
        m_boxes.insert(c->id, box);
    }
}

} // namespace sky
