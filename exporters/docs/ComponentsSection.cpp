#include "exporters/docs/ComponentsSection.h"

#include "exporters/docs/DocText.h"
#include "model/Catalog.h"
#include "model/Design.h"

#include <QHash>

namespace sky {

using namespace DocText;

namespace {

// The phrasebook: every string of this section, in both languages.
struct Phrases {
    QString heading, intro, header, topLevel, unknownType;
};

const Phrases& phrases(const DocContext& context)
{
    static const Phrases en{
        QStringLiteral("## Components"),
        QStringLiteral("Every component of the design with the properties that matter most (values not set in the "
                       "design are the catalog's secure defaults)."),
        QStringLiteral("| Component | Type | Placed in | Key properties | Notes |\n|---|---|---|---|---|\n"),
        QStringLiteral("top level"),
        QStringLiteral("unknown type"),
    };
    static const Phrases es{
        QStringLiteral("## Inventario de componentes"),
        QStringLiteral("Todos los componentes del diseño con sus propiedades más relevantes (los valores que el "
                       "diseño no fija son los valores por defecto, seguros, del catálogo)."),
        QStringLiteral("| Componente | Tipo | Ubicación | Propiedades clave | Notas |\n|---|---|---|---|---|\n"),
        QStringLiteral("nivel superior"),
        QStringLiteral("tipo desconocido"),
    };
    return context.spanish() ? es : en;
}

/// The properties worth a column's space, per type; other types list every property.
const QHash<QString, QStringList>& keyProperties()
{
    static const QHash<QString, QStringList> keys{
        {QStringLiteral("cloudfront"), {QStringLiteral("viewer_protocol_policy"), QStringLiteral("minimum_tls"), QStringLiteral("price_class"), QStringLiteral("waf")}},
        {QStringLiteral("s3_bucket"), {QStringLiteral("purpose"), QStringLiteral("block_public_access"), QStringLiteral("versioning"), QStringLiteral("encryption")}},
        {QStringLiteral("alb"), {QStringLiteral("internet_facing"), QStringLiteral("http_listener"), QStringLiteral("ssl_policy"), QStringLiteral("access_logs")}},
        {QStringLiteral("ecs_fargate_service"), {QStringLiteral("image"), QStringLiteral("cpu"), QStringLiteral("memory"), QStringLiteral("min_tasks"), QStringLiteral("max_tasks"), QStringLiteral("scale_on_cpu_percent"), QStringLiteral("scale_on_memory_percent")}},
        {QStringLiteral("rds_postgres"), {QStringLiteral("engine_version"), QStringLiteral("instance_class"), QStringLiteral("multi_az"), QStringLiteral("backup_retention_days"), QStringLiteral("storage_encrypted")}},
        {QStringLiteral("cloudwatch"), {QStringLiteral("log_retention_days"), QStringLiteral("alarm_email"), QStringLiteral("alb_latency_threshold_ms"), QStringLiteral("cpu_threshold_percent")}},
        {QStringLiteral("vpc"), {QStringLiteral("cidr"), QStringLiteral("az_count"), QStringLiteral("flow_logs")}},
    };
    return keys;
}

} // namespace

QString ComponentsSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context);
    QString out = p.heading + QStringLiteral("\n\n") + p.intro + QStringLiteral("\n\n") + p.header;
    for (const Component& c : context.design.components()) {
        const ComponentType* type = context.catalog.type(c.type);
        QStringList keys = keyProperties().value(c.type);
        if (keys.isEmpty() && type)
            for (const PropertySpec& spec : type->properties)
                keys << spec.key;
        QStringList properties;
        for (const QString& key : keys)
            properties << QStringLiteral("%1: %2").arg(md(key), value(context, c, key));
        // Values the catalog does not know are listed too, so nothing in the file is hidden.
        for (auto it = c.properties.begin(); it != c.properties.end(); ++it)
            if (!keys.contains(QString::fromStdString(it.key())))
                properties << QStringLiteral("%1: %2").arg(md(QString::fromStdString(it.key())),
                                                          md(QString::fromStdString(it.value().dump())));
        const Component* parent = context.design.component(c.parent);
        const QString typeText = type ? md(type->label) : md(c.type) + QStringLiteral(" (") + p.unknownType + QLatin1Char(')');
        out += QStringLiteral("| ") + name(context, c) + QStringLiteral(" | ") + typeText + QStringLiteral(" | ")
            + (parent ? md(context.catalog.displayName(*parent)) : p.topLevel) + QStringLiteral(" | ")
            + (properties.isEmpty() ? QStringLiteral("—") : properties.join(QStringLiteral("; "))) + QStringLiteral(" | ")
            + (c.notes.isEmpty() ? QStringLiteral("—") : md(c.notes)) + QStringLiteral(" |\n");
    }
    return out + QLatin1Char('\n');
}

} // namespace sky
