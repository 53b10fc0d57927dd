#pragma once

#include <QString>

namespace sky {

class Catalog;
class Design;

/// A Mermaid `flowchart LR` of a design: containers as nested subgraphs inside an
/// "AWS Cloud" subgraph, traffic as solid arrows, control-plane associations dotted.
/// Node ids are generated (n1, n2, …) so no design id can clash with Mermaid keywords;
/// every label goes through Escaping::mermaidLabel.
namespace MermaidFlowchart {

QString build(const Design& design, const Catalog& catalog, const QString& awsCloudLabel);

} // namespace MermaidFlowchart
} // namespace sky
