#include "widgets/MainWindow.h"

#include "model/AtomicOutput.h"
#include "model/Document.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QUndoStack>

namespace sky {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new Document(this))
{
    setCentralWidget(new QLabel(tr("Skyforge"), this));
    resize(1400, 900);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::openDesign(Design design, const QString& path)
{
    m_document->reset(std::move(design), path);
    updateTitle();
}

void MainWindow::showLoadError(const QString& message)
{
    QMessageBox::warning(this, tr("Cannot open the design"), message);
}

bool MainWindow::saveScreenshot(const QString& path, QString* error)
{
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

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1%2 — Skyforge").arg(file, m_document->isModified() ? QStringLiteral("*") : QString()));
}

} // namespace sky
