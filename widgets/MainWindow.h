#pragma once

#include "model/Design.h"

#include <QMainWindow>

namespace sky {

class Document;

/// Wires the document, the canvas, the docks and the actions. Holds no logic of its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    void openDesign(Design design, const QString& path);
    /// Says in a dialog why a file could not be opened; the current design stays.
    void showLoadError(const QString& message);
    /// Renders the whole window into a PNG once it has been laid out and drawn.
    bool saveScreenshot(const QString& path, QString* error);

private:
    void updateTitle();

    Document* m_document;
};

} // namespace sky
