#include "exporters/docs/DocText.h"

#include "exporters/Escaping.h"
#include "exporters/docs/DocSection.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/Protocols.h"

namespace sky::DocText {

QString md(const QString& text) { return Escaping::markdown(text); }

QString name(const DocContext& context, const Component& component)
{
    return QStringLiteral("**") + md(context.catalog.displayName(component)) + QStringLiteral("**");
}

QString name(const DocContext& context, const QString& id)
{
    const Component* component = context.design.component(id);
    return component ? name(context, *component) : md(id);
}

QString fill(const QString& pattern, const QStringList& values)
{
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()
            && pattern.at(i + 1) != QLatin1Char('0')) {
            const int index = pattern.at(i + 1).digitValue() - 1;
            out += index < values.size() ? values.at(index) : QString();
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString value(const DocContext& context, const Component& component, const QString& key)
{
    const Json v = context.catalog.effectiveProperty(component, key);
    if (v.is_boolean())
        return context.spanish() ? (v.get<bool>() ? QStringLiteral("sí") : QStringLiteral("no"))
                                 : (v.get<bool>() ? QStringLiteral("yes") : QStringLiteral("no"));
    if (v.is_string())
        return md(QString::fromStdString(v.get<std::string>()));
    if (v.is_null())
        return QStringLiteral("—");
    return md(QString::fromStdString(v.dump()));
}

bool flag(const DocContext& context, const Component& component, const QString& key)
{
    const Json v = context.catalog.effectiveProperty(component, key);
    return v.is_boolean() && v.get<bool>();
}

int integer(const DocContext& context, const Component& component, const QString& key)
{
    const Json v = context.catalog.effectiveProperty(component, key);
    return v.is_number() ? int(v.get<double>()) : 0;
}

QString text(const DocContext& context, const Component& component, const QString& key)
{
    const Json v = context.catalog.effectiveProperty(component, key);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString protocolAndPort(const DocContext& context, const Connection& connection)
{
    const auto port = Protocols::effectivePort(connection);
    const QString protocol = Protocols::displayName(connection.protocol);
    if (!port)
        return protocol;
    return fill(context.spanish() ? QStringLiteral("%1 por el puerto %2") : QStringLiteral("%1 on port %2"),
                {protocol, QString::number(*port)});
}

std::vector<const Component*> ofType(const Design& design, const QString& type)
{
    std::vector<const Component*> out;
    for (const Component& c : design.components())
        if (c.type == type)
            out.push_back(&c);
    return out;
}

const Component* enclosing(const Design& design, const Component& component, const QString& type)
{
    int guard = 0;
    for (const Component* c = design.component(component.parent); c && guard < 64; c = design.component(c->parent), ++guard)
        if (c->type == type)
            return c;
    return nullptr;
}

QString joinList(const DocContext& context, const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", "))
        + (context.spanish() ? QStringLiteral(" y ") : QStringLiteral(" and ")) + items.last();
}

} // namespace sky::DocText
