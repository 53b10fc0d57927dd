#include "model/UndoCommands.h"

#include "model/Catalog.h"

namespace sky {

namespace {
enum CommandId { SetValueId = 1, MoveId = 2 };

QString nameOf(const Document* document, const Component& c) { return document->catalog().displayName(c); }
} // namespace

AddComponentCommand::AddComponentCommand(Document* document, Component component, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_component(std::move(component))
{
    setText(QObject::tr("Add %1").arg(nameOf(document, m_component)));
}

void AddComponentCommand::redo()
{
    if (m_index < 0)
        m_index = int(m_document->design().components().size());
    m_document->insertComponentRaw(m_index, m_component);
}

void AddComponentCommand::undo() { m_component = m_document->takeComponentRaw(m_component.id, &m_index); }

RemoveComponentCommand::RemoveComponentCommand(Document* document, const QString& id, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_id(id)
{
    if (const Component* c = document->design().component(id))
        setText(QObject::tr("Delete %1").arg(nameOf(document, *c)));
}

void RemoveComponentCommand::redo() { m_component = m_document->takeComponentRaw(m_id, &m_index); }
void RemoveComponentCommand::undo() { m_document->insertComponentRaw(m_index, m_component); }

AddConnectionCommand::AddConnectionCommand(Document* document, Connection connection, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_connection(std::move(connection))
{
    setText(QObject::tr("Connect %1 to %2").arg(m_connection.from, m_connection.to));
}

void AddConnectionCommand::redo()
{
    if (m_index < 0)
        m_index = int(m_document->design().connections().size());
    m_document->insertConnectionRaw(m_index, m_connection);
}

void AddConnectionCommand::undo() { m_connection = m_document->takeConnectionRaw(m_connection.id, &m_index); }

RemoveConnectionCommand::RemoveConnectionCommand(Document* document, const QString& id, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_id(id)
{
    if (const Connection* c = document->design().connection(id))
        setText(QObject::tr("Delete connection %1 → %2").arg(c->from, c->to));
}

void RemoveConnectionCommand::redo() { m_connection = m_document->takeConnectionRaw(m_id, &m_index); }
void RemoveConnectionCommand::undo() { m_document->insertConnectionRaw(m_index, m_connection); }

SetValueCommand::SetValueCommand(Document* document, Target target, const QString& id, const QString& key,
                                 Json oldValue, Json newValue, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_target(target), m_id(id), m_key(key),
      m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    QString subject = id;
    if (target == Target::Component)
        if (const Component* c = document->design().component(id))
            subject = nameOf(document, *c);
    if (target == Target::Design)
        setText(QObject::tr("Set %1").arg(key));
    else
        setText(QObject::tr("Set %1 of %2").arg(key.startsWith(QLatin1String("properties.")) ? key.mid(11) : key, subject));
}

void SetValueCommand::redo() { m_document->setValueRaw(m_target, m_id, m_key, m_new); }
void SetValueCommand::undo() { m_document->setValueRaw(m_target, m_id, m_key, m_old); }
int SetValueCommand::id() const { return SetValueId; }

bool SetValueCommand::mergeWith(const QUndoCommand* other)
{
    // Typing in a text field sends one edit per keystroke: keep one entry per field.
    const auto* o = static_cast<const SetValueCommand*>(other);
    if (o->m_target != m_target || o->m_id != m_id || o->m_key != m_key)
        return false;
    if (!m_new.is_string() || !o->m_new.is_string())
        return false;
    m_new = o->m_new;
    return true;
}

MoveComponentsCommand::MoveComponentsCommand(Document* document, QHash<QString, std::pair<Json, QPointF>> moves,
                                             bool mergeable, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_moves(std::move(moves)), m_mergeable(mergeable)
{
    if (m_moves.size() == 1)
        if (const Component* c = document->design().component(m_moves.begin().key()))
            setText(QObject::tr("Move %1").arg(nameOf(document, *c)));
    if (m_moves.size() != 1)
        setText(QObject::tr("Move %n components", nullptr, int(m_moves.size())));
}

void MoveComponentsCommand::redo()
{
    for (auto it = m_moves.begin(); it != m_moves.end(); ++it)
        m_document->setValueRaw(Target::Component, it.key(), QStringLiteral("position"),
                                Json::array({it->second.x(), it->second.y()}));
}

void MoveComponentsCommand::undo()
{
    for (auto it = m_moves.begin(); it != m_moves.end(); ++it)
        m_document->setValueRaw(Target::Component, it.key(), QStringLiteral("position"), it->first);
}

int MoveComponentsCommand::id() const { return MoveId; }

bool MoveComponentsCommand::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const MoveComponentsCommand*>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_moves.size() != m_moves.size())
        return false;
    for (auto it = o->m_moves.begin(); it != o->m_moves.end(); ++it)
        if (!m_moves.contains(it.key()))
            return false;
    for (auto it = o->m_moves.begin(); it != o->m_moves.end(); ++it)
        m_moves[it.key()].second = it->second;
    return true;
}

} // namespace sky
