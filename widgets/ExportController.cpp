#include "widgets/ExportController.h"

#include "exporters/GithubActionsExporter.h"
#include "exporters/diagram/DiagramExport.h"
#include "exporters/docs/ArchitectureDocument.h"
#include "exporters/terraform/TerraformExporter.h"
#include "model/AtomicOutput.h"
#include "model/Document.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace sky {

ExportController::ExportController(Document* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
}

void ExportController::fillMenu(QMenu* menu)
{
    const auto add = [&](const QString& text, Kind kind) {
        connect(menu->addAction(text), &QAction::triggered, this, [this, kind] { askAndExport(kind); });
    };
    add(tr("Diagram as &PNG…"), Kind::Png);
    add(tr("Diagram as &SVG…"), Kind::Svg);
    menu->addSeparator();
    add(tr("Architecture &document…"), Kind::Docs);
    add(tr("Architecture document in Spanish…"), Kind::DocsSpanish);
    menu->addSeparator();
    add(tr("&Terraform module…"), Kind::Terraform);
    add(tr("&GitHub Actions workflow…"), Kind::GithubActions);
}

QString ExportController::exportTo(Kind kind, const Design& design, const QString& path)
{
    QString error;
    switch (kind) {
    case Kind::Png:
    case Kind::Svg: {
        DiagramOptions options;
        const QByteArray bytes = kind == Kind::Png ? DiagramExport::png(design, options) : DiagramExport::svg(design, options);
        if (bytes.isEmpty())
            return tr("The diagram could not be drawn");
        return AtomicOutput::writeFile(path, bytes, &error) ? QString() : error;
    }
    case Kind::Docs:
    case Kind::DocsSpanish: {
        const auto language = kind == Kind::Docs ? DocLanguage::English : DocLanguage::Spanish;
        return AtomicOutput::writeDirectory(path, ArchitectureDocument::files(design, language), &error) ? QString() : error;
    }
    case Kind::Terraform: {
        const TerraformExport module = TerraformExporter::exportDesign(design);
        if (!module.ok())
            return module.error;
        return AtomicOutput::writeDirectory(path, module.files, &error) ? QString() : error;
    }
    case Kind::GithubActions: {
        const WorkflowExport workflow = GithubActionsExporter::exportDesign(design);
        if (!workflow.ok())
            return workflow.error;
        return AtomicOutput::writeFile(path, workflow.yaml, &error) ? QString() : error;
    }
    }
    return {};
}

void ExportController::askAndExport(Kind kind)
{
    const QString base = m_document->filePath().isEmpty() ? QStringLiteral("design")
                                                          : QFileInfo(m_document->filePath()).completeBaseName();
    QString path;
    switch (kind) {
    case Kind::Png:
        path = QFileDialog::getSaveFileName(m_window, tr("Export diagram"), base + QStringLiteral(".png"), tr("PNG image (*.png)"));
        break;
    case Kind::Svg:
        path = QFileDialog::getSaveFileName(m_window, tr("Export diagram"), base + QStringLiteral(".svg"), tr("SVG image (*.svg)"));
        break;
    case Kind::GithubActions:
        path = QFileDialog::getSaveFileName(m_window, tr("Export workflow"), QStringLiteral("deploy.yml"), tr("YAML (*.yml *.yaml)"));
        break;
    default:
        path = QFileDialog::getExistingDirectory(m_window, tr("Export into folder"));
        break;
    }
    if (path.isEmpty())
        return;
    const QString error = exportTo(kind, m_document->design(), path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export failed"), error);
        return;
    }
    emit statusChanged(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace sky
