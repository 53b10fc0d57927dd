#include "exporters/docs/DiagramSection.h"

#include "exporters/docs/MermaidFlowchart.h"
#include "model/Catalog.h"

namespace sky {

namespace {

// The phrasebook: every string of this section, in both languages.
struct Phrases {
    QString heading, alt, mermaidIntro, awsCloud;
};

const Phrases& phrases(const DocContext& context)
{
    static const Phrases en{
        QStringLiteral("## Architecture diagram"),
        QStringLiteral("Architecture diagram"),
        QStringLiteral("The same design as a Mermaid flowchart (GitHub renders it; solid arrows carry traffic, dotted "
                       "ones are AWS API calls, DNS records and certificates):"),
        QStringLiteral("AWS Cloud"),
    };
    static const Phrases es{
        QStringLiteral("## Diagrama de arquitectura"),
        QStringLiteral("Diagrama de arquitectura"),
        QStringLiteral("El mismo diseño como diagrama de flujo de Mermaid (GitHub lo dibuja; las flechas continuas "
                       "llevan tráfico y las punteadas son llamadas a la API de AWS, registros DNS y certificados):"),
        QStringLiteral("Nube de AWS"),
    };
    return context.spanish() ? es : en;
}

} // namespace

QString DiagramSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context);
    // The file name is ours (never user text), so it needs no escaping.
    return p.heading + QStringLiteral("\n\n![") + p.alt + QStringLiteral("](") + context.diagramFile + QStringLiteral(")\n\n")
        + p.mermaidIntro + QStringLiteral("\n\n```mermaid\n")
        + MermaidFlowchart::build(context.design, context.catalog, p.awsCloud) + QStringLiteral("```\n\n");
}

} // namespace sky
