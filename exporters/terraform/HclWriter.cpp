#include "exporters/terraform/HclWriter.h"

#include "exporters/Escaping.h"

#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sky {

namespace {

/// The ASCII characters a quoted HCL string may not hold as they are: control characters,
/// quote and backslash, and `$` and `%` (which need a look at what follows).
constexpr auto kSpecial = [] {
    std::array<bool, 128> table{};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = true;
    for (const char c : {'"', '\\', '$', '%', '\x7f'})
        table[size_t(c)] = true;
    return table;
}();

#if defined(__SSE2__)
/// Flags each of eight units that is below 0x20 or above 0x7e (so also 0x7f and every
/// non-ASCII unit), from 0x22 to 0x25 (quote, #, $, %) or a backslash: every unit kSpecial
/// holds, and a few more.
__m128i flagMaybeSpecial(__m128i v)
{
    const __m128i outside = _mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)), _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7e)));
    const __m128i quoteToPercent =
        _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, _mm_set1_epi16(0x22)), _mm_set1_epi16(3)), _mm_setzero_si128());
    const __m128i backslash = _mm_cmpeq_epi16(v, _mm_set1_epi16(0x5c));
    return _mm_or_si128(outside, _mm_or_si128(quoteToPercent, backslash));
}

__m128i load8(const char16_t* units)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(units));
}
#endif

/// Whether `text` reaches HCL as it is between quotes: no quote, backslash or control
/// character, and no `${` or `%{` (a lone `$` or `%` is literal).
bool plainString(QStringView text)
{
    const qsizetype size = text.size();
    const char16_t* units = text.utf16();
#if defined(__SSE2__)
    if (size >= 8) {
        // The common case, ASCII with nothing special, eight units at a time (the last eight
        // overlapping); anything flagged is looked at unit by unit below.
        __m128i flagged = _mm_setzero_si128();
        for (qsizetype i = 0; i + 8 < size; i += 8)
            flagged = _mm_or_si128(flagged, flagMaybeSpecial(load8(units + i)));
        flagged = _mm_or_si128(flagged, flagMaybeSpecial(load8(units + size - 8)));
        if (_mm_movemask_epi8(flagged) == 0)
            return true;
    }
#endif
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = units[i];
        if (u >= 0x80 || !kSpecial[u])
            continue;
        if ((u == u'$' || u == u'%') && (i + 1 == size || units[i + 1] != u'{'))
            continue;
        return false;
    }
    return true;
}

/// Copies the `size` units at `from` to `to` as bytes and tells whether they were all
/// ASCII without a special character (see kSpecial); when not, what was copied is garbage.
bool copyQuotable(const char16_t* from, qsizetype size, char* to)
{
#if defined(__SSE2__)
    if (size >= 8) {
        __m128i flagged = _mm_setzero_si128();
        auto copy8 = [&](qsizetype i) {
            const __m128i v = load8(from + i);
            flagged = _mm_or_si128(flagged, flagMaybeSpecial(v));
            _mm_storel_epi64(reinterpret_cast<__m128i*>(to + i), _mm_packus_epi16(v, v));
        };
        for (qsizetype i = 0; i + 8 < size; i += 8)
            copy8(i);
        copy8(size - 8); // the last eight, overlapping units already copied
        return _mm_movemask_epi8(flagged) == 0;
    }
#endif
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = from[i];
        if (u >= 0x80 || kSpecial[u])
            return false;
        to[i] = char(u);
    }
    return true;
}

/// The offset of the first '%' of units [from, size), or size.
qsizetype nextPercent(const char16_t* units, qsizetype from, qsizetype size)
{
#if defined(__SSE2__)
    const __m128i percent = _mm_set1_epi16('%');
    for (; from + 8 <= size; from += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(units + from));
        if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(v, percent)))
            return from + __builtin_ctz(unsigned(mask)) / 2;
    }
#endif
    for (; from < size; ++from)
        if (units[from] == u'%')
            return from;
    return size;
}

/// Calls `use` with the pieces of `pattern` expanded (see HclWriter::expand): the literal
/// runs and the arguments its %1..%9 stand for, in order.
template <typename Use>
void forEachPiece(QStringView pattern, std::initializer_list<QStringView> args, Use use)
{
    const char16_t* units = pattern.utf16();
    const qsizetype size = pattern.size();
    const qsizetype count = qsizetype(args.size());
    qsizetype done = 0;
    for (qsizetype i = nextPercent(units, 0, size); i + 1 < size; i = nextPercent(units, i + 1, size)) {
        const qsizetype n = qsizetype(units[i + 1]) - qsizetype(u'1');
        if (n < 0 || n >= count)
            continue;
        use(QStringView(units + done, i - done));
        use(args.begin()[n]);
        done = i + 2;
        ++i;
    }
    use(QStringView(units + done, size - done));
}

