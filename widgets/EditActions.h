#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace sky {

class ClipboardController;
class DesignScene;
class Document;

/// The Edit menu: undo/redo (the document's stack), cut/copy/paste/duplicate, delete,
/// select all and auto-layout, with the platform's standard shortcuts.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(Document* document, DesignScene* scene, ClipboardController* clipboard, QWidget* window);

    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    QAction* cut() const { return m_cut; }
    QAction* copy() const { return m_copy; }
    QAction* paste() const { return m_paste; }
    QAction* duplicate() const { return m_duplicate; }
    QAction* remove() const { return m_delete; }
    QAction* selectAll() const { return m_selectAll; }
    QAction* autoLayout() const { return m_autoLayout; }

    void fillMenu(QMenu* menu) const;
    /// Asked before deleting containers with what is inside them; the default shows a dialog.
    void setConfirm(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }
    void deleteSelection();

signals:
    void statusChanged(const QString& message);

private:
    void updateEnabled();

    Document* m_document;
    DesignScene* m_scene;
    ClipboardController* m_clipboard;
    std::function<bool(const QString&)> m_confirm;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_cut;
    QAction* m_copy;
    QAction* m_paste;
    QAction* m_duplicate;
    QAction* m_delete;
    QAction* m_selectAll;
    QAction* m_autoLayout;
};

} // namespace sky
