#pragma once

#include "app/CliCommand.h"

namespace sky {

// One function per sub-command; each lives in its own *Command.cpp.
ExitCode runTemplatesCommand(const QStringList& args, CliIo& io);
ExitCode runNewCommand(const QStringList& args, CliIo& io);
ExitCode runCheckCommand(const QStringList& args, CliIo& io);
// Cost estimate (issue #6).
ExitCode runCostCommand(const QStringList& args, CliIo& io);
// iac (issue #5)
ExitCode runExportTerraformCommand(const QStringList& args, CliIo& io);
ExitCode runExportGithubActionsCommand(const QStringList& args, CliIo& io);
// Diagrams and the architecture document (issue #7).
ExitCode runExportPngCommand(const QStringList& args, CliIo& io);
ExitCode runExportSvgCommand(const QStringList& args, CliIo& io);
ExitCode runExportDocsCommand(const QStringList& args, CliIo& io);

} // namespace sky
