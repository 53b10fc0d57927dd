#pragma once

#include "model/Component.h"
#include "model/Connection.h"

#include <QHash>
#include <QPointF>
#include <QStringList>
#include <vector>

namespace sky {

class Design;
class Document;

/// A copied part of a design: components (with everything inside the copied containers)
/// and the connections whose both ends were copied.
struct ClipboardContent {
    std::vector<Component> components; ///< parents before children
    std::vector<Connection> connections;
    bool isEmpty() const { return components.empty(); }
};

namespace Clipboard {

ClipboardContent copy(const Design& design, const QStringList& ids);
/// Adds the content with fresh unique ids, shifted by `offset`, as one undo entry.
/// A copied top-level item goes back into its original container when that container
/// still exists and accepts it, else to the top level; items that fit nowhere are left
/// out and counted in *skipped. Returns the new ids of the pasted components.
QStringList paste(Document& document, const ClipboardContent& content, QPointF offset, int* skipped = nullptr);
/// The content as .skyforge text (for the system clipboard) and back.
QByteArray toBytes(const ClipboardContent& content);
ClipboardContent fromBytes(const QByteArray& bytes);

} // namespace Clipboard
} // namespace sky
