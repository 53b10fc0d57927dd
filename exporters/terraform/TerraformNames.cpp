#include "exporters/terraform/TerraformNames.h"

namespace sky {

QString TerraformNames::identifier(const QString& componentId)
{
    if (const auto it = m_byId.constFind(componentId); it != m_byId.constEnd())
        return *it;
    QString base;
    for (const QChar c : componentId)
        base += ((c.isLetter() || c.isDigit()) && c.unicode() < 128) || c == QLatin1Char('_') ? c.toLower() : QLatin1Char('_');
    if (base.isEmpty() || !base.at(0).isLetter())
        base.prepend(QLatin1String("c_"));
    QString name = base;
    for (int n = 2; m_taken.contains(name); ++n)
        name = base + QLatin1Char('_') + QString::number(n);
    m_taken.insert(name);
    m_byId.insert(componentId, name);
    return name;
}

QString TerraformNames::slug(const QString& text, int maxLength)
{
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
