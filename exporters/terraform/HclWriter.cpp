#include "exporters/terraform/HclWriter.h"

#include "exporters/Escaping.h"

#include <algorithm>

namespace sky {

namespace {

void appendUtf8(QByteArray& out, QStringView text)
{
    // Nearly all of a module is ASCII: copy it byte by byte, convert the rest.
    const qsizetype size = text.size();
    const qsizetype start = out.size();
    out.resize(start + size);
    char* to = out.data() + start;
    const char16_t* from = text.utf16();
    qsizetype i = 0;
    while (i < size && from[i] < 0x80) {
        to[i] = char(from[i]);
        ++i;
    }
    if (i == size)
        return;
    out.resize(start + i);
    out.append(text.mid(i).toUtf8());
}

void appendSpaces(QByteArray& out, qsizetype count)
{
    if (count > 0)
        out.append(count, ' ');
}

bool opens(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == QLatin1Char('{') || last == QLatin1Char('[') || last == QLatin1Char('(');
}

} // namespace

void HclWriter::writeRun(QByteArray& out, const std::vector<Attribute>& run)
{
    // hclwrite pads each key of a run of consecutive attribute lines so that every `=` sits
    // one space after the longest indentation + key. Columns are counted per UTF-16 unit
    // (the same for our ASCII keys; non-ASCII object keys are rare).
    qsizetype width = 0;
    for (const Attribute& a : run)
        width = std::max(width, a.indent * 2 + a.key.size());
    for (const Attribute& a : run) {
        appendSpaces(out, a.indent * 2);
        appendUtf8(out, a.key);
        appendSpaces(out, width - (a.indent * 2 + a.key.size()) + 1);
        out.append("= ", 2);
        appendUtf8(out, a.value);
        out.append('\n');
    }
}

void HclWriter::beginLine()
{
    if (!m_run.empty()) {
        writeRun(m_out, m_run);
        m_run.clear();
    }
    if (m_last == Last::Blank)
        m_out.append('\n');
}

void HclWriter::line(const QString& text, const QString& suffix)
{
    beginLine();
    appendSpaces(m_out, qsizetype(m_closers.size()) * 2);
    appendUtf8(m_out, text);
    appendUtf8(m_out, suffix);
    m_out.append('\n');
    m_last = opens(suffix.isEmpty() ? text : suffix) ? Last::Opens : Last::Other;
}

void HclWriter::openBlock(const QString& type, const QStringList& labels)
{
    QString lead = type;
    for (const QString& label : labels) {
        lead += QLatin1Char(' ');
        lead += string(label);
    }
    line(lead, QStringLiteral(" {"));
    m_closers.push_back(QStringLiteral("}"));
}

void HclWriter::attribute(const QString& key, const QString& value)
{
    if (m_last == Last::Blank) {
        m_out.append('\n');
    }
    m_run.push_back({int(m_closers.size()), key, value});
    m_last = Last::Attribute;
}

void HclWriter::openAttribute(const QString& key, const QString& opener, const QString& closer)
{
    // An attribute whose value opens brackets is not aligned by terraform fmt.
    line(key + QStringLiteral(" = "), opener);
    m_closers.push_back(closer);
}

void HclWriter::openItem(const QString& opener, const QString& closer)
{
    line(opener);
    m_closers.push_back(closer);
}

void HclWriter::item(const QString& value)
{
    line(value, QStringLiteral(","));
}

void HclWriter::close()
{
    Q_ASSERT(!m_closers.empty());
    // No blank line right before a closing bracket.
    if (m_last == Last::Blank)
        m_last = Last::Other;
    const QString closer = m_closers.back();
    m_closers.pop_back();
    line(closer);
}

void HclWriter::blank()
{
    if (m_last == Last::None || m_last == Last::Blank || m_last == Last::Opens)
        return;
    if (!m_run.empty()) {
        writeRun(m_out, m_run);
        m_run.clear();
    }
    m_last = Last::Blank;
}

void HclWriter::comment(const QString& text)
{
    for (const QString& part : text.split(QLatin1Char('\n')))
        line(part.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + part);
}

QByteArray HclWriter::utf8() const
{
    Q_ASSERT(m_closers.empty());
    // A trailing blank line is never written; a pending run (attributes at the top level) is.
    if (m_run.empty())
        return m_out;
    QByteArray out = m_out;
    writeRun(out, m_run);
    return out;
}

QString HclWriter::string(const QString& text)
{
    // Plain text (the common case) needs no escaping: quote it as it is.
    bool plain = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || u == '"' || u == '\\' || u == '$' || u == '%') {
            plain = false;
            break;
        }
    }
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    out += plain ? text : Escaping::hclString(text);
    out += QLatin1Char('"');
    return out;
}

QString HclWriter::list(const QStringList& expressions)
{
    return QLatin1Char('[') + expressions.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString HclWriter::stringList(const QStringList& texts)
{
    QStringList quoted;
    for (const QString& t : texts)
        quoted.append(string(t));
    return list(quoted);
}

QString HclWriter::key(const QString& text)
{
    // An identifier (letter or _, then letters, digits, _ or -) stays bare; reserved words would
    // read as literals (true/false/null) or for-expressions, so they are quoted.
    auto isLetter = [](QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); };
    bool identifier = !text.isEmpty() && (isLetter(text.front()) || text.front() == QLatin1Char('_'));
    for (qsizetype i = 1; identifier && i < text.size(); ++i) {
        const QChar c = text.at(i);
        identifier = isLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('-');
    }
    static const QStringList reserved{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                      QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("if")};
    if (identifier && !reserved.contains(text))
        return text;
    return string(text);
}

} // namespace sky
