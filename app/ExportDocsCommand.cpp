#include "app/CliSupport.h"
#include "app/Commands.h"
#include "exporters/docs/ArchitectureDocument.h"
#include "model/AtomicOutput.h"

namespace sky {

ExitCode runExportDocsCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("export docs");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Folder to write."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Document language: en or es."), QStringLiteral("LANG"),
                      QStringLiteral("en")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge export docs FILE -o DIR [--lang en|es]"));
    if (!parser.isSet(QStringLiteral("o")))
        return cliError(io, command, QStringLiteral("missing -o DIR: the folder for architecture.md and diagram.png"));
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("en") && lang != QLatin1String("es"))
        return cliError(io, command, QStringLiteral("--lang must be en or es, not '%1'").arg(lang));
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    const auto files = ArchitectureDocument::files(*design, lang == QLatin1String("es") ? DocLanguage::Spanish
                                                                                        : DocLanguage::English);
    if (files.isEmpty())
        return cliError(io, command, QStringLiteral("could not draw the diagram"));
    QString error;
    if (!AtomicOutput::writeDirectory(parser.value(QStringLiteral("o")), files, &error)) {
        io.err << "skyforge: " << error << Qt::endl;
        return ExitCode::BadInput;
    }
    return ExitCode::Ok;
}

} // namespace sky
