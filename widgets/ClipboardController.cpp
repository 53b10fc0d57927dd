#include "widgets/ClipboardController.h"

#include "model/Document.h"
#include "widgets/DesignScene.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace sky {

namespace {
constexpr double kPasteStep = 30;
}

ClipboardController::ClipboardController(Document* document, DesignScene* scene, QObject* parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
}

bool ClipboardController::canPaste() const { return !current().isEmpty(); }

ClipboardContent ClipboardController::current() const
{
    if (const QMimeData* data = QGuiApplication::clipboard()->mimeData(); data && data->hasFormat(kMimeType)) {
        ClipboardContent fromSystem = Clipboard::fromBytes(data->data(kMimeType));
        if (!fromSystem.isEmpty())
            return fromSystem;
    }
    return m_content;
}

void ClipboardController::copy()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty()) {
        emit statusChanged(tr("Select components to copy"));
        return;
    }
    m_content = Clipboard::copy(m_document->design(), ids);
    m_pasteCount = 0;
    const QByteArray bytes = Clipboard::toBytes(m_content);
    auto* data = new QMimeData;
    data->setData(kMimeType, bytes);
    data->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(data);
    emit statusChanged(tr("Copied %n component(s)", nullptr, int(m_content.components.size())));
    emit canPasteChanged(true);
}

void ClipboardController::cut()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return;
    copy();
    m_pasteCount = -1; // the first paste of a cut goes where the originals were
    m_document->removeItems(ids, tr("Cut %n item(s)", nullptr, int(ids.size())));
}

QStringList ClipboardController::pasteContent(const ClipboardContent& content, int step)
{
    int skipped = 0;
    const QStringList added = Clipboard::paste(*m_document, content, QPointF(kPasteStep, kPasteStep) * step, &skipped);
    m_scene->selectIds(added);
    if (skipped > 0)
        emit statusChanged(tr("Pasted %1 component(s); %2 fit nowhere here and were left out").arg(added.size()).arg(skipped));
    else
        emit statusChanged(tr("Pasted %n component(s)", nullptr, int(added.size())));
    return added;
}

QStringList ClipboardController::paste()
{
    const ClipboardContent content = current();
    if (content.isEmpty())
        return {};
    ++m_pasteCount;
    return pasteContent(content, m_pasteCount);
}

QStringList ClipboardController::duplicate()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return {};
    return pasteContent(Clipboard::copy(m_document->design(), ids), 1);
}

} // namespace sky
