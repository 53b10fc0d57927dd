#include "exporters/terraform/HclWriter.h"

#include "exporters/Escaping.h"

#include <QRegularExpression>

namespace sky {

void HclWriter::push(Line line)
{
    line.indent = int(m_closers.size());
    m_lines.push_back(std::move(line));
}

void HclWriter::openBlock(const QString& type, const QStringList& labels)
{
    QString lead = type;
    for (const QString& label : labels)
        lead += QLatin1Char(' ') + string(label);
    push({0, lead + QStringLiteral(" {"), {}, false});
    m_closers.append(QStringLiteral("}"));
}

void HclWriter::attribute(const QString& key, const QString& value)
{
    push({0, key, value, true});
}

void HclWriter::openAttribute(const QString& key, const QString& opener, const QString& closer)
{
    // An attribute whose value opens brackets is not aligned by terraform fmt.
    push({0, key + QStringLiteral(" = ") + opener, {}, false});
    m_closers.append(closer);
}

void HclWriter::openItem(const QString& opener, const QString& closer)
{
    push({0, opener, {}, false});
    m_closers.append(closer);
}

void HclWriter::item(const QString& value)
{
    push({0, value + QLatin1Char(','), {}, false});
}

void HclWriter::close()
{
    Q_ASSERT(!m_closers.isEmpty());
    // No blank line right before a closing bracket.
    if (!m_lines.empty() && m_lines.back().lead.isEmpty() && !m_lines.back().assign)
        m_lines.pop_back();
    const QString closer = m_closers.takeLast();
    push({0, closer, {}, false});
}

void HclWriter::blank()
{
    if (m_lines.empty())
        return;
    const Line& last = m_lines.back();
    const bool lastIsBlank = last.lead.isEmpty() && !last.assign;
    const bool lastOpens = !last.assign && (last.lead.endsWith(QLatin1Char('{')) || last.lead.endsWith(QLatin1Char('[')) ||
                                            last.lead.endsWith(QLatin1Char('(')));
    if (!lastIsBlank && !lastOpens)
        m_lines.push_back({0, {}, {}, false});
}

void HclWriter::comment(const QString& text)
{
    for (const QString& line : text.split(QLatin1Char('\n')))
        push({0, line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line, {}, false});
}

QString HclWriter::text() const
{
    Q_ASSERT(m_closers.isEmpty());
    QString out;
    qsizetype size = 0;
    for (const Line& line : m_lines)
        size += line.indent * 2 + line.lead.size() + line.value.size() + 8;
    out.reserve(size);
    std::size_t count = m_lines.size();
    while (count > 0 && m_lines[count - 1].lead.isEmpty() && !m_lines[count - 1].assign)
        --count; // no trailing blank lines
    // Alignment chains: runs of consecutive attribute lines; hclwrite pads each key so
    // that every `=` of the run sits one space after the longest indentation + key.
    // Column counting is per character here (hclwrite counts the same for our ASCII keys;
    // non-ASCII object keys are rare and terraform fmt measures them the same way).
    std::size_t i = 0;
    while (i < count) {
        if (!m_lines[i].assign) {
            const Line& line = m_lines[i];
            if (!line.lead.isEmpty()) {
                out.append(QString(line.indent * 2, QLatin1Char(' ')));
                out.append(line.lead);
            }
            out += QLatin1Char('\n');
            ++i;
            continue;
        }
        std::size_t end = i;
        int width = 0;
        while (end < count && m_lines[end].assign) {
            width = std::max(width, int(m_lines[end].indent * 2 + m_lines[end].lead.size()));
            ++end;
        }
        for (; i < end; ++i) {
            const Line& line = m_lines[i];
            const int columns = int(line.indent * 2 + line.lead.size());
            out.append(QString(line.indent * 2, QLatin1Char(' ')));
            out.append(line.lead);
            out.append(QString(width - columns + 1, QLatin1Char(' ')));
            out.append(QLatin1String("= "));
            out.append(line.value);
            out.append(QLatin1Char('\n'));
        }
    }
    return out;
}

QString HclWriter::string(const QString& text)
{
    return QLatin1Char('"') + Escaping::hclString(text) + QLatin1Char('"');
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
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    // Reserved words would read as literals (true/false/null) or for-expressions; quote them.
    static const QStringList reserved{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                      QStringLiteral("for"), QStringLiteral("in"), QStringLiteral("if")};
    if (identifier.match(text).hasMatch() && !reserved.contains(text))
        return text;
    return string(text);
}

} // namespace sky
