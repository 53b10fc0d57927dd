#pragma once

#include "model/Design.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>

class QUndoStack;

namespace sky {

class Catalog;

/// What a generic value edit addresses: a component, a connection, or the design itself.
enum class Target { Component, Connection, Design };

/// The only way to change a design. Every edit the window makes is an undoable command
/// on the document's own undo stack; listeners follow the fine-grained signals.
///
/// Value keys: for components "name", "notes", "parent", "position" ([x, y]), "size"
/// ([w, h]), "type", "suppressions" and "properties.<key>"; for connections "from", "to",
/// "protocol", "port" and "label"; for the design "name", "region" and
/// "settings.<key>". A null value removes the key (back to its default).
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    const Design& design() const { return m_design; }
    const Catalog& catalog() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const;
    void markSaved();

    /// Replaces the whole design (open, new); clears the undo history.
    void reset(Design design, const QString& filePath = {});

    // ---- Edits: each is one undo entry; on refusal returns false and says why ----

    QString uniqueId(const QString& base) const;
    bool addComponent(Component component, QString* error = nullptr);
    bool addConnection(Connection connection, QString* error = nullptr);
    /// Components (with everything inside them and every connection touching them) and
    /// connections, removed as one undo entry.
    void removeItems(const QStringList& ids, const QString& text = {});
    /// Moves components to new absolute positions as one undo entry. `mergeable` joins
    /// successive nudges of the same set (arrow keys) into that one entry.
    void moveComponents(const QHash<QString, QPointF>& positions, bool mergeable = false);
    /// Moves components by `delta`, with everything inside them.
    void moveComponentsBy(const QStringList& ids, QPointF delta, bool mergeable = false);
    bool setValue(Target target, const QString& id, const QString& key, const Json& value, QString* error = nullptr);
    /// Checks placement and that no cycle forms; `newParent` empty = top level.
    bool reparent(const QString& id, const QString& newParent, QString* error = nullptr);

    void beginMacro(const QString& text);
    void endMacro();

    /// The current value of a key (see the class comment); null when absent.
    Json value(Target target, const QString& id, const QString& key) const;
    /// Every component inside `id`, depth first (children before grandchildren).
    QStringList descendants(const QString& id) const;

    // ---- Raw changes, for the undo commands only (they keep undo symmetric) ----
    void insertComponentRaw(int index, const Component& component);
    Component takeComponentRaw(const QString& id, int* index);
    void insertConnectionRaw(int index, const Connection& connection);
    Connection takeConnectionRaw(const QString& id, int* index);
    void setValueRaw(Target target, const QString& id, const QString& key, const Json& value);

signals:
    void componentAdded(const QString& id);
    void componentRemoved(const QString& id);
    void componentChanged(const QString& id, const QString& key);
    void connectionAdded(const QString& id);
    void connectionRemoved(const QString& id);
    void connectionChanged(const QString& id, const QString& key);
    void designChanged(const QString& key);
    void documentReset();
    void filePathChanged(const QString& path);
    /// After any change above, once per raw change.
    void changed();

private:
    QString checkValue(Target target, const QString& id, const QString& key, const Json& value) const;
    void checkIntegrity() const;

    Design m_design;
    QUndoStack* m_undoStack;
    QString m_filePath;
};

} // namespace sky
