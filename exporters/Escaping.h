#pragma once

#include <QString>

namespace sky::Escaping {

// User text (names, domains, notes, tags) reaches HCL, YAML, Markdown, HTML and SVG.
// Each function returns text that is inert in its target: it cannot end the string,
// start an interpolation, add markup or break a table.

/// The inside of an HCL double-quoted string: \ " newlines, and ${ %{ made literal.
QString hclString(const QString& text);
/// A YAML double-quoted scalar, quotes included.
QString yamlString(const QString& text);
/// XML/HTML/SVG text or attribute content.
QString xml(const QString& text);
/// Markdown inline text (also safe inside a table cell): markup characters escaped,
/// HTML made inert, newlines folded to spaces.
QString markdown(const QString& text);
/// A Mermaid node label, quotes included.
QString mermaidLabel(const QString& text);

} // namespace sky::Escaping
