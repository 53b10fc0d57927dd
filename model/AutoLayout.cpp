#include "model/AutoLayout.h"

#include "model/Catalog.h"
#include "model/Design.h"
#include "model/Document.h"

#include <QObject>
#include <QSet>
#include <algorithm>
#include <climits>
#include <functional>
#include <map>

namespace sky::AutoLayout {

namespace {

constexpr double kColumnGap = 60;
constexpr double kRowGap = 40;
constexpr double kPadSide = 24;
constexpr double kPadTop = 56; // room for the name tab
constexpr double kPadBottom = 30;
constexpr int kUnranked = -1;
constexpr double kMinContainerWidth = 210; // room for the name tab

class Layouter {
public:
    Layouter(const Catalog& catalog, const Design& design) : m_catalog(catalog), m_design(design) {}

    Layout run(QPointF origin)
    {
        rankLeaves();
        measure(QString());
        place(QString(), origin);
        return m_layout;
    }

private:
    bool isContainer(const Component& c) const
    {
        const ComponentType* t = m_catalog.type(c.type);
        return t && t->container;
    }

    QSizeF leafSize(const Component& c) const
    {
        const ComponentType* t = m_catalog.type(c.type);
        return t && !t->size.isEmpty() ? t->size : QSizeF(100, 90);
    }

    /// Longest-path layering over the connections; sources sit just before their first target.
    void rankLeaves()
    {
        QHash<QString, QStringList> out;
        QHash<QString, int> inDegree;
        for (const Connection& c : m_design.connections())
            out[c.from] << c.to;
        // Depth-first order; edges that close a cycle are dropped.
        QHash<QString, int> state; // 1 visiting, 2 done
        QStringList order;
        QHash<QString, QStringList> forward;
        std::function<void(const QString&)> visit = [&](const QString& id) {
            state[id] = 1;
            for (const QString& next : out.value(id)) {
                if (state.value(next) == 1)
                    continue;
                forward[id] << next;
                inDegree[next] += 1;
                if (state.value(next) == 0)
                    visit(next);
            }
            state[id] = 2;
            order.prepend(id);
        };
        for (const Component& c : m_design.components())
            if (state.value(c.id) == 0 && out.contains(c.id))
                visit(c.id);
        for (const QString& id : std::as_const(order))
            m_rank.insert(id, m_rank.value(id, 0));
        for (const QString& id : std::as_const(order))
            for (const QString& next : forward.value(id))
                m_rank[next] = std::max(m_rank.value(next, 0), m_rank.value(id) + 1);
        for (const QString& id : std::as_const(order)) {
            if (inDegree.value(id) > 0 || forward.value(id).isEmpty())
                continue;
            int nearest = INT_MAX;
            for (const QString& next : forward.value(id))
                nearest = std::min(nearest, m_rank.value(next));
            m_rank[id] = std::max(0, nearest - 1);
        }
    }

    int blockRank(const Component& c) const
    {
        if (!isContainer(c))
            return m_rank.value(c.id, kUnranked);
        int best = kUnranked;
        for (const QString& child : m_design.children(c.id))
            if (const Component* cc = m_design.component(child)) {
                const int r = blockRank(*cc);
                if (r != kUnranked && (best == kUnranked || r < best))
                    best = r;
            }
        return best;
    }

    struct Column {
        QStringList ids;
        double width = 0;
        double height = 0;
    };

