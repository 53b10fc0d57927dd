#pragma once

#include "model/Clipboard.h"

#include <QObject>

namespace sky {

class DesignScene;
class Document;

/// Cut, copy, paste and duplicate of the canvas selection. The copied part also goes to
/// the system clipboard as .skyforge text, so it can be pasted into another window.
class ClipboardController : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kMimeType = "application/x-skyforge-selection";

    ClipboardController(Document* document, DesignScene* scene, QObject* parent = nullptr);

    bool canPaste() const;
    void copy();
    void cut();
    /// Pastes next to the originals (each paste a step further) and selects the result.
    QStringList paste();
    QStringList duplicate();

signals:
    void statusChanged(const QString& message);
    void canPasteChanged(bool can);

private:
    ClipboardContent current() const;
    QStringList pasteContent(const ClipboardContent& content, int step);

    Document* m_document;
    DesignScene* m_scene;
    ClipboardContent m_content;
    int m_pasteCount = 0;
};

} // namespace sky
