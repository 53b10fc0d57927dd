#include "exporters/docs/DecisionsSection.h"

#include "exporters/docs/DocText.h"
#include "exporters/docs/RequestFlows.h"
#include "model/Catalog.h"
#include "model/Design.h"
#include "model/DesignSettings.h"

namespace sky {

using namespace DocText;

namespace {

/// One decision record: each field a pattern with %1..%9 filled from the design.
struct Record {
    QString title, context, decision, alternatives, consequences;
};

// The phrasebook: every string of this section, in both languages.
struct Phrases {
    QString heading, intro, none, labels[4], recordHeading;
    Record fargate, multiAz, singleAz, privateSubnets, cloudfront, alb, scaling, secrets, oidc, alarms, albLogs;
    QString spot, backupsOff, singleAzProduction, natShared, natPerAz, natNone, oacPrivate, oacPublic, websiteOn,
        listenerRedirect, listenerForward, listenerNone, on, off, rotationOff, minOne, albLogsOn, albLogsOff, noCert;
};

const Phrases& phrases(const DocContext& context)
{
    static const Phrases en{
        QStringLiteral("## Design decisions"),
        QStringLiteral("One short record per significant choice present in the design, written from its actual "
                       "values."),
        QStringLiteral("The design has none of the services these records cover yet."),
        {QStringLiteral("Context"), QStringLiteral("Decision"), QStringLiteral("Alternatives"), QStringLiteral("Consequences")},
        QStringLiteral("### D%1. %2"),
        {QStringLiteral("Containers on ECS Fargate rather than EC2"),
         QStringLiteral("The Django API ships as a Docker image and must follow a load that starts at about %1 daily "
                        "users and may grow tenfold; a small team has no one to spare for patching hosts."),
         QStringLiteral("Run %1 on Fargate: %2 CPU units and %3 MiB per task, %4 to %5 tasks%6."),
         QStringLiteral("ECS on EC2 instances (cheaper per vCPU under steady heavy load, but the team patches, scales "
                        "and packs the instances); App Runner or Elastic Beanstalk (less to configure, less control "
                        "over the network); EKS (Kubernetes is more than one service needs, plus its control-plane "
                        "fee)."),
         QStringLiteral("No servers to patch or size; each task gets its own network interface and security group in "
                        "the private subnets; billing is per vCPU-second and GB-second, a little more per unit than "
                        "EC2, which is worth it at this size.")},
        {QStringLiteral("RDS PostgreSQL in Multi-AZ with automated backups"),
         QStringLiteral("The inventory is the company's record: losing it, or being down for hours, is not "
                        "acceptable, and the challenge asks for high availability."),
         QStringLiteral("%1 runs PostgreSQL %2 on %3 in Multi-AZ, %4, storage encryption: %5; %6 GiB of storage "
                        "that grows on its own up to %7 GiB."),
         QStringLiteral("A single-AZ instance (half the instance cost, but a zone failure or a maintenance window "
                        "means minutes to hours offline); Aurora PostgreSQL (faster failover and read replicas, at a "
                        "higher minimum price); PostgreSQL in a container (no managed backups or failover)."),
         QStringLiteral("A synchronous standby in a second availability zone takes over on its own, usually in one "
                        "to two minutes, on failure and during maintenance; the instance cost doubles; backups allow "
                        "restoring to any second of the retention window.")},
        {QStringLiteral("RDS PostgreSQL in a single availability zone: a deliberate trade-off"),
         QStringLiteral("A %1 environment for about %2 daily users, where cost weighs more than uptime."),
         QStringLiteral("%1 runs PostgreSQL %2 on %3 in one availability zone, %4."),
         QStringLiteral("Multi-AZ: a synchronous standby in a second zone with automatic failover, for about twice "
                        "the instance cost."),
         QStringLiteral("Half the database instance cost; but a zone outage or a maintenance window takes the "
                        "database down, and recovery means restoring a backup (up to five minutes of data lost with "
                        "point-in-time restore, tens of minutes to recover). Turn multi_az on before real traffic "
                        "arrives.%1")},
        {QStringLiteral("Private subnets for the application and the database, NAT for outbound traffic"),
         QStringLiteral("Only the load balancer has to be reachable from the Internet; the tasks still need to reach "
                        "ECR, Secrets Manager and CloudWatch."),
         QStringLiteral("The VPC %1 (%2, %3 availability zones) has public subnets %4 for the load balancer and "
                        "private subnets %5 for the tasks and the database. %6"),
         QStringLiteral("Tasks in public subnets with public IPs (no NAT charge, but every task is exposed and rests "
                        "on its security group alone); VPC interface endpoints instead of NAT (a charge per endpoint "
                        "and zone, cheaper than NAT when few AWS services are called, and traffic never leaves AWS)."),
         QStringLiteral("Nothing in the private subnets can be reached from the Internet. A NAT gateway has an hourly "
                        "charge (about 33 USD a month in us-east-1) plus a fee per GB processed; a single shared one "
                        "cuts outbound access for every zone if its own zone fails, one per zone removes that at "
                        "that much more cost.")},
        {QStringLiteral("React front end on S3 behind CloudFront with origin access control"),
         QStringLiteral("The React build is static files; the challenge asks for S3 hosting served over HTTPS with an "
                        "ACM certificate."),
         QStringLiteral("%1 holds the build%2; %3 serves it at %4 with %5, %6, price class %7."),
         QStringLiteral("S3 static website hosting alone (a public bucket over plain HTTP: no HTTPS on a custom "
                        "domain); serving the front end from the Django containers (every asset costs task time); "
                        "Amplify Hosting (a simpler pipeline, less control)."),
         QStringLiteral("HTTPS on the custom domain, files cached at the edge, and a private bucket that only this "
                        "distribution can read (OAC). Each deploy must invalidate at least index.html in the "
                        "CloudFront cache.")},
        {QStringLiteral("Application Load Balancer with HTTPS and a redirect from HTTP"),
         QStringLiteral("The API must be served over HTTPS only, and tasks must be replaceable without clients "
                        "noticing."),
         QStringLiteral("%1 listens on 443 with %2 and the policy %3; %4 It forwards to the tasks on port %5 and "
                        "checks their health on %6. Deletion protection: %7; invalid headers dropped: %8."),
         QStringLiteral("API Gateway with a VPC link (pricing per request, throttling and API keys, but one more hop "
                        "and more cost under steady load); a Network Load Balancer (layer 4: no HTTP redirect or path "
                        "routing); exposing the tasks directly (no TLS offload, no health-based routing)."),
         QStringLiteral("TLS ends at the load balancer, so the tasks speak plain HTTP inside the VPC; unhealthy tasks "
                        "leave the rotation on their own; the load balancer has an hourly charge plus capacity "
                        "units (LCU).")},
        {QStringLiteral("Target-tracking auto scaling on CPU and memory"),
         QStringLiteral("Traffic starts small (about %1 requests per second at peak) and may grow tenfold, with "
                        "peaks."),
         QStringLiteral("%1 scales between %2 and %3 tasks, targeting %4 % average CPU and %5 % average memory "
                        "(0 = that target is off); whichever asks for more tasks wins."),
         QStringLiteral("A fixed number of tasks (simple, but it pays for the peak all day or falls over during it); "
                        "step scaling on alarms (finer control, more to tune); scheduled scaling (for office hours, "
                        "a good complement for an internal tool)."),
         QStringLiteral("Capacity follows the load within minutes; the minimum of %1 tasks keeps the API up across "
                        "zones; the maximum of %2 caps the bill.%3")},
        {QStringLiteral("Credentials in Secrets Manager"),
         QStringLiteral("Django needs the database password and its SECRET_KEY; neither may live in the image, the "
                        "repository or plain environment variables of the task definition."),
         QStringLiteral("%1 holds them, %2; only the task's execution role may read it, and ECS injects the values "
                        "into the container when it starts."),
         QStringLiteral("SSM Parameter Store SecureString (free standard tier, no built-in rotation); environment "
                        "variables in the task definition (visible to anyone who can read it)."),
         QStringLiteral("No secret in code or images; about 0.40 USD per secret a month plus API calls; after a "
                        "rotation the application must reconnect with the new password.")},
        {QStringLiteral("GitHub Actions deploys through OIDC, without stored keys"),
         QStringLiteral("The pipeline must push images and update the service, and a leaked long-lived key is one of "
                        "the most common ways into an AWS account."),
         QStringLiteral("%1 (repository %2, branch %3) assumes an IAM role through GitHub's OpenID Connect provider; "
                        "the role's trust policy is pinned to that repository and branch, and its permissions stop "
                        "at pushing images and updating the service."),
         QStringLiteral("Access keys of an IAM user stored as GitHub secrets (long-lived, rotated by hand); AWS "
                        "CodePipeline and CodeBuild (all in AWS, but the team already works in GitHub)."),
         QStringLiteral("Credentials last one job; a fork or another branch cannot deploy; one role per environment "
                        "keeps staging and production apart.")},
        {QStringLiteral("CloudWatch logs, metrics and alarms"),
         QStringLiteral("The challenge asks for logs (application, ECS, ALB) and alarms on latency, CPU and memory, "
                        "and the database."),
         QStringLiteral("%1 keeps the container logs (awslogs driver) for %2 days and e-mails %3 when the load "
                        "balancer's target response time exceeds %4 ms, ECS CPU %5 %, ECS memory %6 %, database CPU "
                        "%7 %, or when free database storage falls below %8 GB."),
         QStringLiteral("A third-party APM such as Datadog or New Relic (richer traces, a bill per host); Amazon "
                        "Managed Grafana and Prometheus (more to run for a single service)."),
         QStringLiteral("Alarms reach a person before users complain; the retention period bounds the log bill; "
                        "Container Insights can be turned on later for per-task metrics.")},
        {QStringLiteral("ALB access logs go to S3, not to CloudWatch Logs"),
         QStringLiteral("The challenge asks for \"ALB logs in CloudWatch\", but an Application Load Balancer cannot "
                        "send its access logs to CloudWatch Logs: it writes them as files to an S3 bucket every five "
                        "minutes. Its metrics (requests, latency, 5xx errors, healthy targets) do go to CloudWatch."),
         QStringLiteral("%1"),
         QStringLiteral("What teams do instead: query the logs where they are with Athena (the usual answer: pay per "
                        "query, no pipeline to run); forward each new log file to CloudWatch Logs with a Lambda "
                        "function triggered by S3, when every log must be in one place; rely on the application's "
                        "own request logs, which do reach CloudWatch Logs through the awslogs driver."),
         QStringLiteral("The logs are cheap to keep in S3 (a lifecycle rule can move them to Glacier) and searchable "
                        "with Athena; the latency and error alarms work from the metrics, which are in CloudWatch.")},
        QStringLiteral(", %1 % of them on Fargate Spot"),
        QStringLiteral("with automated backups OFF (retention 0 days: no point-in-time restore)"),
        QStringLiteral(" The environment is marked production: the validator reports it."),
        QStringLiteral("One NAT gateway, %1, is shared by every zone."),
        QStringLiteral("There is one NAT gateway per availability zone (%1)."),
        QStringLiteral("There is no NAT gateway: the tasks need VPC endpoints (ECR, S3, CloudWatch Logs, Secrets "
                       "Manager) to reach AWS."),
        QStringLiteral(", with every public access block on"),
        QStringLiteral(", WITHOUT the public access blocks (anyone could read it around CloudFront)"),
        QStringLiteral(" and S3 website hosting on (public, HTTP only)"),
        QStringLiteral("port 80 only redirects to HTTPS."),
        QStringLiteral("port 80 still forwards plain HTTP: HTTPS is not forced."),
        QStringLiteral("there is no listener on port 80."),
        QStringLiteral("yes"),
        QStringLiteral("no"),
        QStringLiteral("without automatic rotation"),
        QStringLiteral(" With a minimum of 1, a task failure or a zone outage interrupts the service until a "
                       "replacement starts."),
        QStringLiteral("%1 writes its access logs to an S3 bucket; its metrics and the latency alarm live in "
                       "CloudWatch."),
        QStringLiteral("Access logs are off on %1 (access_logs = false): only its CloudWatch metrics remain, so "
                       "there is no per-request trace of what reached the API."),
        QStringLiteral("no certificate (the design attaches none)"),
    };
    static const Phrases es{
        QStringLiteral("## Decisiones de diseño"),
        QStringLiteral("Un registro breve por cada decisión relevante presente en el diseño, redactado a partir de "
                       "sus valores reales."),
        QStringLiteral("El diseño todavía no contiene ninguno de los servicios que cubren estos registros."),
        {QStringLiteral("Contexto"), QStringLiteral("Decisión"), QStringLiteral("Alternativas"), QStringLiteral("Consecuencias")},
        QStringLiteral("### D%1. %2"),
        {QStringLiteral("Contenedores en ECS Fargate en lugar de EC2"),
         QStringLiteral("La API de Django se entrega como imagen Docker y tiene que acompañar una carga que empieza en "
                        "unos %1 usuarios diarios y puede multiplicarse por diez; un equipo pequeño no tiene a nadie "
                        "para parchear servidores."),
         QStringLiteral("Ejecutar %1 en Fargate: %2 unidades de CPU y %3 MiB por tarea, entre %4 y %5 tareas%6."),
         QStringLiteral("ECS sobre instancias EC2 (más barato por vCPU con carga alta y sostenida, pero el equipo "
                        "parchea, escala y reparte las instancias); App Runner o Elastic Beanstalk (menos que "
                        "configurar, menos control de la red); EKS (Kubernetes es más de lo que necesita un solo "
                        "servicio, y suma la tarifa del plano de control)."),
         QStringLiteral("No hay servidores que parchear ni dimensionar; cada tarea tiene su propia interfaz de red y "
                        "su grupo de seguridad en las subredes privadas; se paga por vCPU-segundo y GB-segundo, algo "
                        "más caro por unidad que EC2, lo que compensa a este tamaño.")},
        {QStringLiteral("RDS PostgreSQL Multi-AZ con copias de seguridad automáticas"),
         QStringLiteral("El inventario es el registro de la empresa: perderlo, o estar horas sin él, no es "
                        "aceptable, y el reto pide alta disponibilidad."),
         QStringLiteral("%1 ejecuta PostgreSQL %2 en %3 en Multi-AZ, %4, cifrado del almacenamiento: %5; %6 GiB de "
                        "almacenamiento que crecen solos hasta %7 GiB."),
         QStringLiteral("Una instancia en una sola AZ (la mitad del coste de instancia, pero un fallo de zona o una "
                        "ventana de mantenimiento suponen de minutos a horas sin servicio); Aurora PostgreSQL "
                        "(failover más rápido y réplicas de lectura, con un precio mínimo más alto); PostgreSQL en un "
                        "contenedor (sin backups ni failover gestionados)."),
         QStringLiteral("Una réplica síncrona en espera en otra zona de disponibilidad toma el relevo sola, "
                        "normalmente en uno o dos minutos, ante un fallo y durante el mantenimiento; el coste de la "
                        "instancia se duplica; los backups permiten restaurar a cualquier segundo del periodo de "
                        "retención.")},
        {QStringLiteral("RDS PostgreSQL en una sola zona de disponibilidad: una concesión consciente"),
         QStringLiteral("Un entorno de %1 para unos %2 usuarios diarios, donde el coste pesa más que la "
                        "disponibilidad."),
         QStringLiteral("%1 ejecuta PostgreSQL %2 en %3 en una única zona de disponibilidad, %4."),
         QStringLiteral("Multi-AZ: una réplica síncrona en otra zona con failover automático, por aproximadamente el "
                        "doble del coste de instancia."),
         QStringLiteral("La mitad del coste de la instancia; a cambio, una caída de la zona o una ventana de "
                        "mantenimiento dejan la base de datos sin servicio, y recuperarse implica restaurar un backup "
                        "(hasta cinco minutos de datos perdidos con la restauración a un punto en el tiempo y decenas "
                        "de minutos para volver). Activa multi_az antes de que llegue tráfico real.%1")},
        {QStringLiteral("Subredes privadas para la aplicación y la base de datos, NAT para la salida"),
         QStringLiteral("Solo el balanceador tiene que ser accesible desde Internet; aun así, las tareas necesitan "
                        "llegar a ECR, Secrets Manager y CloudWatch."),
         QStringLiteral("La VPC %1 (%2, %3 zonas de disponibilidad) tiene subredes públicas %4 para el balanceador y "
                        "subredes privadas %5 para las tareas y la base de datos. %6"),
         QStringLiteral("Tareas en subredes públicas con IP pública (sin coste de NAT, pero cada tarea queda expuesta "
                        "y depende solo de su grupo de seguridad); endpoints de interfaz de VPC en lugar de NAT (se "
                        "pagan por endpoint y zona, salen más baratos que el NAT cuando se usan pocos servicios de "
                        "AWS, y el tráfico no sale de AWS)."),
         QStringLiteral("Nada de lo que hay en las subredes privadas es accesible desde Internet. Un NAT gateway "
                        "tiene un coste por hora (unos 33 USD al mes en us-east-1) más una tarifa por GB procesado; "
                        "si es uno compartido y cae su zona, todas las zonas se quedan sin salida; uno por zona lo "
                        "evita, multiplicando ese coste.")},
        {QStringLiteral("Front end de React en S3 detrás de CloudFront con Origin Access Control"),
         QStringLiteral("El build de React son ficheros estáticos; el reto pide alojarlo en S3 y servirlo por HTTPS "
                        "con un certificado de ACM."),
         QStringLiteral("%1 guarda el build%2; %3 lo sirve en %4 con %5, %6, clase de precio %7."),
         QStringLiteral("Solo el hosting de sitios web de S3 (bucket público y HTTP sin cifrar: sin HTTPS en un "
                        "dominio propio); servir el front end desde los contenedores de Django (cada fichero consume "
                        "tiempo de las tareas); Amplify Hosting (un pipeline más sencillo, menos control)."),
         QStringLiteral("HTTPS en el dominio propio, ficheros en la caché del borde y un bucket privado que solo esta "
                        "distribución puede leer (OAC). Cada despliegue debe invalidar en CloudFront al menos "
                        "index.html.")},
        {QStringLiteral("Application Load Balancer con HTTPS y redirección desde HTTP"),
         QStringLiteral("La API solo debe servirse por HTTPS, y las tareas tienen que poder reemplazarse sin que los "
                        "clientes lo noten."),
         QStringLiteral("%1 escucha en el 443 con %2 y la política %3; %4 Reenvía a las tareas por el puerto %5 y "
                        "comprueba su salud en %6. Protección contra borrado: %7; descarta cabeceras no válidas: %8."),
         QStringLiteral("API Gateway con un VPC link (precio por petición, throttling y claves de API, pero un salto "
                        "más y más coste con carga sostenida); un Network Load Balancer (capa 4: ni redirección HTTP "
                        "ni enrutado por ruta); exponer las tareas directamente (sin descarga de TLS ni enrutado según "
                        "salud)."),
         QStringLiteral("TLS termina en el balanceador, así que las tareas hablan HTTP dentro de la VPC; las tareas "
                        "que no están sanas salen solas de la rotación; el balanceador tiene un coste por hora más "
                        "unidades de capacidad (LCU).")},
        {QStringLiteral("Auto scaling por seguimiento de objetivo en CPU y memoria"),
         QStringLiteral("El tráfico empieza siendo bajo (unas %1 peticiones por segundo en el pico) y puede "
                        "multiplicarse por diez, con picos."),
         QStringLiteral("%1 escala entre %2 y %3 tareas, con objetivos del %4 % de CPU media y del %5 % de memoria "
                        "media (0 = ese objetivo está desactivado); manda el que pide más tareas."),
         QStringLiteral("Un número fijo de tareas (sencillo, pero paga el pico todo el día o se cae durante él); "
                        "escalado por pasos con alarmas (control más fino, más que ajustar); escalado programado (para "
                        "el horario de oficina, un buen complemento en una herramienta interna)."),
         QStringLiteral("La capacidad sigue a la carga en minutos; el mínimo de %1 tareas mantiene la API en pie "
                        "entre zonas; el máximo de %2 pone techo a la factura.%3")},
        {QStringLiteral("Credenciales en Secrets Manager"),
         QStringLiteral("Django necesita la contraseña de la base de datos y su SECRET_KEY; ninguna puede estar en la "
                        "imagen, en el repositorio ni en variables de entorno en claro de la task definition."),
         QStringLiteral("%1 las guarda, %2; solo el rol de ejecución de la tarea puede leerlo, y ECS inyecta los "
                        "valores en el contenedor al arrancar."),
         QStringLiteral("SecureString de SSM Parameter Store (nivel estándar gratuito, sin rotación integrada); "
                        "variables de entorno en la task definition (visibles para cualquiera que pueda leerla)."),
         QStringLiteral("Ningún secreto en el código ni en las imágenes; unos 0,40 USD por secreto al mes más las "
                        "llamadas a la API; tras una rotación, la aplicación debe reconectar con la nueva "
                        "contraseña.")},
        {QStringLiteral("GitHub Actions despliega mediante OIDC, sin claves guardadas"),
         QStringLiteral("El pipeline tiene que subir imágenes y actualizar el servicio, y una clave de larga duración "
                        "filtrada es una de las vías de entrada más habituales en una cuenta de AWS."),
         QStringLiteral("%1 (repositorio %2, rama %3) asume un rol de IAM mediante el proveedor OpenID Connect de "
                        "GitHub; la política de confianza del rol está fijada a ese repositorio y esa rama, y sus "
                        "permisos se limitan a subir imágenes y actualizar el servicio."),
         QStringLiteral("Access keys de un usuario de IAM guardadas como secretos de GitHub (de larga duración, se "
                        "rotan a mano); AWS CodePipeline y CodeBuild (todo dentro de AWS, pero el equipo ya trabaja "
                        "en GitHub)."),
         QStringLiteral("Las credenciales duran lo que dura un job; un fork u otra rama no pueden desplegar; un rol "
                        "por entorno mantiene separados preproducción y producción.")},
        {QStringLiteral("Logs, métricas y alarmas en CloudWatch"),
         QStringLiteral("El reto pide logs (aplicación, ECS, ALB) y alarmas de latencia, CPU y memoria, y de la base "
                        "de datos."),
         QStringLiteral("%1 guarda los logs de los contenedores (driver awslogs) durante %2 días y avisa por correo a "
                        "%3 cuando el tiempo de respuesta de los targets del balanceador supera %4 ms, la CPU de ECS "
                        "el %5 %, la memoria de ECS el %6 %, la CPU de la base de datos el %7 %, o cuando el espacio "
                        "libre de la base de datos baja de %8 GB."),
         QStringLiteral("Un APM de terceros como Datadog o New Relic (trazas más ricas, factura por host); Amazon "
                        "Managed Grafana y Prometheus (demasiado que operar para un solo servicio)."),
         QStringLiteral("Las alarmas llegan a una persona antes de que se quejen los usuarios; la retención acota la "
                        "factura de logs; Container Insights puede activarse más adelante para tener métricas por "
                        "tarea.")},
        {QStringLiteral("Los access logs del ALB van a S3, no a CloudWatch Logs"),
         QStringLiteral("El reto pide \"logs del ALB en CloudWatch\", pero un Application Load Balancer no puede "
                        "enviar sus access logs a CloudWatch Logs: los escribe como ficheros en un bucket de S3 cada "
                        "cinco minutos. Sus métricas (peticiones, latencia, errores 5xx, targets sanos) sí van a "
                        "CloudWatch."),
         QStringLiteral("%1"),
         QStringLiteral("Lo que hacen los equipos en su lugar: consultar los logs donde están con Athena (la respuesta "
                        "habitual: se paga por consulta y no hay pipeline que mantener); reenviar cada fichero nuevo a "
                        "CloudWatch Logs con una función Lambda disparada por S3, cuando todos los logs tienen que "
                        "estar en un mismo sitio; apoyarse en los logs de peticiones de la propia aplicación, que sí "
                        "llegan a CloudWatch Logs con el driver awslogs."),
         QStringLiteral("Guardar los logs en S3 es barato (una regla de ciclo de vida puede pasarlos a Glacier) y se "
                        "pueden consultar con Athena; las alarmas de latencia y errores funcionan con las métricas, "
                        "que sí están en CloudWatch.")},
        QStringLiteral(", el %1 % de ellas en Fargate Spot"),
        QStringLiteral("con las copias de seguridad automáticas DESACTIVADAS (retención de 0 días: sin restauración "
                       "a un punto en el tiempo)"),
        QStringLiteral(" El entorno está marcado como producción: el validador lo señala."),
        QStringLiteral("Hay un único NAT gateway, %1, compartido por todas las zonas."),
        QStringLiteral("Hay un NAT gateway por zona de disponibilidad (%1)."),
        QStringLiteral("No hay NAT gateway: las tareas necesitan endpoints de VPC (ECR, S3, CloudWatch Logs, Secrets "
                       "Manager) para llegar a AWS."),
        QStringLiteral(", con todos los bloqueos de acceso público activados"),
        QStringLiteral(", SIN los bloqueos de acceso público (cualquiera podría leerlo sin pasar por CloudFront)"),
        QStringLiteral(" y con el hosting de sitios web de S3 activado (público, solo HTTP)"),
        QStringLiteral("el puerto 80 solo redirige a HTTPS."),
        QStringLiteral("el puerto 80 sigue reenviando HTTP sin cifrar: HTTPS no es obligatorio."),
        QStringLiteral("no hay listener en el puerto 80."),
        QStringLiteral("sí"),
        QStringLiteral("no"),
        QStringLiteral("sin rotación automática"),
        QStringLiteral(" Con un mínimo de 1, el fallo de una tarea o la caída de una zona interrumpen el servicio "
                       "hasta que arranca otra."),
        QStringLiteral("%1 escribe sus access logs en un bucket de S3; sus métricas y la alarma de latencia están en "
                       "CloudWatch."),
        QStringLiteral("Los access logs están desactivados en %1 (access_logs = false): solo quedan sus métricas en "
                       "CloudWatch, sin rastro por petición de lo que llegó a la API."),
        QStringLiteral("ningún certificado (el diseño no asocia ninguno)"),
    };
    return context.spanish() ? es : en;
}

const Component* firstOf(const Design& design, const QString& type)
{
    const auto all = ofType(design, type);
    return all.empty() ? nullptr : all.front();
}

QString backups(const DocContext& context, const Phrases& p, const Component& db)
{
    const int days = integer(context, db, QStringLiteral("backup_retention_days"));
    if (days <= 0)
        return p.backupsOff;
    return fill(context.spanish() ? QStringLiteral("con %1 días de backups automáticos")
                                  : QStringLiteral("with %1 days of automated backups"),
                {QString::number(days)});
}

QString subnetNames(const DocContext& context, const QString& tier)
{
    QStringList names;
    for (const Component* s : ofType(context.design, QStringLiteral("subnet")))
        if (text(context, *s, QStringLiteral("tier")) == tier)
            names << name(context, *s);
    return names.isEmpty() ? QStringLiteral("—") : joinList(context, names);
}

QString recordMarkdown(const Phrases& p, int number, const Record& r)
{
    return fill(p.recordHeading, {QString::number(number), r.title}) + QStringLiteral("\n\n- **") + p.labels[0]
        + QStringLiteral(".** ") + r.context + QStringLiteral("\n- **") + p.labels[1] + QStringLiteral(".** ") + r.decision
        + QStringLiteral("\n- **") + p.labels[2] + QStringLiteral(".** ") + r.alternatives + QStringLiteral("\n- **")
        + p.labels[3] + QStringLiteral(".** ") + r.consequences + QStringLiteral("\n\n");
}

Record filled(const Record& pattern, const QStringList& context, const QStringList& decision,
              const QStringList& consequences = {})
{
    return {pattern.title, fill(pattern.context, context), fill(pattern.decision, decision), pattern.alternatives,
            fill(pattern.consequences, consequences)};
}

} // namespace

QString DecisionsSection::markdown(const DocContext& context) const
{
    const Phrases& p = phrases(context);
    const Design& d = context.design;
    std::vector<Record> records;
    const QString users = QString::number(DesignSettings::expectedDailyUsers(d));
    const Component* service = firstOf(d, QStringLiteral("ecs_fargate_service"));
    const Component* db = firstOf(d, QStringLiteral("rds_postgres"));
    const Component* alb = firstOf(d, QStringLiteral("alb"));
    const Component* cdn = firstOf(d, QStringLiteral("cloudfront"));
    if (service) {
        const int spot = integer(context, *service, QStringLiteral("spot_percent"));
        records.push_back(filled(p.fargate, {users},
                                 {name(context, *service), value(context, *service, QStringLiteral("cpu")),
                                  value(context, *service, QStringLiteral("memory")), value(context, *service, QStringLiteral("min_tasks")),
                                  value(context, *service, QStringLiteral("max_tasks")),
                                  spot > 0 ? fill(p.spot, {QString::number(spot)}) : QString()}));
    }
    if (db) {
        if (flag(context, *db, QStringLiteral("multi_az"))) {
            records.push_back(filled(p.multiAz, {},
                                     {name(context, *db), value(context, *db, QStringLiteral("engine_version")),
                                      value(context, *db, QStringLiteral("instance_class")), backups(context, p, *db),
                                      value(context, *db, QStringLiteral("storage_encrypted")),
                                      value(context, *db, QStringLiteral("allocated_storage_gb")),
                                      value(context, *db, QStringLiteral("max_allocated_storage_gb"))}));
        } else {
            const QString environment = DesignSettings::environment(d);
            records.push_back(filled(p.singleAz, {md(environment), users},
                                     {name(context, *db), value(context, *db, QStringLiteral("engine_version")),
                                      value(context, *db, QStringLiteral("instance_class")), backups(context, p, *db)},
                                     {environment == QLatin1String("production") ? p.singleAzProduction : QString()}));
        }
    }
    const Component* vpc = firstOf(d, QStringLiteral("vpc"));
    const bool privateWorkload = [&] {
        for (const Component* c : {service, db})
            if (c)
                if (const Component* s = enclosing(d, *c, QStringLiteral("subnet")); s && text(context, *s, QStringLiteral("tier")) == QLatin1String("private"))
                    return true;
        return false;
    }();
    if (vpc && privateWorkload) {
        const auto nats = ofType(d, QStringLiteral("nat_gateway"));
        QString nat = p.natNone;
        if (!nats.empty())
            nat = fill(flag(context, *nats.front(), QStringLiteral("per_az")) ? p.natPerAz : p.natShared, {name(context, *nats.front())});
        records.push_back(filled(p.privateSubnets, {},
                                 {name(context, *vpc), value(context, *vpc, QStringLiteral("cidr")), value(context, *vpc, QStringLiteral("az_count")),
                                  subnetNames(context, QStringLiteral("public")), subnetNames(context, QStringLiteral("private")), nat}));
    }
    if (cdn) {
        for (const QString& k : d.connectionsOf(cdn->id)) {
            const Connection* c = d.connection(k);
            const Component* bucket = c && c->from == cdn->id ? d.component(c->to) : nullptr;
            if (!bucket || bucket->type != QLatin1String("s3_bucket"))
                continue;
            const Component* cert = RequestFlows::certificateFor(d, cdn->id);
            const QString policy = text(context, *cdn, QStringLiteral("viewer_protocol_policy"));
            QString bucketState = flag(context, *bucket, QStringLiteral("block_public_access")) ? p.oacPrivate : p.oacPublic;
            if (flag(context, *bucket, QStringLiteral("website_hosting")))
                bucketState += p.websiteOn;
            records.push_back(filled(p.cloudfront, {},
                                     {name(context, *bucket), bucketState, name(context, *cdn), md(DesignSettings::appDomain(d)),
                                      cert ? name(context, *cert) : p.noCert, QStringLiteral("viewer\\_protocol\\_policy ") + md(policy),
                                      value(context, *cdn, QStringLiteral("price_class"))}));
            break;
        }
    }
    if (alb) {
        const Component* cert = RequestFlows::certificateFor(d, alb->id);
        const QString listener = text(context, *alb, QStringLiteral("http_listener"));
        QString port = service ? value(context, *service, QStringLiteral("container_port")) : QStringLiteral("—");
        records.push_back(filled(p.alb, {},
                                 {name(context, *alb), cert ? name(context, *cert) : p.noCert, value(context, *alb, QStringLiteral("ssl_policy")),
                                  listener == QLatin1String("forward") ? p.listenerForward
                                      : listener == QLatin1String("none") ? p.listenerNone : p.listenerRedirect,
                                  port, service ? value(context, *service, QStringLiteral("health_check_path")) : QStringLiteral("—"),
                                  value(context, *alb, QStringLiteral("deletion_protection")),
                                  value(context, *alb, QStringLiteral("drop_invalid_headers"))}));
    }
    if (service && (integer(context, *service, QStringLiteral("scale_on_cpu_percent")) > 0
                    || integer(context, *service, QStringLiteral("scale_on_memory_percent")) > 0)) {
        const QString lo = value(context, *service, QStringLiteral("min_tasks"));
        const QString hi = value(context, *service, QStringLiteral("max_tasks"));
        records.push_back(filled(p.scaling, {QString::number(DesignSettings::peakRequestsPerSecond(d))},
                                 {name(context, *service), lo, hi, value(context, *service, QStringLiteral("scale_on_cpu_percent")),
                                  value(context, *service, QStringLiteral("scale_on_memory_percent"))},
                                 {lo, hi, integer(context, *service, QStringLiteral("min_tasks")) < 2 ? p.minOne : QString()}));
    }
    if (const Component* secret = firstOf(d, QStringLiteral("secrets_manager_secret"))) {
        const int days = integer(context, *secret, QStringLiteral("rotation_days"));
        const QString rotation = days > 0 ? fill(context.spanish() ? QStringLiteral("con rotación cada %1 días")
                                                                    : QStringLiteral("rotated every %1 days"),
                                                 {QString::number(days)})
                                          : p.rotationOff;
        records.push_back(filled(p.secrets, {}, {name(context, *secret), rotation}));
    }
    if (const Component* ci = firstOf(d, QStringLiteral("github_actions")))
        records.push_back(filled(p.oidc, {},
                                 {name(context, *ci), value(context, *ci, QStringLiteral("repository")),
                                  value(context, *ci, QStringLiteral("branch"))}));
    if (const Component* cw = firstOf(d, QStringLiteral("cloudwatch")))
        records.push_back(filled(p.alarms, {},
                                 {name(context, *cw), value(context, *cw, QStringLiteral("log_retention_days")),
                                  value(context, *cw, QStringLiteral("alarm_email")), value(context, *cw, QStringLiteral("alb_latency_threshold_ms")),
                                  value(context, *cw, QStringLiteral("cpu_threshold_percent")),
                                  value(context, *cw, QStringLiteral("memory_threshold_percent")),
                                  value(context, *cw, QStringLiteral("db_cpu_threshold_percent")),
                                  value(context, *cw, QStringLiteral("db_free_storage_threshold_gb"))}));
    if (alb)
        records.push_back(filled(p.albLogs, {},
                                 {fill(flag(context, *alb, QStringLiteral("access_logs")) ? p.albLogsOn : p.albLogsOff,
                                       {name(context, *alb)})}));

    QString out = p.heading + QStringLiteral("\n\n") + p.intro + QStringLiteral("\n\n");
    if (records.empty())
        return out + p.none + QStringLiteral("\n\n");
    int number = 0;
    for (const Record& r : records)
        out += recordMarkdown(p, ++number, r);
    return out;
}

} // namespace sky
