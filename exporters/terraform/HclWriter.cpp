#include "exporters/terraform/HclWriter.h"

#include "exporters/Escaping.h"

#include <algorithm>
#include <cstring>

namespace sky {

namespace {

bool opens(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == QLatin1Char('{') || last == QLatin1Char('[') || last == QLatin1Char('(');
}

} // namespace

char* HclWriter::grow(qsizetype count)
{
    if (m_size + count > m_out.size())
        m_out.resize(std::max<qsizetype>({m_out.size() * 2, m_size + count, 4096}));
    char* at = m_out.data() + m_size;
    m_size += count;
    return at;
}

void HclWriter::put(QStringView text)
{
    // Nearly all of a module is ASCII: copy it as bytes (a loop without early exit, which the
    // compiler vectorises), and convert the text again only when it was not ASCII after all.
    const qsizetype size = text.size();
    char* to = grow(size);
    const char16_t* from = text.utf16();
    char16_t all = 0;
    for (qsizetype i = 0; i < size; ++i) {
        all |= from[i];
        to[i] = char(from[i]);
    }
    if (all < 0x80)
        return;
    m_size -= size;
    const QByteArray utf8 = text.toUtf8();
    std::memcpy(grow(utf8.size()), utf8.constData(), size_t(utf8.size()));
}

void HclWriter::putSpaces(qsizetype count)
{
    if (count > 0)
        std::memset(grow(count), ' ', size_t(count));
}

void HclWriter::writeRun()
{
    // hclwrite pads each key of a run of consecutive attribute lines so that every `=` sits
    // one space after the longest indentation + key. Columns are counted per UTF-16 unit
    // (the same for our ASCII keys; non-ASCII object keys are rare).
    qsizetype width = 0;
    for (const Attribute& a : m_run)
        width = std::max(width, a.indent * 2 + a.key.size());
    for (const Attribute& a : m_run) {
        putSpaces(a.indent * 2);
        put(a.key);
        putSpaces(width - (a.indent * 2 + a.key.size()) + 1);
        char* eq = grow(2);
        eq[0] = '=';
        eq[1] = ' ';
        put(a.value);
        put('\n');
    }
    m_run.clear();
}

void HclWriter::beginLine()
{
    if (!m_run.empty())
        writeRun();
    if (m_last == Last::Blank)
        put('\n');
}

void HclWriter::line(const QString& text, const QString& suffix)
{
    beginLine();
    putSpaces(qsizetype(m_closers.size()) * 2);
    put(text);
    put(suffix);
    put('\n');
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
    if (m_last == Last::Blank)
        put('\n');
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
    if (!m_run.empty())
        writeRun();
    m_last = Last::Blank;
}

void HclWriter::comment(const QString& text)
{
    for (const QString& part : text.split(QLatin1Char('\n')))
        line(part.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + part);
}

QByteArray HclWriter::utf8() const
{
    HclWriter copy = *this;
    return copy.takeUtf8();
}

QByteArray HclWriter::takeUtf8()
{
    Q_ASSERT(m_closers.empty());
    // A trailing blank line is never written; a pending run (attributes at the top level) is.
    if (!m_run.empty())
        writeRun();
    m_out.truncate(m_size);
    QByteArray out = std::move(m_out);
    *this = HclWriter();
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
