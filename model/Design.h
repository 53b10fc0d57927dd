#pragma once

#include "model/Component.h"
#include "model/Connection.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

/// The whole design of a .skyforge file as plain values, with id indexes.
/// Copyable; the Document holds the live one and the loader builds new ones.
class Design {
public:
    QString name;
    QString region;
    Json settings = Json::object(); ///< as in the file; read through DesignSettings
    Json extra = Json::object();    ///< unknown top-level keys, kept on save

    const std::vector<Component>& components() const { return m_components; }
    const std::vector<Connection>& connections() const { return m_connections; }

    const Component* component(const QString& id) const;
    const Connection* connection(const QString& id) const;
    int componentIndex(const QString& id) const { return m_componentIndex.value(id, -1); }
    int connectionIndex(const QString& id) const { return m_connectionIndex.value(id, -1); }
    bool hasId(const QString& id) const
    {
        return m_componentIndex.contains(id) || m_connectionIndex.contains(id);
    }

    /// Children of a container (or top-level components for an empty id), in creation order.
    QStringList children(const QString& parentId) const;
    /// Ids of the connections that start or end at a component.
    QStringList connectionsOf(const QString& componentId) const;

    // Raw edits that keep the indexes right. The Document is the only caller
    // that may use them on a live design; the loader and the tests use them to build one.
    void insertComponent(int index, Component component);
    Component takeComponent(const QString& id, int* index = nullptr);
    Component* mutableComponent(const QString& id);
    void insertConnection(int index, Connection connection);
    Connection takeConnection(const QString& id, int* index = nullptr);
    Connection* mutableConnection(const QString& id);
    void appendComponent(Component c) { insertComponent(int(m_components.size()), std::move(c)); }
    void appendConnection(Connection c) { insertConnection(int(m_connections.size()), std::move(c)); }

    bool operator==(const Design& other) const;

private:
    void reindexComponents(int from);
    void reindexConnections(int from);

    std::vector<Component> m_components;
    std::vector<Connection> m_connections;
    QHash<QString, int> m_componentIndex;
    QHash<QString, int> m_connectionIndex;
};

} // namespace sky
