#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace sky {

class Design;
class Document;

/// File → Export: the same exporters as `skyforge export`, writing atomically.
class ExportController : public QObject {
    Q_OBJECT
public:
    enum class Kind { Png, Svg, Docs, DocsSpanish, Terraform, GithubActions };

    ExportController(Document* document, QWidget* window);

    /// Fills the File → Export menu.
    void fillMenu(QMenu* menu);
    /// Exports the design to `path` (a file, or a folder for docs and Terraform); returns
    /// empty on success, else the one-line reason (nothing is written then).
    static QString exportTo(Kind kind, const Design& design, const QString& path);

signals:
    void statusChanged(const QString& message);

private:
    void askAndExport(Kind kind);

    Document* m_document;
    QWidget* m_window;
};

} // namespace sky