bool opens(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar last = text.back();
    return last == QLatin1Char('{') || last == QLatin1Char('[') || last == QLatin1Char('(');
}

} // namespace

void HclWriter::reserveMore(qsizetype count)
{
    m_out.resize(std::max<qsizetype>({m_out.size() * 4, m_size + count, 4096}));
}

void HclWriter::put(QStringView text)
{
    // Nearly all of a module is ASCII: copy it as bytes, eight units at a time where SSE2 is
    // there, and convert the text again only when it was not ASCII after all.
    const qsizetype size = text.size();
    char* to = grow(size);
    const char16_t* from = text.utf16();
    bool ascii = true;
#if defined(__SSE2__)
    if (size >= 8) {
        __m128i all = _mm_setzero_si128();
        auto copy8 = [&](qsizetype i) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i));
            all = _mm_or_si128(all, units);
            _mm_storel_epi64(reinterpret_cast<__m128i*>(to + i), _mm_packus_epi16(units, units));
        };
        for (qsizetype i = 0; i + 8 < size; i += 8)
            copy8(i);
        copy8(size - 8); // the last eight, overlapping units already copied
        const __m128i high = _mm_and_si128(all, _mm_set1_epi16(short(0xff80)));
        ascii = _mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) == 0xffff;
    } else
#endif
    {
        char16_t all = 0;
        for (qsizetype i = 0; i < size; ++i) {
            all |= from[i];
            to[i] = char(from[i]);
        }
        ascii = all < 0x80;
    }
    if (ascii)
        return;
    m_size -= size;
    const QByteArray utf8 = text.toUtf8();
    std::memcpy(grow(utf8.size()), utf8.constData(), size_t(utf8.size()));
}

void HclWriter::putSpaces(qsizetype count)
{
    // Indentation is a few spaces: write them eight at a time into the slack of the buffer
    // rather than calling memset for each line.
    if (count <= 0)
        return;
    if (m_size + count + 8 > m_out.size())
        reserveMore(count + 8);
    char* to = m_out.data() + m_size;
    for (qsizetype done = 0; done < count; done += 8)
        std::memcpy(to + done, "        ", 8);
    m_size += count;
}

void HclWriter::alignRun()
{
    // hclwrite pads each key of a run of consecutive attribute lines so that every `=` sits
    // one space after the longest indentation + key. Columns are counted per UTF-16 unit
    // (the same for our ASCII keys; non-ASCII object keys are rare). The lines were written
    // with one space after the key already; most runs need nothing more.
    qsizetype width = 0;
    qsizetype padding = 0;
    for (const RunLine& l : m_run)
        width = std::max(width, l.columns);
    for (const RunLine& l : m_run)
        padding += width - l.columns;
    if (padding > 0) {
        // Shift the text after each key right by the padding of the keys before it, from the
        // last line back, and fill in the spaces.
        const qsizetype end = m_size;
        grow(padding);
        char* text = m_out.data();
        qsizetype segmentEnd = end;
        for (auto l = m_run.rbegin(); l != m_run.rend(); ++l) {
            std::memmove(text + l->keyEnd + padding, text + l->keyEnd, size_t(segmentEnd - l->keyEnd));
            padding -= width - l->columns;
            std::memset(text + l->keyEnd + padding, ' ', size_t(width - l->columns));
            segmentEnd = l->keyEnd;
        }
    }
    m_run.clear();
}

void HclWriter::beginLine()
{
    if (!m_run.empty())
        alignRun();
    if (m_last == Last::Blank)
        put('\n');
}

void HclWriter::line(QStringView text, QStringView suffix)
{
    beginLine();
    putSpaces(indent());
    put(text);
    put(suffix);
    put('\n');
    m_last = opens(suffix.isEmpty() ? text : suffix) ? Last::Opens : Last::Other;
}

void HclWriter::openBlock(QStringView type, std::initializer_list<QStringView> labels)
{
    beginLine();
    putSpaces(indent());
    const qsizetype start = m_size;
    put(type);
    for (const QStringView label : labels) {
        put(' ');
        putString(label);
    }
    if (indent() == 0)
        m_topLevelBlocks.push_back({start, m_size - start});
    char* open = grow(3);
    std::memcpy(open, " {\n", 3);
    m_last = Last::Opens;
    m_closers.push_back(QStringLiteral("}"));
}

void HclWriter::beginAttribute(QStringView key)
{
    if (m_last == Last::Blank)
        put('\n');
    const qsizetype indent = this->indent();
    putSpaces(indent);
    put(key);
    m_run.push_back({m_size, indent + key.size()});
    std::memcpy(grow(3), " = ", 3);
}

void HclWriter::endAttribute()
{
    put('\n');
    m_last = Last::Attribute;
}

