#include "app/CliSupport.h"
#include "app/Commands.h"
#include "model/validation/FindingsReport.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"

namespace sky {

ExitCode runCheckCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text, json or sarif"), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption rules(QStringLiteral("rules"), QStringLiteral("an extra rules file (repeatable)"), QStringLiteral("FILE"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"), QStringLiteral("critical, high, medium or low"), QStringLiteral("SEVERITY"),
                                    QStringLiteral("high"));
    parser.addOptions({format, rules, failOn});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command,
                        QStringLiteral("usage: skyforge check FILE [--format text|json|sarif] [--rules EXTRA.yaml]... "
                                       "[--fail-on critical|high|medium|low]"));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("text") && kind != QLatin1String("json") && kind != QLatin1String("sarif"))
        return cliError(io, command, QStringLiteral("unknown --format '%1'; use text, json or sarif").arg(kind));
    const auto threshold = severityFromName(parser.value(failOn));
    if (!threshold)
        return cliError(io, command, QStringLiteral("unknown --fail-on '%1'; use critical, high, medium or low").arg(parser.value(failOn)));

    const QString file = positional.first();
    const auto design = loadDesignForCli(file, io);
    if (!design)
        return ExitCode::BadInput;
    QString error;
    const auto ruleSet = RuleSet::forDesign(file, parser.values(rules), &error);
    if (!ruleSet)
        return cliError(io, command, error);

    const std::vector<Finding> findings = Validator::validate(*design, *ruleSet);
    if (kind == QLatin1String("json"))
        io.out << QString::fromStdString(FindingsReport::toJson(findings, *ruleSet, file).dump(2)) << '\n';
    else if (kind == QLatin1String("sarif"))
        io.out << QString::fromStdString(FindingsReport::toSarif(findings, *ruleSet, file, QStringLiteral(SKYFORGE_VERSION)).dump(2)) << '\n';
    else
        io.out << FindingsReport::toText(findings, *ruleSet, file, io.outIsTerminal);
    io.out.flush();
    return Validator::hasUnsuppressedAtOrAbove(findings, *threshold) ? ExitCode::Findings : ExitCode::Ok;
}

} // namespace sky
