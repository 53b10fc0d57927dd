#pragma once

#include "model/Component.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

class Design;
struct DocContext;
struct Connection;

/// Small helpers the document sections share: escaping, names, property values.
namespace DocText {

/// User text made inert for Markdown and HTML (Escaping::markdown).
QString md(const QString& text);
/// A component's display name, escaped and in bold.
QString name(const DocContext& context, const Component& component);
QString name(const DocContext& context, const QString& id);
/// Replaces %1..%9 in `pattern` in ONE pass, so that a value containing "%2" stays as it is
/// (chained QString::arg would substitute into user text).
QString fill(const QString& pattern, const QStringList& values);
/// A property's effective value as text ("true" / "sí" for booleans in Spanish), escaped.
QString value(const DocContext& context, const Component& component, const QString& key);
bool flag(const DocContext& context, const Component& component, const QString& key);
int integer(const DocContext& context, const Component& component, const QString& key);
QString text(const DocContext& context, const Component& component, const QString& key); ///< unescaped string value
/// "HTTPS on port 443" / "HTTPS por el puerto 443".
QString protocolAndPort(const DocContext& context, const Connection& connection);

std::vector<const Component*> ofType(const Design& design, const QString& type);
/// The nearest enclosing container of a type ("subnet", "vpc"), or nullptr.
const Component* enclosing(const Design& design, const Component& component, const QString& type);
/// Joins "a, b and c" / "a, b y c".
QString joinList(const DocContext& context, const QStringList& items);

} // namespace DocText
} // namespace sky
