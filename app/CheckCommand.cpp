#include "app/CliSupport.h"
#include "app/Commands.h"

namespace sky {

ExitCode runCheckCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge check FILE"));
    const auto design = loadDesignForCli(positional.first(), io);
    if (!design)
        return ExitCode::BadInput;
    io.out << positional.first() << ": loaded " << design->components().size() << " components and "
           << design->connections().size() << " connections" << Qt::endl;
    return ExitCode::Ok;
}

} // namespace sky
