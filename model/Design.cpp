#include "model/Design.h"

namespace sky {

const Component* Design::component(const QString& id) const
{
    const int i = componentIndex(id);
    return i < 0 ? nullptr : &m_components[size_t(i)];
}

const Connection* Design::connection(const QString& id) const
{
    const int i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections[size_t(i)];
}

Component* Design::mutableComponent(const QString& id)
{
    const int i = componentIndex(id);
    return i < 0 ? nullptr : &m_components[size_t(i)];
}

Connection* Design::mutableConnection(const QString& id)
{
    const int i = connectionIndex(id);
    return i < 0 ? nullptr : &m_connections[size_t(i)];
}

QStringList Design::children(const QString& parentId) const
{
    QStringList ids;
    for (const Component& c : m_components)
        if (c.parent == parentId)
            ids << c.id;
    return ids;
}

QStringList Design::connectionsOf(const QString& componentId) const
{
    QStringList ids;
    for (const Connection& c : m_connections)
        if (c.from == componentId || c.to == componentId)
            ids << c.id;
    return ids;
}

void Design::insertComponent(int index, Component component)
{
    index = std::clamp(index, 0, int(m_components.size()));
    m_components.insert(m_components.begin() + index, std::move(component));
    reindexComponents(index);
}

Component Design::takeComponent(const QString& id, int* index)
{
    const int i = componentIndex(id);
    Q_ASSERT(i >= 0);
    Component taken = std::move(m_components[size_t(i)]);
    m_components.erase(m_components.begin() + i);
    m_componentIndex.remove(id);
    reindexComponents(i);
    if (index)
        *index = i;
    return taken;
}

void Design::insertConnection(int index, Connection connection)
{
    index = std::clamp(index, 0, int(m_connections.size()));
    m_connections.insert(m_connections.begin() + index, std::move(connection));
    reindexConnections(index);
}

Connection Design::takeConnection(const QString& id, int* index)
{
    const int i = connectionIndex(id);
    Q_ASSERT(i >= 0);
    Connection taken = std::move(m_connections[size_t(i)]);
    m_connections.erase(m_connections.begin() + i);
    m_connectionIndex.remove(id);
    reindexConnections(i);
    if (index)
        *index = i;
    return taken;
}

void Design::reindexComponents(int from)
{
    for (int i = from; i < int(m_components.size()); ++i)
        m_componentIndex.insert(m_components[size_t(i)].id, i);
}

void Design::reindexConnections(int from)
{
    for (int i = from; i < int(m_connections.size()); ++i)
        m_connectionIndex.insert(m_connections[size_t(i)].id, i);
}

bool Design::operator==(const Design& other) const
{
    return name == other.name && region == other.region && settings == other.settings
        && extra == other.extra && m_components == other.m_components
        && m_connections == other.m_connections;
}

} // namespace sky
