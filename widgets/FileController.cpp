#include "widgets/FileController.h"

#include "model/AutoLayout.h"
#include "model/Catalog.h"
#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "model/Document.h"
#include "model/Templates.h"
#include "widgets/TemplateChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>

namespace sky {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

FileController::FileController(Document* document, QWidget* window) : QObject(window), m_document(document), m_window(window)
{
    askSave = [this](const QString& question) {
        return QMessageBox::question(m_window, tr("Unsaved changes"), question,
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    showError = [this](const QString& title, const QString& message) { QMessageBox::warning(m_window, title, message); };
    chooseOpenPath = [this] {
        return QFileDialog::getOpenFileName(m_window, tr("Open design"), QFileInfo(m_document->filePath()).absolutePath(),
                                            tr("Skyforge designs (*.skyforge)"));
    };
    chooseSavePath = [this](const QString& suggested) {
        QString path = QFileDialog::getSaveFileName(m_window, tr("Save design"), suggested, tr("Skyforge designs (*.skyforge)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".skyforge")))
            path += QStringLiteral(".skyforge");
        return path;
    };
    chooseTemplate = [this]() -> std::optional<QString> { return TemplateChooser::choose(m_window); };
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty() ? tr("The new design") : QFileInfo(m_document->filePath()).fileName();
    switch (askSave(tr("%1 has unsaved changes. Save them?").arg(name))) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool FileController::newDesign()
{
    if (!maybeSave())
        return false;
    const std::optional<QString> choice = chooseTemplate();
    if (!choice)
        return false;
    if (choice->isEmpty()) {
        Design empty;
        empty.name = tr("Untitled design");
        empty.region = QStringLiteral("us-east-1");
        adopt(std::move(empty), {});
        return true;
    }
    LoadResult loaded = Templates::load(*choice);
    if (!loaded.ok()) {
        showError(tr("Cannot open the template"), loaded.error);
        return false;
    }
    adopt(std::move(*loaded.design), {}); // a template is a starting point: Save asks where
    return true;
}

bool FileController::open()
{
    if (!maybeSave())
        return false;
    const QString path = chooseOpenPath();
    return !path.isEmpty() && openFile(path);
}

bool FileController::openFile(const QString& path)
{
    LoadResult loaded = DesignReader::readFile(path);
    if (!loaded.ok()) {
        showError(tr("Cannot open the design"), loaded.error);
        return false;
    }
    adopt(std::move(*loaded.design), QFileInfo(path).absoluteFilePath());
    if (!loaded.warnings.isEmpty())
        emit statusChanged(tr("Opened with %n warning(s): %1", nullptr, int(loaded.warnings.size())).arg(loaded.warnings.first()));
    return true;
}

void FileController::adopt(Design design, const QString& path)
{
    if (AutoLayout::needed(design))
        AutoLayout::apply(AutoLayout::compute(Catalog::builtin(), design), design);
    m_document->reset(std::move(design), path);
    if (!path.isEmpty())
        addRecent(path);
    emit designOpened();
    emit statusChanged(path.isEmpty() ? tr("New design") : tr("Opened %1").arg(QDir::toNativeSeparators(path)));
}

bool FileController::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileController::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty()) {
        QString stem = m_document->design().name.toLower();
        stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        suggested = QDir::home().filePath((stem.isEmpty() ? QStringLiteral("design") : stem) + QStringLiteral(".skyforge"));
    }
    const QString path = chooseSavePath(suggested);
    return !path.isEmpty() && saveTo(path);
}

bool FileController::saveTo(const QString& path)
{
    QString error;
    if (!DesignWriter::save(m_document->design(), path, &error)) {
        showError(tr("Cannot save the design"), error);
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecent(m_document->filePath());
    emit statusChanged(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QStringList FileController::recentFiles() { return QSettings().value(kRecentKey).toStringList(); }

void FileController::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    emit recentFilesChanged();
}

void FileController::fillRecentMenu(QMenu* menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (const QString& file : files) {
        QAction* action = menu->addAction(QFileInfo(file).fileName());
        action->setToolTip(file);
        action->setStatusTip(file);
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        menu->addSeparator();
        connect(menu->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            emit recentFilesChanged();
        });
    }
}

} // namespace sky
