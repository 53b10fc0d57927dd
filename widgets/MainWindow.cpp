#include "widgets/MainWindow.h"

#include "model/AtomicOutput.h"
#include "model/Document.h"
#include "widgets/Autosave.h"
#include "widgets/ClipboardController.h"
#include "widgets/CostDock.h"
#include "widgets/FindingsDock.h"
#include "widgets/DesignScene.h"
#include "widgets/DesignView.h"
#include "widgets/EditActions.h"
#include "widgets/ExportController.h"
#include "widgets/FileController.h"
#include "widgets/PalettePanel.h"
#include "widgets/PropertyPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QTimer>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace sky {

MainWindow::MainWindow(QWidget* parent, const QString& recoveryFolder)
    : QMainWindow(parent), m_document(new Document(this)), m_scene(new DesignScene(m_document, this)),
      m_view(new DesignView(m_scene, this)), m_palette(new PalettePanel(m_document->catalog(), this)),
      m_properties(new PropertyPanel(m_document, this)), m_history(new QUndoView(m_document->undoStack(), this)),
      m_files(new FileController(m_document, this)), m_clipboard(new ClipboardController(m_document, m_scene, this)),
      m_edit(new EditActions(m_document, m_scene, m_clipboard, this)),
      m_autosave(new Autosave(m_document, recoveryFolder, this)), m_export(new ExportController(m_document, this)), m_zoomLabel(new QLabel(this))
{
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_history->setEmptyLabel(tr("<opened>"));
    buildMenus();
    addPanel(makeDock(tr("Components"), QStringLiteral("paletteDock"), m_palette), Qt::LeftDockWidgetArea);
    addPanel(makeDock(tr("Properties"), QStringLiteral("propertiesDock"), m_properties), Qt::RightDockWidgetArea);
    QDockWidget* history = makeDock(tr("Undo History"), QStringLiteral("historyDock"), m_history);
    addPanel(history, Qt::RightDockWidgetArea);
    auto* findings = new FindingsDock(m_document, this);
    findings->setObjectName(QStringLiteral("findingsDock"));
    addPanel(findings, Qt::BottomDockWidgetArea);
    connect(findings, &FindingsDock::findingActivated, this, [this](const QString& id, const QStringList& path) {
        if (!id.isEmpty())
            m_view->selectAndCenter(id);
        m_scene->highlightPath(path);
    });
    connect(findings, &FindingsDock::findingsChanged, this,
            [this, findings] { m_scene->setBadges(findings->worstSeverityByComponent()); });
    auto* cost = new CostDock(m_document, this);
    cost->setObjectName(QStringLiteral("costDock"));
    addPanel(cost, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, cost);
    findings->raise();
    resizeDocks({findings}, {230}, Qt::Vertical);
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("paletteDock")), findChild<QDockWidget*>(QStringLiteral("propertiesDock"))},
                {250, 330}, Qt::Horizontal);
    resizeDocks({findChild<QDockWidget*>(QStringLiteral("propertiesDock")), history}, {560, 200}, Qt::Vertical);

    statusBar()->addPermanentWidget(m_zoomLabel);
    connect(m_view, &DesignView::zoomChanged, this, [this](double z) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(z * 100))); });
    connect(m_scene, &DesignScene::statusChanged, this, &MainWindow::showStatus);
    connect(m_edit, &EditActions::statusChanged, this, &MainWindow::showStatus);
    connect(m_files, &FileController::statusChanged, this, &MainWindow::showStatus);
    connect(m_export, &ExportController::statusChanged, this, &MainWindow::showStatus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] { m_properties->showSelection(m_scene->selectedIds()); });
    connect(m_palette, &PalettePanel::placeRequested, this, [this](const QString& type) {
        m_scene->dropNewComponent(type, m_view->viewCentre());
        m_view->setFocus();
    });
    connect(m_files, &FileController::designOpened, m_view, &DesignView::fitToDesign);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::designChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::documentReset, this, &MainWindow::updateTitle);

    resize(1440, 900);
    updateTitle();
    showStatus(tr("Drag a component from the palette; drag from a component's handle to connect"));
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::makeDock(const QString& title, const QString& name, QWidget* content)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    return dock;
}

