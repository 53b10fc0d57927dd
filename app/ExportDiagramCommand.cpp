#include "app/CliSupport.h"
#include "app/Commands.h"
#include "model/validation/RuleSet.h"
#include "model/validation/Validator.h"
#include "exporters/diagram/DiagramExport.h"

namespace sky {

namespace {

/// `export png` and `export svg`: same input checks, different bytes.
ExitCode runExportDiagram(const QStringList& args, CliIo& io, bool png)
{
    const QString command = png ? QStringLiteral("export png") : QStringLiteral("export svg");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File to write."), QStringLiteral("FILE")});
    if (png) {
        parser.addOption({QStringLiteral("scale"), QStringLiteral("Pixels per diagram unit (default 2)."), QStringLiteral("S"),
                          QStringLiteral("2")});
    }
    parser.addOption({QStringLiteral("highlight-issues"), QStringLiteral("Draw severity badges on components with findings.")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    const QString usage = png ? QStringLiteral("usage: skyforge export png FILE -o OUT.png [--scale S] [--highlight-issues]")
                              : QStringLiteral("usage: skyforge export svg FILE -o OUT.svg [--highlight-issues]");
    if (positional.size() != 1)
        return cliError(io, command, usage);
    if (!parser.isSet(QStringLiteral("o")))
        return cliError(io, command, QStringLiteral("missing -o FILE: where to write the diagram"));
    DiagramOptions options;
    if (png) {
        bool ok = false;
        options.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(options.scale >= 0.25 && options.scale <= 8))
            return cliError(io, command, QStringLiteral("--scale must be a number from 0.25 to 8, not '%1'")
                                             .arg(parser.value(QStringLiteral("scale"))));
    }
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    if (parser.isSet(QStringLiteral("highlight-issues"))) {
        // Badges: each component's worst open finding of the rules that `check` runs on this file.
        QString rulesError;
        const auto rules = RuleSet::forDesign(positional.first(), {}, &rulesError);
        if (!rules)
            return cliError(io, command, rulesError);
        for (const Finding& f : Validator::validate(*design, *rules))
            if (!f.suppressed && !f.componentId.isEmpty()
                && (!options.badges.contains(f.componentId) || options.badges.value(f.componentId) < f.severity))
                options.badges.insert(f.componentId, f.severity);
    }
    double usedScale = options.scale;
    const QByteArray bytes = png ? DiagramExport::png(*design, options, &usedScale) : DiagramExport::svg(*design, options);
    if (bytes.isEmpty())
        return cliError(io, command, QStringLiteral("could not draw the diagram"));
    if (png && usedScale < options.scale)
        io.err << "skyforge " << command << ": the diagram is large; drawn at scale " << QString::number(usedScale, 'g', 3)
               << " instead of " << options.scale << Qt::endl;
    return writeCliOutput(parser.value(QStringLiteral("o")), bytes, io) ? ExitCode::Ok : ExitCode::BadInput;
}

} // namespace

ExitCode runExportPngCommand(const QStringList& args, CliIo& io) { return runExportDiagram(args, io, true); }

ExitCode runExportSvgCommand(const QStringList& args, CliIo& io) { return runExportDiagram(args, io, false); }

} // namespace sky
