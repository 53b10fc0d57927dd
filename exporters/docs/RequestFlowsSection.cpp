#include "exporters/docs/RequestFlowsSection.h"

#include "exporters/docs/DocText.h"
#include "exporters/docs/RequestFlows.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/DesignSettings.h"
#include "model/Protocols.h"

namespace sky {

using namespace DocText;

namespace {

// The phrasebook: every string of this section, in both languages.
struct Phrases {
    QString heading, intro, none, pathHeading;
    QString dns, noDns, hop;
    QString cloudfrontEntry, cloudfrontNoCert, viewerRedirect, viewerHttpsOnly, viewerAllowAll;
    QString albEntry, albInternal, albPublic, albNoCert, listenerRedirect, listenerForward, listenerNone;
    QString genericEntry;
    QString s3FromCdn, s3Private, s3Public, s3Generic;
    QString ecsFromAlb, tierPrivate, tierPublic, sideCalls, callSecret, callEcr, callLogs, callOther;
    QString rdsFromApp, multiAz, singleAz;
    QString genericHop;
    QString response, servedBy, objectStorage, database;
};

const Phrases& phrases(const DocContext& context)
{
    static const Phrases en{
        QStringLiteral("## Request flows"),
        QStringLiteral("Each path starts when a user's browser opens a connection and ends where the request is "
                       "served. Names are the design's own; protocols and ports are those of its connections."),
        QStringLiteral("The design has no `users` component with a traffic connection, so there is no request "
                       "flow to describe yet: draw one from Users to the edge service (CloudFront, a load "
                       "balancer)."),
        QStringLiteral("### %1. %2"),
        QStringLiteral("**DNS.** The browser resolves %1 with the Route 53 hosted zone %2, whose alias record "
                       "points the name at %3 (DNS, port 53)."),
        QStringLiteral("**DNS.** No Route 53 record in the design points at %1: clients reach it by the name AWS "
                       "assigns to it."),
        QStringLiteral("%1 → %2 (%3). "),
        QStringLiteral("The browser opens a TLS connection to the nearest CloudFront edge location. %1 terminates "
                       "TLS there with the ACM certificate %2 (%3), accepts nothing older than %4 and %5. Files "
                       "already in the edge cache are answered at once, without reaching the origin."),
        QStringLiteral("The browser opens a TLS connection to the nearest edge location of %1, which terminates "
                       "TLS with CloudFront's default certificate (no ACM certificate is attached in the design, "
                       "so a custom domain cannot be served over HTTPS) and %2."),
        QStringLiteral("redirects any plain-HTTP request to HTTPS"),
        QStringLiteral("refuses plain HTTP"),
        QStringLiteral("also serves plain HTTP (allow-all: HTTPS is not forced)"),
        QStringLiteral("The React app running in the browser calls the REST API. %1, %2 in the subnets %3, "
                       "terminates TLS with the ACM certificate %4 (%5) under the policy %6; %7"),
        QStringLiteral("an internal Application Load Balancer"),
        QStringLiteral("an internet-facing Application Load Balancer"),
        QStringLiteral("The React app running in the browser calls the REST API. %1, %2 in the subnets %3, has no "
                       "ACM certificate attached in the design, so it cannot terminate HTTPS; %4"),
        QStringLiteral("its port-80 listener only redirects to HTTPS."),
        QStringLiteral("its port-80 listener still forwards plain HTTP (HTTPS is not forced)."),
        QStringLiteral("it has no port-80 listener."),
        QStringLiteral("The client sends the request to %1."),
        QStringLiteral("On a cache miss CloudFront requests the object from the S3 bucket %1, signing the request "
                       "with origin access control (OAC); %2 S3 returns the React build (index.html and the "
                       "JavaScript and CSS bundles), which CloudFront caches at the edge."),
        QStringLiteral("the bucket blocks all public access, so only this distribution can read it."),
        QStringLiteral("the bucket does not block public access, so its objects can be reached around CloudFront."),
        QStringLiteral("%1 reads the object from the S3 bucket %2."),
        QStringLiteral("The load balancer forwards the request to a healthy task of %1, one of %2 to %3 Fargate "
                       "tasks in the %4 subnets %5; a task that fails the health check on %6 gets no traffic. "
                       "Inside the container Gunicorn accepts the request on port %7 and hands it to a Django "
                       "worker, which runs the view."),
        QStringLiteral("private"),
        QStringLiteral("public"),
        QStringLiteral("Beside the request path, each task %1."),
        QStringLiteral("reads %1 from Secrets Manager when it starts"),
        QStringLiteral("pulls its image from %1"),
        QStringLiteral("sends its logs to %1"),
        QStringLiteral("calls %1"),
        QStringLiteral("Django queries %1 (RDS PostgreSQL %2 on %3) inside the VPC: the database sits in the "
                       "private subnets %4 and its security group admits port %5 only from the service's "
                       "security group. %6"),
        QStringLiteral("It is Multi-AZ: every write is copied synchronously to a standby in another availability "
                       "zone."),
        QStringLiteral("It is a single-AZ instance: one database in one availability zone."),
        QStringLiteral("%1 passes the request to %2."),
        QStringLiteral("**Response.** The answer travels back the same way: %1. %2"),
        QStringLiteral("The request was served by %1 (%2)."),
        QStringLiteral("object storage"),
        QStringLiteral("the database"),
    };
    static const Phrases es{
        QStringLiteral("## Flujo de las peticiones"),
        QStringLiteral("Cada recorrido empieza cuando el navegador del usuario abre una conexión y termina donde se "
                       "atiende la petición. Los nombres son los del propio diseño; los protocolos y puertos, los "
                       "de sus conexiones."),
        QStringLiteral("El diseño no tiene un componente `users` con una conexión de tráfico, así que todavía no hay "
                       "flujo que describir: dibuja una conexión desde los usuarios hasta el servicio de borde "
                       "(CloudFront o un balanceador)."),
        QStringLiteral("### %1. %2"),
        QStringLiteral("**DNS.** El navegador resuelve %1 en la zona alojada de Route 53 %2, cuyo registro alias "
                       "apunta a %3 (DNS, puerto 53)."),
        QStringLiteral("**DNS.** Ningún registro de Route 53 del diseño apunta a %1: los clientes llegan a través del "
                       "nombre que le asigna AWS."),
        QStringLiteral("%1 → %2 (%3). "),
        QStringLiteral("El navegador abre una conexión TLS con la ubicación de borde de CloudFront más cercana. Allí "
                       "%1 termina TLS con el certificado de ACM %2 (%3), no admite nada anterior a %4 y %5. Lo que "
                       "ya está en la caché del borde se responde al momento, sin llegar al origen."),
        QStringLiteral("El navegador abre una conexión TLS con la ubicación de borde de %1 más cercana, que termina "
                       "TLS con el certificado por defecto de CloudFront (el diseño no le asocia ningún certificado "
                       "de ACM, así que un dominio propio no puede servirse por HTTPS) y %2."),
        QStringLiteral("redirige a HTTPS cualquier petición HTTP"),
        QStringLiteral("rechaza el HTTP sin cifrar"),
        QStringLiteral("también sirve HTTP sin cifrar (allow-all: HTTPS no es obligatorio)"),
        QStringLiteral("La aplicación React, ya en el navegador, llama a la API REST. %1, %2 en las subredes %3, "
                       "termina TLS con el certificado de ACM %4 (%5) con la política %6; %7"),
        QStringLiteral("un Application Load Balancer interno"),
        QStringLiteral("un Application Load Balancer expuesto a Internet"),
        QStringLiteral("La aplicación React, ya en el navegador, llama a la API REST. %1, %2 en las subredes %3, no "
                       "tiene ningún certificado de ACM asociado en el diseño, así que no puede terminar HTTPS; %4"),
        QStringLiteral("su listener del puerto 80 solo redirige a HTTPS."),
        QStringLiteral("su listener del puerto 80 sigue reenviando HTTP sin cifrar (HTTPS no es obligatorio)."),
        QStringLiteral("no tiene listener en el puerto 80."),
        QStringLiteral("El cliente envía la petición a %1."),
        QStringLiteral("Si el objeto no está en caché, CloudFront lo pide al bucket de S3 %1 firmando la petición "
                       "con Origin Access Control (OAC); %2 S3 devuelve el build de React (index.html y los paquetes "
                       "de JavaScript y CSS) y CloudFront lo guarda en la caché del borde."),
        QStringLiteral("el bucket bloquea todo acceso público, de modo que solo esta distribución puede leerlo."),
        QStringLiteral("el bucket no bloquea el acceso público, así que sus objetos pueden leerse sin pasar por "
                       "CloudFront."),
        QStringLiteral("%1 lee el objeto del bucket de S3 %2."),
        QStringLiteral("El balanceador reenvía la petición a una tarea sana de %1, una de entre %2 y %3 tareas de "
                       "Fargate en las subredes %4 %5; una tarea que no supera el health check en %6 deja de "
                       "recibir tráfico. Dentro del contenedor, Gunicorn acepta la petición en el puerto %7 y se la "
                       "pasa a un worker de Django, que ejecuta la vista."),
        QStringLiteral("privadas"),
        QStringLiteral("públicas"),
        QStringLiteral("Fuera del camino de la petición, cada tarea %1."),
        QStringLiteral("lee %1 de Secrets Manager al arrancar"),
        QStringLiteral("descarga su imagen de %1"),
        QStringLiteral("envía sus logs a %1"),
        QStringLiteral("llama a %1"),
        QStringLiteral("Django consulta %1 (RDS PostgreSQL %2 en una instancia %3) dentro de la VPC: la base de datos está en "
                       "las subredes privadas %4 y su grupo de seguridad solo admite el puerto %5 desde el grupo de "
                       "seguridad del servicio. %6"),
        QStringLiteral("Es Multi-AZ: cada escritura se replica de forma síncrona en una réplica en espera en otra "
                       "zona de disponibilidad."),
        QStringLiteral("Es una instancia en una sola AZ: una única base de datos en una única zona de "
                       "disponibilidad."),
        QStringLiteral("%1 pasa la petición a %2."),
        QStringLiteral("**Respuesta.** La respuesta vuelve por el mismo camino: %1. %2"),
        QStringLiteral("La petición la atendió %1 (%2)."),
        QStringLiteral("almacenamiento de objetos"),
        QStringLiteral("la base de datos"),
    };
    return context.spanish() ? es : en;
}

/// The public name a client resolves for an edge service.
QString domainFor(const DocContext& context, const Component& edge)
{
    if (const Component* cert = RequestFlows::certificateFor(context.design, edge.id)) {
        const QString domain = text(context, *cert, QStringLiteral("domain"));
        if (!domain.startsWith(QLatin1String("*.")))
            return domain;
    }
    if (edge.type == QLatin1String("cloudfront"))
        return DesignSettings::appDomain(context.design);
    if (edge.type == QLatin1String("alb"))
        return DesignSettings::apiDomain(context.design);
    if (const Component* zone = RequestFlows::dnsZoneFor(context.design, edge.id))
        return text(context, *zone, QStringLiteral("domain"));
    return context.catalog.displayName(edge);
}

QString subnetName(const DocContext& context, const Component& c)
{
    const Component* subnet = enclosing(context.design, c, QStringLiteral("subnet"));
    return subnet ? name(context, *subnet) : QStringLiteral("—");
}

QString entryStep(const DocContext& context, const Phrases& p, const Component& edge)
{
    const Component* cert = RequestFlows::certificateFor(context.design, edge.id);
    if (edge.type == QLatin1String("cloudfront")) {
        const QString policy = text(context, edge, QStringLiteral("viewer_protocol_policy"));
        const QString viewer = policy == QLatin1String("allow-all") ? p.viewerAllowAll
            : policy == QLatin1String("https-only")                  ? p.viewerHttpsOnly
                                                                     : p.viewerRedirect;
        if (!cert)
            return fill(p.cloudfrontNoCert, {name(context, edge), viewer});
        return fill(p.cloudfrontEntry, {name(context, edge), name(context, *cert), value(context, *cert, QStringLiteral("domain")),
                                        value(context, edge, QStringLiteral("minimum_tls")), viewer});
    }
    if (edge.type == QLatin1String("alb")) {
        const QString listener = text(context, edge, QStringLiteral("http_listener"));
        const QString port80 = listener == QLatin1String("forward") ? p.listenerForward
            : listener == QLatin1String("none")                      ? p.listenerNone
                                                                     : p.listenerRedirect;
        const QString kind = flag(context, edge, QStringLiteral("internet_facing")) ? p.albPublic : p.albInternal;
        if (!cert)
            return fill(p.albNoCert, {name(context, edge), kind, subnetName(context, edge), port80});
        return fill(p.albEntry, {name(context, edge), kind, subnetName(context, edge), name(context, *cert),
                                 value(context, *cert, QStringLiteral("domain")), value(context, edge, QStringLiteral("ssl_policy")),
                                 port80});
    }
    return fill(p.genericEntry, {name(context, edge)});
}

QString sideCalls(const DocContext& context, const Phrases& p, const Component& service)
{
    QStringList calls;
    for (const Connection* call : RequestFlows::awsApiCalls(context.design, service.id)) {
        const Component& to = *context.design.component(call->to);
        const QString& pattern = to.type == QLatin1String("secrets_manager_secret") ? p.callSecret
            : to.type == QLatin1String("ecr_repository")                            ? p.callEcr
            : to.type == QLatin1String("cloudwatch")                                ? p.callLogs
                                                                                    : p.callOther;
        calls << fill(pattern, {name(context, to)});
    }
    return calls.isEmpty() ? QString() : QLatin1Char(' ') + fill(p.sideCalls, {joinList(context, calls)});
}

QString hopStep(const DocContext& context, const Phrases& p, const Connection& hop)
{
    const Component& from = *context.design.component(hop.from);
    const Component& to = *context.design.component(hop.to);
    if (to.type == QLatin1String("s3_bucket")) {
        if (from.type != QLatin1String("cloudfront"))
            return fill(p.s3Generic, {name(context, from), name(context, to)});
        return fill(p.s3FromCdn, {name(context, to), flag(context, to, QStringLiteral("block_public_access")) ? p.s3Private : p.s3Public});
    }
    if (to.type == QLatin1String("ecs_fargate_service")) {
        const Component* subnet = enclosing(context.design, to, QStringLiteral("subnet"));
        const bool isPublic = subnet && text(context, *subnet, QStringLiteral("tier")) == QLatin1String("public");
        const auto port = Protocols::effectivePort(hop);
        return fill(p.ecsFromAlb, {name(context, to), value(context, to, QStringLiteral("min_tasks")),
                                   value(context, to, QStringLiteral("max_tasks")), isPublic ? p.tierPublic : p.tierPrivate,
                                   subnetName(context, to), value(context, to, QStringLiteral("health_check_path")),
                                   port ? QString::number(*port) : value(context, to, QStringLiteral("container_port"))})
            + sideCalls(context, p, to);
    }
    if (to.type == QLatin1String("rds_postgres")) {
        const auto port = Protocols::effectivePort(hop);
        return fill(p.rdsFromApp, {name(context, to), value(context, to, QStringLiteral("engine_version")),
                                   value(context, to, QStringLiteral("instance_class")), subnetName(context, to),
                                   port ? QString::number(*port) : QStringLiteral("5432"),
                                   flag(context, to, QStringLiteral("multi_az")) ? p.multiAz : p.singleAz});
    }
    return fill(p.genericHop, {name(context, from), name(context, to)});
}

} // namespace

QString RequestFlowsSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context);
    const Design& design = context.design;
    QString out = p.heading + QStringLiteral("\n\n") + p.intro + QStringLiteral("\n\n");
    const std::vector<RequestFlows::Path> paths = RequestFlows::paths(design);
    if (paths.empty())
        return out + p.none + QStringLiteral("\n\n");
    int number = 0;
    for (const RequestFlows::Path& path : paths) {
        QStringList chain{name(context, path.hops.front()->from)};
        QStringList plainChain{md(context.catalog.displayName(*design.component(path.hops.front()->from)))};
        for (const Connection* hop : path.hops) {
            chain << name(context, hop->to);
            plainChain << md(context.catalog.displayName(*design.component(hop->to)));
        }
        out += fill(p.pathHeading, {QString::number(++number), plainChain.join(QStringLiteral(" → "))}) + QStringLiteral("\n\n");
        const Component& edge = *design.component(path.hops.front()->to);
        int step = 0;
        const auto item = [&](const QString& text) { out += QString::number(++step) + QStringLiteral(". ") + text + QLatin1Char('\n'); };
        const QString domain = domainFor(context, edge);
        if (const Component* zone = RequestFlows::dnsZoneFor(design, edge.id))
            item(fill(p.dns, {md(domain), name(context, *zone), name(context, edge)}));
        else
            item(fill(p.noDns, {name(context, edge)}));
        for (size_t i = 0; i < path.hops.size(); ++i) {
            const Connection& hop = *path.hops[i];
            const QString head = fill(p.hop, {name(context, hop.from), name(context, hop.to), protocolAndPort(context, hop)});
            item(head + (i == 0 ? entryStep(context, p, edge) : hopStep(context, p, hop)));
        }
        QStringList back;
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            back << *it;
        const Component& end = *design.component(path.hops.back()->to);
        const QString kind = end.type == QLatin1String("s3_bucket")      ? p.objectStorage
            : end.type == QLatin1String("rds_postgres")                  ? p.database
                                                                         : md(context.catalog.type(end.type)
                                                                                  ? context.catalog.type(end.type)->label
                                                                                  : end.type);
        item(fill(p.response, {back.join(QStringLiteral(" → ")), fill(p.servedBy, {name(context, end), kind})}));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace sky
