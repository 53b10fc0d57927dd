#include "app/CliSupport.h"
#include "app/Commands.h"
#include "exporters/terraform/TerraformExporter.h"
#include "model/AtomicOutput.h"

namespace sky {

ExitCode runExportTerraformCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("export terraform");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Folder to write the module to."), QStringLiteral("DIR")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge export terraform FILE -o DIR"));
    if (!parser.isSet(QStringLiteral("o")))
        return cliError(io, command, QStringLiteral("missing -o DIR: where to write the Terraform module"));
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    const TerraformExport module = TerraformExporter::exportDesign(*design);
    if (!module.ok())
        return cliError(io, command, positional.first() + QStringLiteral(": ") + module.error);
    QString error;
    if (!AtomicOutput::writeDirectory(parser.value(QStringLiteral("o")), module.files, &error))
        return cliError(io, command, error);
    for (const QString& note : module.notes)
        io.err << positional.first() << ": note: " << note << Qt::endl;
    return ExitCode::Ok;
}

} // namespace sky
