#pragma once

#include "exporters/docs/DocSection.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <memory>
#include <vector>

namespace sky {

class Design;

/// architecture.md (+ diagram.png): the sections, in order, and the files they make.
namespace ArchitectureDocument {

/// The document's sections in order. Add a section here (one line) to put it in every document.
std::vector<std::unique_ptr<DocSection>> sections();

/// The Markdown of architecture.md.
QString markdown(const Design& design, DocLanguage language);

/// Every file of the document folder: "architecture.md" and "diagram.png".
/// Empty if the diagram could not be drawn.
QMap<QString, QByteArray> files(const Design& design, DocLanguage language);

} // namespace ArchitectureDocument
} // namespace sky
