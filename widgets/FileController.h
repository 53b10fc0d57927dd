#pragma once

#include "model/Design.h"

#include <QMessageBox>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace sky {

class Document;

/// New (from a template), Open, Save, Save As and recent files; the unsaved-changes
/// prompt. Dialogs are std::functions so that tests can answer them.
class FileController : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 10;

    FileController(Document* document, QWidget* window);

    // ---- Injectable dialogs (defaults show real ones) ----
    std::function<QMessageBox::StandardButton(const QString& question)> askSave;
    std::function<void(const QString& title, const QString& message)> showError;
    std::function<QString()> chooseOpenPath;
    std::function<QString(const QString& suggested)> chooseSavePath;
    /// A template name, "" for an empty design, nullopt when cancelled.
    std::function<std::optional<QString>()> chooseTemplate;

    bool newDesign();
    bool open();
    /// Opens a file; on failure shows the loader's message and keeps the current design.
    bool openFile(const QString& path);
    /// Takes a loaded design (laid out first when it has no positions).
    void adopt(Design design, const QString& path);
    bool save();
    bool saveAs();
    bool saveTo(const QString& path);
    /// Offers to save unsaved changes; false when the user cancels.
    bool maybeSave();

    static QStringList recentFiles();
    void addRecent(const QString& path);
    void fillRecentMenu(QMenu* menu);

signals:
    void designOpened();
    void statusChanged(const QString& message);
    void recentFilesChanged();

private:
    Document* m_document;
    QWidget* m_window;
};

} // namespace sky
