#include "exporters/Escaping.h"

namespace sky::Escaping {

namespace {

/// The short escapes that HCL and YAML double-quoted strings share (JSON's, in both specs):
/// appends the escape of `c` and returns true, or returns false for any other character.
bool appendShortEscape(QString& out, QChar c)
{
    switch (c.unicode()) {
    case '\\': out += QLatin1String("\\\\"); return true;
    case '"': out += QLatin1String("\\\""); return true;
    case '\n': out += QLatin1String("\\n"); return true;
    case '\r': out += QLatin1String("\\r"); return true;
    case '\t': out += QLatin1String("\\t"); return true;
    default: return false;
    }
}

/// The other control characters, which each format writes as its own numeric escape.
bool isControl(QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }

} // namespace

QString hclString(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (appendShortEscape(out, c))
            continue;
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('$') || c == QLatin1Char('%')) {
            // "$${" and "%%{" are HCL's literal forms of "${" and "%{".
            out += c;
            if (next == QLatin1Char('{'))
                out += c;
        } else if (isControl(c)) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString yamlString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (appendShortEscape(out, c))
            continue;
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString xml(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&apos;"); break;
        default:
            // XML 1.0 forbids most control characters even as references.
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

QString markdown(const QString& text)
{
    static const QString special = QStringLiteral("\\`*_{}[]()#+-.!|<>~&\"'");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
        } else if (c == QLatin1Char('<')) {
            out += QLatin1String("&lt;");
        } else if (c == QLatin1Char('>')) {
            out += QLatin1String("&gt;");
        } else if (c == QLatin1Char('&')) {
            out += QLatin1String("&amp;");
        } else if (c == QLatin1Char('|')) {
            out += QLatin1String("\\|");
        } else if (special.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QString mermaidLabel(const QString& text)
{
    // Mermaid labels in "..." accept HTML entity codes (#quot;) for the characters that end them.
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("#quot;"); break;
        case '<': out += QLatin1String("#lt;"); break;
        case '>': out += QLatin1String("#gt;"); break;
        case '#': out += QLatin1String("#35;"); break;
        case '&': out += QLatin1String("#amp;"); break;
        case '`': out += QLatin1String("#96;"); break;
        case '\n':
        case '\r': out += QLatin1Char(' '); break;
        default:
            if (c.unicode() >= 0x20)
                out += c;
        }
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace sky::Escaping
