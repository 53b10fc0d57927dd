#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace sky {

/// A strict JSON scanner for the loader's fast path (DesignReaderFastPath). It feeds the same events as nlohmann's SAX parser
/// and accepts a subset of what nlohmann accepts, with the same values: UTF-8 text (checked
/// as nlohmann checks it), the short escapes, integers of up to 18 digits and finite decimals
/// read by strtod. Anything else (a \u escape, a byte-order mark, a long integer, a syntax
/// error...) makes it give up, and nlohmann reads the file in the full reader. nlohmann's
/// own lexer is general and reads a character at a time: it was half of a 10k-file `check`.
/// The scanner recurses once per nesting level: the handler must bound the depth (return
/// false from start_object / start_array past its limit), as the fast path does (kMaxDepth).
class JsonScanner {
public:
    JsonScanner(const char* begin, const char* end) : m_p(begin), m_end(end) {}

    template <typename Handler>
    bool parse(Handler& handler)
    {
        skipSpace();
        if (!value(handler))
            return false;
        skipSpace();
        return m_p == m_end;
    }

private:
    char peek() const { return m_p < m_end ? *m_p : '\0'; } // a NUL byte is never valid JSON
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    enum class Next { More, Closed, Invalid };

    /// After a member or an element: a comma (More, with the space after it skipped), the
    /// closing bracket `close` (Closed, consumed) or anything else (Invalid).
    Next commaOrClose(char close)
    {
        skipSpace();
        if (peek() == ',') {
            ++m_p;
            skipSpace();
            return Next::More;
        }
        if (peek() != close)
            return Next::Invalid;
        ++m_p;
        return Next::Closed;
    }

    /// Nesting is bounded by the handler (kMaxDepth), so the recursion is too.
    template <typename Handler>
    bool value(Handler& handler)
    {
        switch (peek()) {
        case '{': {
            ++m_p;
            if (!handler.start_object(std::size_t(-1)))
                return false;
            skipSpace();
            if (peek() == '}') {
                ++m_p;
                return handler.end_object();
            }
            for (;;) {
                if (peek() != '"' || !string(m_token) || !handler.key(m_token))
                    return false;
                skipSpace();
                if (peek() != ':')
                    return false;
                ++m_p;
                skipSpace();
                if (!value(handler))
                    return false;
                const Next next = commaOrClose('}');
                if (next != Next::More)
                    return next == Next::Closed && handler.end_object();
            }
        }
        case '[': {
            ++m_p;
            if (!handler.start_array(std::size_t(-1)))
                return false;
            skipSpace();
            if (peek() == ']') {
                ++m_p;
                return handler.end_array();
            }
            for (;;) {
                if (!value(handler))
                    return false;
                const Next next = commaOrClose(']');
                if (next != Next::More)
                    return next == Next::Closed && handler.end_array();
            }
        }
        case '"':
            return string(m_token) && handler.string(m_token);
        case 't':
            return literal("true") && handler.boolean(true);
        case 'f':
            return literal("false") && handler.boolean(false);
        case 'n':
            return literal("null") && handler.null();
        default:
            return number(handler);
        }
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    /// One UTF-8 sequence of two to four bytes at m_p, with nlohmann's ranges (RFC 3629:
    /// no overlong forms, no surrogates, nothing above U+10FFFF).
    bool utf8Sequence()
    {
        const auto byte = [&](size_t i) { return i < size_t(m_end - m_p) ? static_cast<unsigned char>(m_p[i]) : 0u; };
        const auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
        const unsigned c = byte(0);
        size_t size = 0;
        if (in(c, 0xC2, 0xDF))
            size = in(byte(1), 0x80, 0xBF) ? 2 : 0;
        else if (c == 0xE0)
            size = in(byte(1), 0xA0, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
        else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF))
            size = in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
        else if (c == 0xED)
            size = in(byte(1), 0x80, 0x9F) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
        else if (c == 0xF0)
            size = in(byte(1), 0x90, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
        else if (in(c, 0xF1, 0xF3))
            size = in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
        else if (c == 0xF4)
            size = in(byte(1), 0x80, 0x8F) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
        m_p += size;
        return size != 0;
    }

    bool string(std::string& out)
    {
        ++m_p; // the opening quote
        out.clear();
        const char* run = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out.append(run, m_p);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            if (c != '\\') {
                ++m_p;
                continue;
            }
            out.append(run, m_p);
            char decoded = 0;
            switch (m_p + 1 < m_end ? m_p[1] : '\0') {
            case '"': decoded = '"'; break;
            case '\\': decoded = '\\'; break;
            case '/': decoded = '/'; break;
            case 'b': decoded = '\b'; break;
            case 'f': decoded = '\f'; break;
            case 'n': decoded = '\n'; break;
            case 'r': decoded = '\r'; break;
            case 't': decoded = '\t'; break;
            default: return false; // \u and anything else: for nlohmann
            }
            out += decoded;
            m_p += 2;
            run = m_p;
        }
        return false;
    }

    template <typename Handler>
    bool number(Handler& handler)
    {
        const char* start = m_p;
        const bool negative = peek() == '-';
        if (negative)
            ++m_p;
        if (peek() == '0') {
            ++m_p;
        } else if (peek() >= '1' && peek() <= '9') {
            while (isDigit(peek()))
                ++m_p;
        } else {
            return false;
        }
        const char* integerEnd = m_p;
        bool decimal = false;
        if (peek() == '.') {
            decimal = true;
            ++m_p;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_p;
        }
        if (peek() == 'e' || peek() == 'E') {
            decimal = true;
            ++m_p;
            if (peek() == '+' || peek() == '-')
                ++m_p;
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                ++m_p;
        }
        if (!decimal) {
            const char* digits = start + (negative ? 1 : 0);
            if (integerEnd - digits > 18)
                return false; // nlohmann's overflow rules are its own business
            std::uint64_t v = 0;
            for (const char* d = digits; d < integerEnd; ++d)
                v = v * 10 + std::uint64_t(*d - '0');
            return negative ? handler.number_integer(-std::int64_t(v)) : handler.number_unsigned(v);
        }
        m_token.assign(start, m_p);
        char* parsedEnd = nullptr;
        const double v = std::strtod(m_token.c_str(), &parsedEnd);
        // A locale whose decimal point is not '.' stops strtod early: nlohmann handles that.
        if (parsedEnd != m_token.c_str() + m_token.size() || !std::isfinite(v))
            return false;
        return handler.number_float(v, m_token);
    }

    const char* m_p;
    const char* m_end;
    std::string m_token;
};

} // namespace sky
