#include "app/CliSupport.h"

#include "model/AtomicOutput.h"
#include "model/DesignReader.h"

namespace sky {

std::optional<Design> loadDesignForCli(const QString& path, CliIo& io, bool showWarnings)
{
    LoadResult result = DesignReader::readFile(path);
    if (!result.ok()) {
        io.err << "skyforge: " << result.error << Qt::endl;
        return std::nullopt;
    }
    if (showWarnings)
        for (const QString& warning : result.warnings)
            io.err << path << ": warning: " << warning << Qt::endl;
    return std::move(result.design);
}

bool parseCliArgs(QCommandLineParser& parser, const QString& command, const QStringList& args, CliIo& io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("skyforge")} + args)) {
        cliError(io, command, parser.errorText() + QStringLiteral("; see skyforge --help"));
        return false;
    }
    return true;
}

bool writeCliOutput(const QString& path, const QByteArray& bytes, CliIo& io)
{
    QString error;
    if (!AtomicOutput::writeFile(path, bytes, &error)) {
        io.err << "skyforge: " << error << Qt::endl;
        return false;
    }
    return true;
}

ExitCode cliError(CliIo& io, const QString& command, const QString& message)
{
    io.err << "skyforge " << command << ": " << message << Qt::endl;
    return ExitCode::BadInput;
}

} // namespace sky
