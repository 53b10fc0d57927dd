#pragma once

#include "app/ExitCode.h"

#include <QStringList>
#include <QTextStream>
#include <vector>

namespace sky {

/// Where a command writes: standard output for its result, standard error for one clear line.
struct CliIo {
    QTextStream& out;
    QTextStream& err;
    bool outIsTerminal = false;
};

/// One headless sub-command of `skyforge` (CLI.md).
struct CliCommand {
    QString name;     ///< "check", or two words for a kind of a group: "export terraform"
    QString usage;    ///< the synopsis line(s) for --help
    bool needsGui;    ///< draws (fonts, images): runs on QGuiApplication with the offscreen platform
    ExitCode (*run)(const QStringList& args, CliIo& io); ///< args after the command name
};

/// Every sub-command, in the order --help lists them.
const std::vector<CliCommand>& cliCommands();
const CliCommand* findCliCommand(const QString& name);
/// True for the first word of two-word commands ("export").
bool isCommandGroup(const QString& word);

} // namespace sky
