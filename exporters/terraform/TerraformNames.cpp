#include "exporters/terraform/TerraformNames.h"

#include <algorithm>

namespace sky {

QString TerraformNames::identifier(const QString& componentId)
{
    if (const auto it = m_byId.constFind(componentId); it != m_byId.constEnd())
        return *it;
    // ASCII letters and digits stay (lower-cased), anything else becomes '_'; written in place,
    // as the export asks for every component's identifier.
    QString base(componentId.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(base.data());
    for (const QChar c : componentId) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u += u'a' - u'A';
        *out++ = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ? u : u'_';
    }
    if (base.isEmpty() || !base.at(0).isLetter())
        base.prepend(QLatin1String("c_"));
    QString name = base;
    for (int n = 2; m_taken.contains(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    m_taken.insert(name);
    m_byId.insert(componentId, name);
    return name;
}

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

/// slug() of ASCII text, built in place: ids are ASCII, and the generators ask for several
/// slugs per component.
QString asciiSlug(QStringView text, int maxLength)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t* units = reinterpret_cast<char16_t*>(out.data());
    qsizetype size = 0;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            u += u'a' - u'A';
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            units[size++] = u;
        else if (size > 0 && units[size - 1] != u'-')
            units[size++] = u'-';
    }
    qsizetype start = 0;
    while (start < size && !(units[start] >= u'a' && units[start] <= u'z'))
        ++start;
    qsizetype end = std::min(size, start + qsizetype(std::max(maxLength, 0)));
    while (end > start && units[end - 1] == u'-')
        --end;
    if (end == start)
        return QStringLiteral("skyforge").left(maxLength);
    out.truncate(end);
    out.remove(0, start);
    return out;
}

} // namespace

QString TerraformNames::slug(const QString& text, int maxLength)
{
    if (isAscii(text))
        return asciiSlug(text, maxLength);
    QString out;
    for (const QChar c : text.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (!out.isEmpty() && !out.at(0).isLetter())
        out.remove(0, 1);
    out.truncate(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("skyforge").left(maxLength) : out;
}

QString TerraformNames::modulePrefix(const QString& designName)
{
    const QString prefix = slug(designName, 20);
    return prefix.size() < 2 ? slug(QStringLiteral("sf-") + prefix, 20) : prefix;
}

} // namespace sky
