#pragma once

#include "app/CliCommand.h"
#include "model/Design.h"

#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace sky {

/// Loads a design for a command; on failure prints one line to stderr and returns nullopt.
/// Load warnings go to stderr as "FILE: warning: ...".
std::optional<Design> loadDesignForCli(const QString& path, CliIo& io, bool showWarnings = true);

/// Parses a command's arguments; on failure prints one line ("skyforge check: unknown
/// option --x; see skyforge --help") and returns false.
bool parseCliArgs(QCommandLineParser& parser, const QString& command, const QStringList& args, CliIo& io);

/// Writes bytes to an output path atomically; on failure prints one line and returns false.
bool writeCliOutput(const QString& path, const QByteArray& bytes, CliIo& io);

/// Prints "skyforge COMMAND: message" on stderr and returns ExitCode::BadInput.
ExitCode cliError(CliIo& io, const QString& command, const QString& message);

} // namespace sky
