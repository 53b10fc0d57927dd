#pragma once

#include "model/Design.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QUndoView;

namespace sky {

class Autosave;
class ClipboardController;
class DesignScene;
class DesignView;
class Document;
class EditActions;
class ExportController;
class FileController;
class PalettePanel;
class PropertyPanel;

/// Wires the document, the canvas, the docks and the actions. Holds no logic of its own:
/// each concern lives in its own class.
///
/// Adding a dock (e.g. findings, cost) takes a few lines:
///   auto* findings = new FindingsDock(window.document(), &window);
///   window.addPanel(findings, Qt::BottomDockWidgetArea);
///   connect(findings, &FindingsDock::componentActivated, window.view(), &DesignView::selectAndCenter);
///   connect(findings, &FindingsDock::badgesChanged, window.scene(), &DesignScene::setBadges);
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `recoveryFolder` empty = the standard application data folder.
    explicit MainWindow(QWidget* parent = nullptr, const QString& recoveryFolder = {});
    ~MainWindow() override;

    Document* document() const { return m_document; }
    DesignScene* scene() const { return m_scene; }
    DesignView* view() const { return m_view; }
    PalettePanel* palette() const { return m_palette; }
    PropertyPanel* properties() const { return m_properties; }
    FileController* files() const { return m_files; }
    EditActions* editActions() const { return m_edit; }
    ClipboardController* clipboard() const { return m_clipboard; }
    Autosave* autosave() const { return m_autosave; }

    /// Adds a dock in `area` and lists it in the View menu; docks sharing an area become tabs.
    void addPanel(QDockWidget* dock, Qt::DockWidgetArea area);

    void openDesign(Design design, const QString& path);
    /// Says in a dialog why a file could not be opened; the current design stays.
    void showLoadError(const QString& message);
    /// Offers to restore the recovery file of a session that did not end well.
    void offerRecovery();
    /// Renders the whole window into a PNG once it has been laid out and drawn.
    bool saveScreenshot(const QString& path, QString* error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* makeDock(const QString& title, const QString& name, QWidget* content);
    void buildMenus();
    void updateTitle();
    void showStatus(const QString& message);

    Document* m_document;
    DesignScene* m_scene;
    DesignView* m_view;
    PalettePanel* m_palette;
    PropertyPanel* m_properties;
    QUndoView* m_history;
    FileController* m_files;
    ClipboardController* m_clipboard;
    EditActions* m_edit;
    Autosave* m_autosave;
    ExportController* m_export;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_zoomLabel;
};

} // namespace sky