void HclWriter::attribute(const QString& key, const QString& value)
{
    beginAttribute(key);
    put(value);
    endAttribute();
}

void HclWriter::attribute(QStringView key, QStringView pattern, std::initializer_list<QStringView> args)
{
    beginAttribute(key);
    putExpanded(pattern, args);
    endAttribute();
}

void HclWriter::stringAttribute(QStringView key, QStringView text)
{
    beginAttribute(key);
    putString(text);
    endAttribute();
}

void HclWriter::putString(QStringView text)
{
    // Nearly every string is plain ASCII: copy and check it in one pass, and take the careful
    // way (a lone `$`, non-ASCII text, escapes) only when the check flags something.
    const qsizetype size = text.size();
    char* to = grow(size + 2);
    to[0] = '"';
    if (copyQuotable(text.utf16(), size, to + 1)) {
        to[size + 1] = '"';
        return;
    }
    m_size -= size + 2;
    if (!plainString(text)) {
        put(string(text));
        return;
    }
    put('"');
    put(text);
    put('"');
}

void HclWriter::putExpanded(QStringView pattern, std::initializer_list<QStringView> args)
{
    forEachPiece(pattern, args, [this](QStringView piece) { put(piece); });
}

void HclWriter::openAttribute(QStringView key, QStringView opener, const QString& closer)
{
    // An attribute whose value opens brackets is not aligned by terraform fmt.
    beginLine();
    putSpaces(indent());
    put(key);
    std::memcpy(grow(3), " = ", 3);
    put(opener);
    put('\n');
    m_last = opens(opener) ? Last::Opens : Last::Other;
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

void HclWriter::item(QStringView pattern, std::initializer_list<QStringView> args)
{
    beginLine();
    putSpaces(indent());
    putExpanded(pattern, args);
    put(',');
    put('\n');
    m_last = Last::Other;
}

void HclWriter::close()
{
    Q_ASSERT(!m_closers.empty());
    // No blank line right before a closing bracket.
    if (m_last == Last::Blank)
        m_last = Last::Other;
    const QString closer = std::move(m_closers.back());
    m_closers.pop_back();
    line(closer);
}

void HclWriter::blank()
{
    if (m_last == Last::None)
        m_leadingBlank = true;
    if (m_last == Last::None || m_last == Last::Blank || m_last == Last::Opens)
        return;
    if (!m_run.empty())
        alignRun();
    m_last = Last::Blank;
}

void HclWriter::comment(const QString& text)
{
    for (const QStringView part : qTokenize(text, u'\n')) {
        if (part.isEmpty())
            line(u"#");
        else
            line(u"# ", part);
    }
}

void HclWriter::append(HclWriter&& fragment)
{
    Q_ASSERT(fragment.m_closers.empty() && m_closers.empty());
    if (fragment.m_leadingBlank)
        blank();
    if (fragment.m_last == Last::None)
        return;
    if (!fragment.m_run.empty())
        fragment.alignRun();
    beginLine();
    const qsizetype at = m_size;
    std::memcpy(grow(fragment.m_size), fragment.m_out.constData(), size_t(fragment.m_size));
    for (const auto& [start, length] : fragment.m_topLevelBlocks)
        m_topLevelBlocks.push_back({at + start, length});
    m_last = fragment.m_last;
    fragment = HclWriter();
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
        alignRun();
    m_out.truncate(m_size);
    QByteArray out = std::move(m_out);
    *this = HclWriter();
    return out;
}

QString HclWriter::string(QStringView text)
{
    if (!plainString(text))
        return QLatin1Char('"') + Escaping::hclString(text.toString()) + QLatin1Char('"');
    const qsizetype size = text.size();
    QString out(size + 2, Qt::Uninitialized);
    char16_t* to = reinterpret_cast<char16_t*>(out.data());
    to[0] = u'"';
    if (size > 0) // a null text has no data pointer for memcpy
        std::memcpy(to + 1, text.utf16(), size_t(size) * sizeof(char16_t));
    to[size + 1] = u'"';
    return out;
}

QString HclWriter::expand(QStringView pattern, std::initializer_list<QStringView> args)
{
    // One scan of the pattern (it has a few placeholders), then one allocation.
    QVarLengthArray<QStringView, 16> pieces;
    qsizetype size = 0;
    forEachPiece(pattern, args, [&](QStringView piece) {
        pieces.append(piece);
        size += piece.size();
    });
    QString out(size, Qt::Uninitialized);
    char16_t* to = reinterpret_cast<char16_t*>(out.data());
    for (const QStringView piece : pieces) {
        if (piece.isEmpty())
            continue; // a null QString's view has no data pointer, and memcpy may not take one
        std::memcpy(to, piece.utf16(), size_t(piece.size()) * sizeof(char16_t));
        to += piece.size();
    }
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
