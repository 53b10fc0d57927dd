#pragma once

#include "model/Component.h"
#include "model/Document.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace sky {

struct PropertySpec;

/// Shows and edits the selection: a component's name, notes and typed properties (an
/// editor per PropertyKind of the catalog), a connection's protocol, port and label, or
/// the design settings when nothing is selected. Each change is one undoable document
/// edit; refused input shows why and is never stored.
class PropertyPanel : public QWidget {
    Q_OBJECT
public:
    PropertyPanel(Document* document, QWidget* parent = nullptr);

    /// What to show: one component or connection id; empty = the design; several = a summary.
    void showSelection(const QStringList& ids);
    QString subject() const { return m_subject; }
    /// The editor of a value key ("name", "properties.multi_az", "protocol", "settings.region", …).
    QWidget* editor(const QString& key) const { return m_editors.value(key); }
    /// The last refusal shown (empty when the last edit was accepted).
    QString message() const;

private:
    struct Field {
        QString key;
        QWidget* editor;
        std::function<void()> refresh; ///< puts the model's value into the editor
    };

    void rebuild();
    void refresh();
    void clearForm();
    void buildComponent(const Component& component);
    void buildConnection(const Connection& connection);
    void buildDesign();
    void addRow(const QString& label, const QString& key, QWidget* editor, const QString& help, std::function<void()> refresh);
    QWidget* editorFor(const Component& component, const PropertySpec& spec);
    QWidget* textEditor(const QString& key, std::function<QString(const QString&)> check, const QString& placeholder,
                        std::function<QString()> current);
    bool commit(const QString& key, const Json& value);
    void showMessage(const QString& message);
    void onChanged(Target target, const QString& id, const QString& key);

    Document* m_document;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_message;
    QWidget* m_formHost;
    QFormLayout* m_form = nullptr;
    Target m_target = Target::Design;
    QString m_subject;
    int m_selectionCount = 0;
    std::vector<Field> m_fields;
    QHash<QString, QWidget*> m_editors;
};

} // namespace sky
