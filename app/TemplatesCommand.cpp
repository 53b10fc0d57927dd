#include "app/CliSupport.h"
#include "app/Commands.h"
#include "model/Templates.h"

namespace sky {

ExitCode runTemplatesCommand(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    if (!parseCliArgs(parser, QStringLiteral("templates"), args, io))
        return ExitCode::BadInput;
    if (!parser.positionalArguments().isEmpty())
        return cliError(io, QStringLiteral("templates"), QStringLiteral("takes no arguments"));
    for (const QString& name : Templates::names())
        io.out << qSetFieldWidth(18) << Qt::left << name << qSetFieldWidth(0) << Templates::title(name) << Qt::endl;
    return ExitCode::Ok;
}

ExitCode runNewCommand(const QStringList& args, CliIo& io)
{
    const QString command = QStringLiteral("new");
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("File to write."), QStringLiteral("FILE")});
    if (!parseCliArgs(parser, command, args, io))
        return ExitCode::BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cliError(io, command, QStringLiteral("usage: skyforge new TEMPLATE -o FILE (see skyforge templates)"));
    if (!parser.isSet(QStringLiteral("o")))
        return cliError(io, command, QStringLiteral("missing -o FILE: where to write the design"));
    const QByteArray bytes = Templates::bytes(positional.first());
    if (bytes.isEmpty())
        return cliError(io, command, QStringLiteral("no template '%1'; the templates are: %2")
                                         .arg(positional.first(), Templates::names().join(QStringLiteral(", "))));
    return writeCliOutput(parser.value(QStringLiteral("o")), bytes, io) ? ExitCode::Ok : ExitCode::BadInput;
}

} // namespace sky
