#include "app/CliSupport.h"
#include "app/Commands.h"

namespace sky {

ExitCode runExportDocsCommand(const QStringList& args, CliIo& io)
{
    return cliError(io, QStringLiteral("export docs"), QStringLiteral("not yet"));
}

} // namespace sky
