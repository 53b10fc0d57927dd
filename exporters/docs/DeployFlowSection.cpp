#include "exporters/docs/DeployFlowSection.h"

#include "exporters/docs/DocText.h"
#include "exporters/docs/RequestFlows.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/Protocols.h"

namespace sky {

using namespace DocText;

namespace {

// The phrasebook: every string of this section, in both languages.
struct Phrases {
    QString heading, trigger, oidc, push, pushFlags, deploy, pull, pullNat, none;
};

const Phrases& phrases(const DocContext& context)
{
    static const Phrases en{
        QStringLiteral("### Deploy flow: %1"),
        QStringLiteral("A push to the branch %1 of the repository %2 starts the workflow in %3: it installs the "
                       "dependencies and runs the Django tests; a failing test stops the pipeline there."),
        QStringLiteral("The job gets short-lived AWS credentials through OpenID Connect: it assumes an IAM role whose "
                       "trust policy accepts only tokens issued for %1 on %2. No access keys are stored in GitHub."),
        QStringLiteral("%1 → %2 (%3): the job builds the Docker image and pushes it to %2, tagged with the "
                       "commit SHA%4."),
        QStringLiteral(" (tags are immutable and every image is scanned on push)"),
        QStringLiteral("%1 → %2 (%3): the job registers a new revision of the task definition with that image "
                       "and updates the service %2. ECS runs a rolling deployment: it starts tasks of the new "
                       "revision, waits until they pass the load balancer's health check on %4, then drains and "
                       "stops the old ones, so at least %5 tasks keep serving throughout."),
        QStringLiteral("The new tasks pull the image from %1."),
        QStringLiteral("The new tasks pull the image from %1 through %2, since they have no public address."),
        QStringLiteral("%1 has no connection to an ECR repository or an ECS service yet: draw `aws-api` "
                       "connections for \"push image\" and \"deploy\"."),
    };
    static const Phrases es{
        QStringLiteral("### Flujo de despliegue: %1"),
        QStringLiteral("Un push a la rama %1 del repositorio %2 lanza el workflow en %3: instala las dependencias y "
                       "ejecuta los tests de Django; si falla un test, el pipeline se detiene ahí."),
        QStringLiteral("El job obtiene credenciales temporales de AWS mediante OpenID Connect: asume un rol de IAM "
                       "cuya política de confianza solo acepta tokens emitidos para %1 en la rama %2. En GitHub no "
                       "se guarda ninguna access key."),
        QStringLiteral("%1 → %2 (%3): el job construye la imagen Docker y la sube a %2, etiquetada con el SHA "
                       "del commit%4."),
        QStringLiteral(" (las etiquetas son inmutables y cada imagen se escanea al subirla)"),
        QStringLiteral("%1 → %2 (%3): el job registra una nueva revisión de la task definition con esa imagen y "
                       "actualiza el servicio %2. ECS hace un despliegue rolling: arranca tareas de la nueva "
                       "revisión, espera a que pasen el health check del balanceador en %4 y después drena y para las "
                       "antiguas, de modo que siempre quedan al menos %5 tareas atendiendo."),
        QStringLiteral("Las nuevas tareas descargan la imagen de %1."),
        QStringLiteral("Las nuevas tareas descargan la imagen de %1 a través de %2, ya que no tienen IP pública."),
        QStringLiteral("%1 aún no tiene conexión con un repositorio de ECR ni con un servicio de ECS: dibuja "
                       "conexiones `aws-api` para \"push image\" y \"deploy\"."),
    };
    return context.spanish() ? es : en;
}

} // namespace

QString DeployFlowSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context);
    const Design& design = context.design;
    QString out;
    for (const Component* ci : ofType(design, QStringLiteral("github_actions"))) {
        int step = 0;
        QString steps;
        const auto item = [&](const QString& text) { steps += QString::number(++step) + QStringLiteral(". ") + text + QLatin1Char('\n'); };
        const QString repository = value(context, *ci, QStringLiteral("repository"));
        const QString branch = value(context, *ci, QStringLiteral("branch"));
        item(fill(p.trigger, {branch, repository, name(context, *ci)}));
        item(fill(p.oidc, {repository, branch}));
        QStringList chain{name(context, *ci)};
        std::vector<const Component*> services;
        for (const Connection* call : RequestFlows::awsApiCalls(design, ci->id)) {
            const Component& to = *design.component(call->to);
            const QString what = call->label.isEmpty() ? Protocols::displayName(call->protocol) : md(call->label);
            if (to.type == QLatin1String("ecr_repository")) {
                const bool strict = flag(context, to, QStringLiteral("immutable_tags")) && flag(context, to, QStringLiteral("scan_on_push"));
                item(fill(p.push, {name(context, *ci), name(context, to), what, strict ? p.pushFlags : QString()}));
                chain << name(context, to);
            } else if (to.type == QLatin1String("ecs_fargate_service")) {
                item(fill(p.deploy, {name(context, *ci), name(context, to), what, value(context, to, QStringLiteral("health_check_path")),
                                     value(context, to, QStringLiteral("min_tasks"))}));
                chain << name(context, to);
                services.push_back(&to);
            }
        }
        for (const Component* service : services)
            for (const Connection* call : RequestFlows::awsApiCalls(design, service->id)) {
                const Component& to = *design.component(call->to);
                if (to.type != QLatin1String("ecr_repository"))
                    continue;
                const std::vector<const Component*> nats = ofType(design, QStringLiteral("nat_gateway"));
                item(nats.empty() || flag(context, *service, QStringLiteral("assign_public_ip"))
                         ? fill(p.pull, {name(context, to)})
                         : fill(p.pullNat, {name(context, to), name(context, *nats.front())}));
            }
        out += fill(p.heading, {chain.join(QStringLiteral(" → ")).remove(QStringLiteral("**"))}) + QStringLiteral("\n\n");
        out += chain.size() == 1 ? fill(p.none, {name(context, *ci)}) + QLatin1Char('\n') : steps;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace sky
