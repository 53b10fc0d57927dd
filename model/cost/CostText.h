#pragma once

#include <QString>
#include <type_traits>

namespace sky {

/// A sentence of the cost engine in English and in Spanish, filled in like QString::arg: a
/// CostText argument fills each language with its own wording, any other argument (a number,
/// a price, a component id) fills both alike. The English text is what `skyforge cost` prints;
/// the Spanish one is for the Spanish architecture document.
struct CostText {
    QString en;
    QString es;

    template <typename... Args> CostText arg(const Args&... args) const
    {
        return {en.arg(pick(args, false)...), es.arg(pick(args, true)...)};
    }
    CostText operator+(const CostText& other) const { return {en + other.en, es + other.es}; }
    CostText& operator+=(const CostText& other)
    {
        en += other.en;
        es += other.es;
        return *this;
    }
    const QString& in(bool spanish) const { return spanish ? es : en; }

private:
    template <typename T> static decltype(auto) pick(const T& value, bool spanish)
    {
        if constexpr (std::is_same_v<T, CostText>)
            return spanish ? value.es : value.en;
        else
            return (value);
    }
};

/// The same words in both languages (numbers, prices, ids, product names).
inline CostText sameText(const QString& text) { return {text, text}; }

} // namespace sky
