#include "model/Clipboard.h"

#include "model/Catalog.h"
#include "model/Design.h"
#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "model/Document.h"
#include "model/Placement.h"

#include <QObject>
#include <QSet>
#include <algorithm>

namespace sky::Clipboard {

namespace {

int depthIn(const std::vector<Component>& components, const QString& id)
{
    QHash<QString, QString> parent;
    for (const Component& c : components)
        parent.insert(c.id, c.parent);
    int depth = 0;
    for (QString at = parent.value(id); !at.isEmpty() && parent.contains(at) && depth < 64; at = parent.value(at))
        ++depth;
    return depth;
}

// The original container of a copied top-level item rides along in `extra` so that the
// text form keeps it too; the loader keeps unknown keys.
const char* const kOuterParent = "x-skyforge-outer-parent";

} // namespace

ClipboardContent copy(const Design& design, const QStringList& ids)
{
    QSet<QString> chosen;
    QStringList frontier;
    for (const QString& id : ids)
        if (design.component(id) && !chosen.contains(id)) {
            chosen.insert(id);
            frontier << id;
        }
    while (!frontier.isEmpty()) {
        QStringList next;
        for (const QString& id : std::as_const(frontier))
            for (const QString& child : design.children(id))
                if (!chosen.contains(child)) {
                    chosen.insert(child);
                    next << child;
                }
        frontier = next;
    }
    ClipboardContent content;
    for (const Component& c : design.components())
        if (chosen.contains(c.id))
            content.components.push_back(c);
    for (Component& c : content.components)
        if (!c.parent.isEmpty() && !chosen.contains(c.parent)) {
            c.extra[kOuterParent] = c.parent.toStdString();
            c.parent.clear();
        }
    QHash<QString, int> depth;
    for (const Component& c : content.components)
        depth.insert(c.id, depthIn(content.components, c.id));
    std::stable_sort(content.components.begin(), content.components.end(),
                     [&depth](const Component& a, const Component& b) { return depth.value(a.id) < depth.value(b.id); });
    for (const Connection& c : design.connections())
        if (chosen.contains(c.from) && chosen.contains(c.to))
            content.connections.push_back(c);
    return content;
}

QStringList paste(Document& document, const ClipboardContent& content, QPointF offset, int* skipped)
{
    QHash<QString, QString> renamed;
    QStringList added;
    int left = 0;
    if (content.isEmpty()) {
        if (skipped)
            *skipped = 0;
        return added;
    }
    document.beginMacro(QObject::tr("Paste %n item(s)", nullptr, int(content.components.size())));
    for (Component c : content.components) {
        const QString oldId = c.id;
        QString parent;
        if (!c.parent.isEmpty()) {
            parent = renamed.value(c.parent);
            if (parent.isEmpty()) { // its container was left out
                ++left;
                continue;
            }
        } else if (c.extra.contains(kOuterParent)) {
            const QString outer = QString::fromStdString(c.extra[kOuterParent].get<std::string>());
            if (document.design().component(outer)
                && Placement::check(document.catalog(), document.design(), c.type, outer).isEmpty())
                parent = outer;
        }
        c.extra.erase(kOuterParent);
        c.parent = parent;
        c.id = document.uniqueId(oldId);
        if (c.position)
            c.position = *c.position + offset;
        const QString newId = c.id;
        if (!document.addComponent(std::move(c))) {
            ++left;
            continue;
        }
        renamed.insert(oldId, newId);
        added << newId;
    }
    for (Connection c : content.connections) {
        if (!renamed.contains(c.from) || !renamed.contains(c.to))
            continue;
        c.from = renamed.value(c.from);
        c.to = renamed.value(c.to);
        c.id = document.uniqueId(c.id);
        document.addConnection(std::move(c));
    }
    document.endMacro();
    if (skipped)
        *skipped = left;
    return added;
}

QByteArray toBytes(const ClipboardContent& content)
{
    Design design;
    design.name = QStringLiteral("Clipboard");
    design.region = QStringLiteral("us-east-1");
    for (const Component& c : content.components)
        design.appendComponent(c);
    for (const Connection& c : content.connections)
        design.appendConnection(c);
    return DesignWriter::toBytes(design);
}

ClipboardContent fromBytes(const QByteArray& bytes)
{
    ClipboardContent content;
    const LoadResult loaded = DesignReader::readBytes(bytes, QStringLiteral("clipboard"));
    if (!loaded.ok())
        return content;
    content.components = loaded.design->components();
    content.connections = loaded.design->connections();
    return content;
}

} // namespace sky::Clipboard