    /// Sizes a container (or the root, id empty) around its children, bottom up.
    QSizeF measure(const QString& id)
    {
        std::map<std::pair<int, int>, Column> columns;
        QStringList kids = m_design.children(id);
        int lowest = INT_MAX;
        QHash<QString, int> ranks;
        for (const QString& kid : std::as_const(kids)) {
            const int r = blockRank(*m_design.component(kid));
            ranks.insert(kid, r);
            if (r != kUnranked)
                lowest = std::min(lowest, r);
        }
        if (lowest == INT_MAX)
            lowest = 0;
        for (const QString& kid : std::as_const(kids)) {
            const Component* c = m_design.component(kid);
            const bool container = isContainer(*c);
            const QSizeF size = container ? measure(kid) : leafSize(*c);
            m_blockSize.insert(kid, size);
            const int r = ranks.value(kid) == kUnranked ? lowest : ranks.value(kid);
            Column& column = columns[{r, container ? 1 : 0}];
            column.ids << kid;
            column.width = std::max(column.width, size.width());
            column.height += (column.ids.size() > 1 ? kRowGap : 0) + size.height();
        }
        std::vector<Column> ordered;
        for (auto& [key, column] : columns)
            ordered.push_back(column);
        m_columns.insert(id, ordered);
        double width = 0;
        double height = 0;
        for (const Column& column : ordered) {
            width += (width > 0 ? kColumnGap : 0) + column.width;
            height = std::max(height, column.height);
        }
        m_contentSize.insert(id, QSizeF(width, height));
        if (id.isEmpty())
            return {width, height};
        const Component* self = m_design.component(id);
        if (kids.isEmpty()) {
            const ComponentType* t = m_catalog.type(self->type);
            const QSizeF size = t && !t->size.isEmpty() ? t->size : QSizeF(300, 200);
            m_layout.sizes.insert(id, size);
            return size;
        }
        const QSizeF size(std::max(width + 2 * kPadSide, kMinContainerWidth), height + kPadTop + kPadBottom);
        m_layout.sizes.insert(id, size);
        return size;
    }

    /// Places the children of `id` whose content area starts at `topLeft`, top down.
    void place(const QString& id, QPointF topLeft)
    {
        const double contentHeight = m_contentSize.value(id).height();
        double x = topLeft.x();
        for (const Column& column : m_columns.value(id)) {
            double y = topLeft.y() + (contentHeight - column.height) / 2;
            for (const QString& kid : column.ids) {
                const QSizeF size = m_blockSize.value(kid);
                const Component* c = m_design.component(kid);
                const double left = isContainer(*c) ? x : x + (column.width - size.width()) / 2;
                m_layout.positions.insert(kid, QPointF(left, y));
                if (isContainer(*c)) {
                    const double spare = size.width() - 2 * kPadSide - m_contentSize.value(kid).width();
                    place(kid, QPointF(left + kPadSide + std::max(0.0, spare / 2), y + kPadTop));
                }
                y += size.height() + kRowGap;
            }
            x += column.width + kColumnGap;
        }
    }

    const Catalog& m_catalog;
    const Design& m_design;
    Layout m_layout;
    QHash<QString, int> m_rank;
    QHash<QString, QSizeF> m_blockSize;
    QHash<QString, QSizeF> m_contentSize;
    QHash<QString, std::vector<Column>> m_columns;
};

} // namespace

bool needed(const Design& design)
{
    return std::any_of(design.components().begin(), design.components().end(),
                       [](const Component& c) { return !c.position.has_value(); });
}

Layout compute(const Catalog& catalog, const Design& design, QPointF origin)
{
    return Layouter(catalog, design).run(origin);
}

void apply(const Layout& layout, Design& design)
{
    for (auto it = layout.positions.begin(); it != layout.positions.end(); ++it)
        if (Component* c = design.mutableComponent(it.key()))
            c->position = it.value();
    for (auto it = layout.sizes.begin(); it != layout.sizes.end(); ++it)
        if (Component* c = design.mutableComponent(it.key()))
            c->size = it.value();
}

void run(Document& document)
{
    const Layout layout = compute(document.catalog(), document.design());
    document.beginMacro(QObject::tr("Auto-layout"));
    document.moveComponents(layout.positions);
    for (auto it = layout.sizes.begin(); it != layout.sizes.end(); ++it)
        document.setValue(Target::Component, it.key(), QStringLiteral("size"),
                          Json::array({it.value().width(), it.value().height()}));
    document.endMacro();
}

} // namespace sky::AutoLayout
