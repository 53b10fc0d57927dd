#pragma once

namespace sky {

/// CLI.md's exit status, the same for every command.
enum class ExitCode : int {
    Ok = 0,       ///< success; for check: nothing at or above --fail-on
    Findings = 1, ///< check found findings at or above the threshold
    BadInput = 2, ///< the input could not be used: unreadable file, invalid design, unknown option
};

} // namespace sky
