#pragma once

#include <QString>

namespace sky {

class Catalog;
class Design;

enum class DocLanguage { English, Spanish };

/// What every section of the architecture document reads.
struct DocContext {
    const Design& design;
    const Catalog& catalog;
    DocLanguage language = DocLanguage::English;
    QString diagramFile = QStringLiteral("diagram.png"); ///< the image beside architecture.md

    bool spanish() const { return language == DocLanguage::Spanish; }
};

/// One section of architecture.md. Each section keeps the strings of both languages in
/// one phrasebook at the top of its own .cpp (a struct filled once for English and once
/// for Spanish), so a translator reads and edits a section's text in one place.
/// To add a section (the validator's "Security posture", the cost engine's "Cost"),
/// write a class that implements markdown() and list it in ArchitectureDocument::sections().
class DocSection {
public:
    virtual ~DocSection() = default;
    /// The section's Markdown, starting with its "## " heading; empty to leave it out.
    /// Every piece of user text must go through Escaping::markdown (DocText::md).
    virtual QString markdown(const DocContext& context) const = 0;
};

} // namespace sky
