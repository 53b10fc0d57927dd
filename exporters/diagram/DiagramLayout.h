#pragma once

#include "model/Design.h"

#include <QHash>
#include <QRectF>
#include <QString>

namespace sky {

class Catalog;

/// Where every component of a design is drawn: the file's positions, a simple layered
/// layout (left to right along the connections) for components without one, containers
/// fitted around their children when they have no box, and the "AWS Cloud" group around
/// everything that runs in AWS with the external actors (users, CI) moved outside it.
class DiagramLayout {
public:
    DiagramLayout(const Design& design, const Catalog& catalog);

    /// The box of a component in scene coordinates (null rect for an unknown id).
    QRectF box(const QString& id) const { return m_boxes.value(id); }
    /// The AWS Cloud group (empty when nothing of the design runs in AWS).
    QRectF awsCloud() const { return m_awsCloud; }
    /// Everything drawn: components, containers and the AWS Cloud group.
    QRectF bounds() const { return m_bounds; }
    /// True for components outside AWS (users, GitHub Actions).
    static bool isExternal(const Component& component);
    bool isContainer(const Component& component) const;

private:
    void placeLeaves(const Design& design);
    void fitContainers(const Design& design);
    void placeExternalActors(const Design& design);

    const Catalog& m_catalog;
    QHash<QString, QRectF> m_boxes;
    QRectF m_awsCloud;
    QRectF m_bounds;
};

} // namespace sky
