#include "exporters/docs/MermaidFlowchart.h"

#include "exporters/Escaping.h"
#include "exporters/diagram/DiagramLayout.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/Protocols.h"

#include <functional>

namespace sky::MermaidFlowchart {

QString build(const Design& design, const Catalog& catalog, const QString& awsCloudLabel)
{
    const auto nodeId = [&](const QString& id) { return QStringLiteral("n%1").arg(design.componentIndex(id) + 1); };
    const auto isContainer = [&](const Component& c) {
        const ComponentType* type = catalog.type(c.type);
        return type && type->container;
    };
    QString out = QStringLiteral("flowchart LR\n");
    std::function<void(const Component&, int)> writeNode = [&](const Component& c, int depth) {
        const QString indent(depth * 2, QLatin1Char(' '));
        const QString label = Escaping::mermaidLabel(catalog.displayName(c));
        if (!isContainer(c)) {
            out += indent + nodeId(c.id) + QLatin1Char('[') + label + QStringLiteral("]\n");
            return;
        }
        out += indent + QStringLiteral("subgraph ") + nodeId(c.id) + QLatin1Char('[') + label + QStringLiteral("]\n");
        if (depth < 30)
            for (const QString& child : design.children(c.id))
                writeNode(*design.component(child), depth + 1);
        out += indent + QStringLiteral("end\n");
    };
    QStringList inAws;
    for (const QString& id : design.children(QString())) {
        const Component& c = *design.component(id);
        if (DiagramLayout::isExternal(c))
            writeNode(c, 1);
        else
            inAws << id;
    }
    if (!inAws.isEmpty()) {
        out += QStringLiteral("  subgraph aws[") + Escaping::mermaidLabel(awsCloudLabel) + QStringLiteral("]\n");
        for (const QString& id : inAws)
            writeNode(*design.component(id), 2);
        out += QStringLiteral("  end\n");
    }
    for (const Connection& k : design.connections()) {
        const Component* from = design.component(k.from);
        const Component* to = design.component(k.to);
        if (!from || !to || isContainer(*from) || isContainer(*to))
            continue;
        QString label = k.label;
        if (label.isEmpty()) {
            const auto port = Protocols::effectivePort(k);
            label = Protocols::displayName(k.protocol);
            if (port && Protocols::isTraffic(k.protocol))
                label += QStringLiteral(" :") + QString::number(*port);
        }
        const QString arrow = Protocols::isTraffic(k.protocol) ? QStringLiteral(" -->|") : QStringLiteral(" -.->|");
        out += QStringLiteral("  ") + nodeId(k.from) + arrow + Escaping::mermaidLabel(label) + QStringLiteral("| ")
            + nodeId(k.to) + QLatin1Char('\n');
    }
    return out;
}

} // namespace sky::MermaidFlowchart
