#pragma once

namespace sky::GuiLauncher {

/// `skyforge [FILE] [--screenshot OUT.png]`: opens the designer window.
int run(int argc, char** argv);

} // namespace sky::GuiLauncher
