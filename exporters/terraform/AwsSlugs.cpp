#include "exporters/terraform/AwsSlugs.h"

#include "exporters/terraform/TerraformNames.h"

#include <QSet>
#include <functional>

namespace sky {

namespace {

constexpr int kLongest = AwsSlugs::kLengths.back();

/// slug(id, length) from slug(id, longer): the first `length` characters, without a trailing hyphen.
QStringView cut(const QString& slug, int length)
{
    QStringView s = QStringView(slug).left(length);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s;
}

/// FNV-1a of the id's UTF-16 units: a stable hash (qHash is seeded per process).
quint32 stableHash(const QString& id)
{
    quint32 h = 2166136261u;
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

/// `slug` cut to leave room for `-` and `digits` hex digits of the id's hash.
QString hashed(const QString& slug, const QString& id, int length, int digits)
{
    const QString hex = QStringLiteral("%1").arg(stableHash(id), 8, 16, QLatin1Char('0')).left(digits);
    return cut(slug, length - digits - 1).toString() + QLatin1Char('-') + hex;
}

} // namespace

AwsSlugs::AwsSlugs(const std::vector<Component>& components)
    : m_components(components)
{
    // A slug shared at a length is shared at every shorter one (cuts of the same text), so
    // the components unique at the shortest length are unique at all of them.
    m_full.reserve(components.size());
    QHash<QStringView, int> uses;
    uses.reserve(qsizetype(components.size()));
    for (const Component& c : components) {
        m_full.push_back(TerraformNames::slug(c.id, kLongest));
        ++uses[cut(m_full.back(), kLengths.front())];
    }
    std::vector<qsizetype> shared;
    for (qsizetype i = 0; i < qsizetype(components.size()); ++i)
        if (uses.value(cut(m_full[size_t(i)], kLengths.front())) > 1)
            shared.push_back(i);
    if (shared.empty())
        return;
    for (size_t l = 0; l < kLengths.size(); ++l) {
        const int length = kLengths[l];
        QHash<QStringView, int> sameCut;
        for (const qsizetype i : shared)
            ++sameCut[cut(m_full[size_t(i)], length)];
        // Every name at this length, to keep a hashed slug clear of all the others.
        QSet<QString> taken;
        for (const QString& full : m_full)
            taken.insert(cut(full, length).toString());
        for (const qsizetype i : shared) {
            const QString& full = m_full[size_t(i)];
            QString slug = cut(full, length).toString();
            if (sameCut.value(cut(full, length)) > 1) {
                const QString& id = components[size_t(i)].id;
                slug = hashed(full, id, length, 4);
                if (taken.contains(slug))
                    slug = hashed(full, id, length, 8);
                taken.insert(slug);
            }
            m_distinct[i][l] = slug;
        }
    }
}

QString AwsSlugs::of(const Component& c, int length) const
{
    const std::less<const Component*> before;
    const Component* all = m_components.data();
    const bool ours = !m_components.empty() && !before(&c, all) && before(&c, all + m_components.size());
    Q_ASSERT(ours);
    if (!ours)
        return TerraformNames::slug(c.id, length);
    const qsizetype i = &c - all;
    for (size_t l = 0; l < kLengths.size(); ++l)
        if (kLengths[l] == length) {
            const auto distinct = m_distinct.constFind(i);
            return distinct == m_distinct.constEnd() ? cut(m_full[size_t(i)], length).toString() : (*distinct)[l];
        }
    Q_ASSERT_X(false, "AwsSlugs::of", "not one of kLengths");
    return TerraformNames::slug(c.id, length);
}

} // namespace sky
