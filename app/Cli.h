#pragma once

namespace sky::Cli {

/// True when the arguments name a sub-command, --help or --version: no window opens.
bool isHeadless(int argc, char** argv);
/// Runs a headless invocation on the offscreen platform; returns the exit status.
int run(int argc, char** argv);

} // namespace sky::Cli