void MainWindow::addPanel(QDockWidget* dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(dock->windowTitle());
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto action = [this](const QString& text, auto slot, QKeySequence key = {}) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QAction* newAction = action(tr("&New…"), [this] { m_files->newDesign(); }, QKeySequence::New);
    QAction* openAction = action(tr("&Open…"), [this] { m_files->open(); }, QKeySequence::Open);
    QAction* saveAction = action(tr("&Save"), [this] { m_files->save(); }, QKeySequence::Save);
    QAction* saveAsAction = action(tr("Save &As…"), [this] { m_files->saveAs(); }, QKeySequence::SaveAs);
    file->addAction(newAction);
    file->addAction(openAction);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { m_files->fillRecentMenu(recent); });
    file->addSeparator();
    file->addAction(saveAction);
    file->addAction(saveAsAction);
    file->addSeparator();
    m_export->fillMenu(file->addMenu(tr("&Export")));
    file->addSeparator();
    file->addAction(action(tr("&Quit"), [this] { close(); }, QKeySequence::Quit));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_edit->fillMenu(edit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = action(tr("Zoom &In"), [this] { m_view->zoomIn(); }, QKeySequence::ZoomIn);
    QAction* zoomOut = action(tr("Zoom &Out"), [this] { m_view->zoomOut(); }, QKeySequence::ZoomOut);
    QAction* fit = action(tr("&Fit to Window"), [this] { m_view->fitToDesign(); }, QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = action(tr("&Actual Size"), [this] { m_view->setZoom(1.0); }, QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addActions({zoomIn, zoomOut, fit, actual});
    view->addSeparator();
    QAction* snap = action(tr("&Snap to Grid"), [this](bool on) { m_scene->setSnapToGrid(on); });
    snap->setCheckable(true);
    snap->setChecked(true);
    QAction* straight = action(tr("S&traight Connections"), [this](bool on) {
        m_scene->setRouting(on ? DesignScene::Routing::Straight : DesignScene::Routing::Orthogonal);
    });
    straight->setCheckable(true);
    view->addActions({snap, straight});
    view->addSeparator();
    m_viewMenu = view->addMenu(tr("&Panels"));

    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addAction(m_edit->autoLayout());
    auto* tools = new QActionGroup(this);
    QAction* select = action(tr("Select"), [this] { m_scene->setTool(DesignScene::Tool::Select); }, QKeySequence(Qt::Key_V));
    QAction* connectTool = action(tr("Connect"), [this] { m_scene->setTool(DesignScene::Tool::Connect); }, QKeySequence(Qt::Key_C));
    for (QAction* a : {select, connectTool}) {
        a->setCheckable(true);
        tools->addAction(a);
    }
    select->setChecked(true);
    select->setToolTip(tr("Select and move (V)"));
    connectTool->setToolTip(tr("Connect: drag from one component to another (C)"));
    arrange->addSeparator();
    arrange->addActions({select, connectTool});

    bar->addActions({newAction, openAction, saveAction});
    bar->addSeparator();
    bar->addActions({m_edit->undo(), m_edit->redo()});
    bar->addSeparator();
    bar->addActions({select, connectTool});
    bar->addSeparator();
    bar->addActions({zoomOut, zoomIn, fit});
    bar->addSeparator();
    bar->addAction(m_edit->autoLayout());
}

void MainWindow::openDesign(Design design, const QString& path) { m_files->adopt(std::move(design), path); }

void MainWindow::showLoadError(const QString& message) { m_files->showError(tr("Cannot open the design"), message); }

void MainWindow::offerRecovery()
{
    QString error;
    const bool restored = m_autosave->offerRestore(
        [this](const QString& from, const QString& when) {
            const QString what = from.isEmpty() ? tr("an unsaved design") : QFileInfo(from).fileName();
            return QMessageBox::question(this, tr("Restore unsaved work?"),
                                         tr("Skyforge did not close normally. Restore the changes to %1 autosaved at %2?").arg(what, when),
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes;
        },
        &error);
    if (!error.isEmpty())
        showLoadError(error);
    if (restored) {
        m_view->fitToDesign();
        showStatus(tr("Restored unsaved work; save it to keep it"));
    }
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
    // Let the debounced panels (findings, cost) catch up with the design before the grab.
    QEventLoop settle;
    QTimer::singleShot(600, &settle, &QEventLoop::quit);
    settle.exec();
    QApplication::processEvents();
    const QPixmap pixmap = grab();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!pixmap.save(&buffer, "PNG")) {
        if (error)
            *error = path + tr(": cannot encode the screenshot");
        return false;
    }
    return AtomicOutput::writeFile(path, bytes, error);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    event->accept();
}

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, message.startsWith(tr("Cannot")) ? 8000 : 5000); }

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty() ? m_document->design().name : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1%2 — Skyforge").arg(file.isEmpty() ? tr("Untitled") : file,
                                                        m_document->isModified() ? QStringLiteral("*") : QString()));
}

} // namespace sky
