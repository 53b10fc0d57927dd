#include "app/CliSupport.h"
#include "app/Commands.h"
#include "exporters/GithubActionsExporter.h"

namespace sky {

ExitCode runExportGithubActionsCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("export github-actions");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Workflow file to write."), QStringLiteral("FILE")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge export github-actions FILE -o FILE.yml"));
    if (!parser.isSet(QStringLiteral("o")))
        return cliError(io, command, QStringLiteral("missing -o FILE.yml: where to write the workflow"));
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    const WorkflowExport workflow = GithubActionsExporter::exportDesign(*design);
    if (!workflow.ok())
        return cliError(io, command, positional.first() + QStringLiteral(": ") + workflow.error);
    return writeCliOutput(parser.value(QStringLiteral("o")), workflow.yaml, io) ? ExitCode::Ok : ExitCode::BadInput;
}

} // namespace sky
