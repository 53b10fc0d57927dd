#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace sky {

/// Builds HCL text line by line, already in `terraform fmt` form: two-space indentation
/// and the `=` of consecutive single-line attributes aligned (as hclwrite aligns them).
/// Expressions passed in are HCL written by the exporter; user text enters only through
/// string(), which escapes it.
class HclWriter {
public:
    /// `type "label" ... {`
    void openBlock(const QString& type, const QStringList& labels = {});
    /// `key = value` on one line; `value` must be a complete single-line expression.
    void attribute(const QString& key, const QString& value);
    /// `key = opener` ... `closer`, e.g. ("tags", "{", "}") or ("policy", "jsonencode({", "})").
    void openAttribute(const QString& key, const QString& opener, const QString& closer);
    /// A multi-line element of a list: `{` ... `},`.
    void openItem(const QString& opener = QStringLiteral("{"), const QString& closer = QStringLiteral("},"));
    /// A single-line element of a list: `value,`.
    void item(const QString& value);
    /// Ends the innermost open block, attribute or item.
    void close();
    void blank();
    /// `# text`; text is the exporter's own prose (each line becomes a comment line).
    void comment(const QString& text);
    QString text() const;
    bool isEmpty() const { return m_lines.empty(); }

    /// A quoted HCL string literal holding `text` verbatim (no interpolation possible).
    static QString string(const QString& text);
    /// `["a", "b"]` from expressions.
    static QString list(const QStringList& expressions);
    /// `["a", "b"]` from literal texts.
    static QString stringList(const QStringList& texts);
    /// An object key: bare when it is an identifier, else a quoted string.
    static QString key(const QString& text);
    static QString boolean(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }

private:
    struct Line {
        int indent = 0;
        QString lead;   ///< the key of an attribute, or the whole line
        QString value;  ///< the single-line value of an attribute (aligned)
        bool assign = false;
    };
    void push(Line line);

    std::vector<Line> m_lines;
    QStringList m_closers;
};

} // namespace sky
