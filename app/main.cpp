#include "app/Cli.h"
#include "app/GuiLauncher.h"

int main(int argc, char** argv)
{
    if (sky::Cli::isHeadless(argc, argv))
        return sky::Cli::run(argc, argv);
    return sky::GuiLauncher::run(argc, argv);
}
