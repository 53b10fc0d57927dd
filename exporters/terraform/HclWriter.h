#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace sky {

/// Builds HCL text line by line, already in `terraform fmt` form: two-space indentation
/// and the `=` of consecutive single-line attributes aligned (as hclwrite aligns them).
/// Expressions passed in are HCL written by the exporter; user text enters only through
/// string(), which escapes it.
///
/// The text is appended to one UTF-8 buffer as it is written; only the current run of
/// consecutive attributes is held back until its alignment is known (a 10k-component
/// design makes tens of megabytes of HCL).
class HclWriter {
public:
    /// `type "label" ... {`
    void openBlock(QStringView type, std::initializer_list<QStringView> labels = {});
    /// `key = value` on one line; `value` must be a complete single-line expression.
    void attribute(const QString& key, const QString& value);
    /// The same with the value `pattern` expanded (see expand()) straight into the text.
    void attribute(QStringView key, QStringView pattern, std::initializer_list<QStringView> args);
    // The overloads taking a u"" literal pass its length on: converting the array to a
    // QStringView would count its characters at run time.
    template <size_t N>
    void attribute(QStringView key, const char16_t (&pattern)[N], std::initializer_list<QStringView> args)
    {
        attribute(key, QStringView(pattern, qsizetype(N - 1)), args);
    }
    /// `key = "text"`: the same as attribute(key, string(text)) without building the literal.
    void stringAttribute(QStringView key, QStringView text);
    /// `key = opener` ... `closer`, e.g. ("tags", "{", "}") or ("policy", "jsonencode({", "})").
    void openAttribute(QStringView key, QStringView opener, const QString& closer);
    /// A multi-line element of a list: `{` ... `},`.
    void openItem(const QString& opener = QStringLiteral("{"), const QString& closer = QStringLiteral("},"));
    /// A single-line element of a list: `value,`.
    void item(const QString& value);
    /// The same with the value `pattern` expanded (see expand()) straight into the text.
    void item(QStringView pattern, std::initializer_list<QStringView> args);
    template <size_t N>
    void item(const char16_t (&pattern)[N], std::initializer_list<QStringView> args)
    {
        item(QStringView(pattern, qsizetype(N - 1)), args);
    }
    /// Ends the innermost open block, attribute or item.
    void close();
    void blank();
    /// `# text`; text is the exporter's own prose (each line becomes a comment line).
    void comment(const QString& text);
    /// Writes the text of another writer (a fragment of a file, written elsewhere, e.g. on
    /// another thread) here as if its calls had been made on this one: a blank() it starts
    /// with applies here. Both are at the top level (every block closed). Only the fragment's
    /// own attribute lines are aligned together (fragments start with a block or a blank
    /// line, where alignment stops anyway). The fragment is empty afterwards.
    void append(HclWriter&& fragment);
    /// The text written so far (every block closed), in UTF-8.
    QByteArray utf8() const;
    /// The same, moved out: the writer is empty afterwards.
    QByteArray takeUtf8();
    QString text() const { return QString::fromUtf8(utf8()); }
    /// Where the header of each top-level block (`resource "type" "name"`, without ` {`) is in
    /// the text, as offset and length: what the module declares, found without reading the text.
    const std::vector<std::pair<qsizetype, qsizetype>>& topLevelBlocks() const { return m_topLevelBlocks; }
    bool isEmpty() const { return m_last == Last::None; }
    /// Bytes of text written so far.
    qsizetype size() const { return m_size; }
    /// Makes room for `bytes` more bytes of text at once.
    void reserve(qsizetype bytes)
    {
        if (m_size + bytes > m_out.size())
            m_out.resize(m_size + bytes);
    }

    /// A quoted HCL string literal holding `text` verbatim (no interpolation possible).
    static QString string(QStringView text);
    /// `["a", "b"]` from expressions.
    static QString list(const QStringList& expressions);
    /// `["a", "b"]` from literal texts.
    static QString stringList(const QStringList& texts);
    /// An object key: bare when it is an identifier, else a quoted string.
    static QString key(const QString& text);
    static QString boolean(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
    /// `pattern` with each %1..%9 replaced by the corresponding text of `args` (placeholders
    /// past the end of `args` stay). Like QString::arg(a, b, ...), in one pass and one
    /// allocation: the generators build hundreds of thousands of expressions per export.
    static QString expand(QStringView pattern, std::initializer_list<QStringView> args);
    template <size_t N>
    static QString expand(const char16_t (&pattern)[N], std::initializer_list<QStringView> args)
    {
        return expand(QStringView(pattern, qsizetype(N - 1)), args);
    }

private:
    /// What the last line written was: blank() and close() depend on it.
    enum class Last { None, Blank, Opens, Attribute, Other };
    /// An attribute line of the current run, already written.
    struct RunLine {
        qsizetype keyEnd = 0;  ///< offset in the text where its padding goes
        qsizetype columns = 0; ///< indentation + key, in UTF-16 units
    };
    /// A line that is not an aligned attribute, at the current depth.
    void line(QStringView text, QStringView suffix = {});
    void beginLine();
    /// `key = ` of an attribute line, and its end.
    void beginAttribute(QStringView key);
    void endAttribute();
    void putExpanded(QStringView pattern, std::initializer_list<QStringView> args);
    /// string(text), written.
    void putString(QStringView text);
    /// `count` more bytes at the end of the text, to be filled by the caller.
    char* grow(qsizetype count)
    {
        if (m_size + count > m_out.size())
            reserveMore(count);
        char* at = m_out.data() + m_size;
        m_size += count;
        return at;
    }
    void reserveMore(qsizetype count);
    void put(QStringView text);
    void put(char c) { *grow(1) = c; }
    qsizetype indent() const { return qsizetype(m_closers.size()) * 2; }
    void putSpaces(qsizetype count);
    /// Pads the keys of the current run so that their `=` align, and ends the run.
    void alignRun();

    // The text is m_out's first m_size bytes: growing a plain buffer and writing through a
    // pointer is much cheaper than QByteArray::append per piece. Attribute lines are written
    // at once; when their run ends, the padding is inserted (runs are a few lines long).
    QByteArray m_out;
    qsizetype m_size = 0;
    std::vector<RunLine> m_run;
    std::vector<QString> m_closers;
    Last m_last = Last::None;
    /// A fragment began with blank(): whether it shows depends on where it is appended.
    bool m_leadingBlank = false;
    /// See topLevelBlocks(). Padding for alignment is only ever inserted after the last block
    /// header written, so these offsets hold.
    std::vector<std::pair<qsizetype, qsizetype>> m_topLevelBlocks;
};

} // namespace sky
