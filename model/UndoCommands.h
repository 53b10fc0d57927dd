#pragma once

#include "model/Document.h"

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace sky {

// Every command holds ids and values, never pointers into the design, so any order of
// undo and redo stays valid. undo() and redo() never push commands.

class AddComponentCommand : public QUndoCommand {
public:
    AddComponentCommand(Document* document, Component component, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Component m_component;
    int m_index = -1;
};

class RemoveComponentCommand : public QUndoCommand {
public:
    RemoveComponentCommand(Document* document, const QString& id, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_id;
    Component m_component;
    int m_index = -1;
};

class AddConnectionCommand : public QUndoCommand {
public:
    AddConnectionCommand(Document* document, Connection connection, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Connection m_connection;
    int m_index = -1;
};

class RemoveConnectionCommand : public QUndoCommand {
public:
    RemoveConnectionCommand(Document* document, const QString& id, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    QString m_id;
    Connection m_connection;
    int m_index = -1;
};

/// The one generic setter: swaps a value of a component, connection or the design.
class SetValueCommand : public QUndoCommand {
public:
    SetValueCommand(Document* document, Target target, const QString& id, const QString& key,
                    Json oldValue, Json newValue, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_document;
    Target m_target;
    QString m_id;
    QString m_key;
    Json m_old;
    Json m_new;
};

/// Moves a set of components (absolute positions) as one entry.
class MoveComponentsCommand : public QUndoCommand {
public:
    /// `mergeable`: successive nudges (arrow keys) of the same set become one entry;
    /// a drag is pushed once, on release, and is not mergeable.
    MoveComponentsCommand(Document* document, QHash<QString, std::pair<Json, QPointF>> moves, bool mergeable,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_document;
    QHash<QString, std::pair<Json, QPointF>> m_moves; ///< id → (old position or null, new position)
    bool m_mergeable;
};

} // namespace sky
