#include "widgets/EditActions.h"

#include "model/AutoLayout.h"
#include "model/Catalog.h"
#include "model/Document.h"
#include "widgets/ClipboardController.h"
#include "widgets/DesignScene.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace sky {

EditActions::EditActions(Document* document, DesignScene* scene, ClipboardController* clipboard, QWidget* window)
    : QObject(window), m_document(document), m_scene(scene), m_clipboard(clipboard)
{
    m_confirm = [window](const QString& question) {
        return QMessageBox::question(window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    const auto make = [this](const QString& text, QKeySequence::StandardKey key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_cut = make(tr("Cu&t"), QKeySequence::Cut, [this] { m_clipboard->cut(); });
    m_copy = make(tr("&Copy"), QKeySequence::Copy, [this] { m_clipboard->copy(); });
    m_paste = make(tr("&Paste"), QKeySequence::Paste, [this] { m_clipboard->paste(); });
    m_duplicate = new QAction(tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, [this] { m_clipboard->duplicate(); });
    m_delete = make(tr("&Delete"), QKeySequence::Delete, [this] { deleteSelection(); });
    m_delete->setShortcuts({QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)});
    m_selectAll = make(tr("Select &All"), QKeySequence::SelectAll, [this] {
        QStringList all;
        for (const Component& c : m_document->design().components())
            all << c.id;
        for (const Connection& c : m_document->design().connections())
            all << c.id;
        m_scene->selectIds(all);
    });
    m_autoLayout = new QAction(tr("Auto-&layout"), this);
    m_autoLayout->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_autoLayout->setToolTip(tr("Lay the design out left to right by request flow"));
    connect(m_autoLayout, &QAction::triggered, this, [this] {
        AutoLayout::run(*m_document);
        emit statusChanged(tr("Laid out by request flow (undo to go back)"));
    });
    connect(scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    connect(clipboard, &ClipboardController::canPasteChanged, this, &EditActions::updateEnabled);
    connect(clipboard, &ClipboardController::statusChanged, this, &EditActions::statusChanged);
    updateEnabled();
}

void EditActions::fillMenu(QMenu* menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_duplicate);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
}

void EditActions::updateEnabled()
{
    const bool components = !m_scene->selectedComponentIds().isEmpty();
    const bool any = !m_scene->selectedItems().isEmpty();
    m_cut->setEnabled(components);
    m_copy->setEnabled(components);
    m_duplicate->setEnabled(components);
    m_delete->setEnabled(any);
    m_paste->setEnabled(m_clipboard->canPaste());
}

void EditActions::deleteSelection()
{
    const QStringList ids = m_scene->selectedIds();
    if (ids.isEmpty())
        return;
    int inside = 0;
    QStringList containers;
    for (const QString& id : ids)
        if (const Component* c = m_document->design().component(id))
            if (const ComponentType* t = m_document->catalog().type(c->type); t && t->container) {
                containers << m_document->catalog().displayName(*c);
                inside += int(m_document->descendants(id).size());
            }
    if (!containers.isEmpty() && inside > 0
        && !m_confirm(tr("Delete %1 and the %n component(s) inside, with their connections?", nullptr, inside)
                          .arg(containers.join(QStringLiteral(", "))))) {
        emit statusChanged(tr("Nothing deleted"));
        return;
    }
    m_document->removeItems(ids);
    emit statusChanged(tr("Deleted (undo brings it back)"));
}

} // namespace sky
