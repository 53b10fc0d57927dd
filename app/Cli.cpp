#include "app/Cli.h"

#include "app/CliCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace sky::Cli {

namespace {

QString firstArgument(int argc, char** argv) { return argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString(); }

void printHelp(QTextStream& out)
{
    out << "Skyforge " << SKYFORGE_VERSION << ": design, check and export AWS architectures.\n\n"
        << "skyforge [FILE]                         open the designer (FILE, else the last file, else the\n"
        << "                                           bundled \"web-app-ecs\" reference design)\n"
        << "skyforge FILE --screenshot OUT.png      open the window on FILE, save a screenshot, quit\n";
    for (const CliCommand& command : cliCommands())
        out << command.usage << '\n';
    out << "skyforge --help | --version\n\n"
        << "Exit status: 0 success; 1 check found findings at or above --fail-on; 2 the input could not be used.\n";
    out.flush();
}

} // namespace

bool isHeadless(int argc, char** argv)
{
    const QString first = firstArgument(argc, argv);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version"))
        return true;
    return findCliCommand(first) != nullptr;
}

int run(int argc, char** argv)
{
    const QString first = firstArgument(argc, argv);
    const CliCommand* command = findCliCommand(first);
    // Headless runs never need a display, whatever the environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Skyforge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SKYFORGE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io{out, err, isatty(fileno(stdout)) != 0};
    if (first == QLatin1String("--version")) {
        out << "skyforge " << SKYFORGE_VERSION << Qt::endl;
        return 0;
    }
    if (!command) {
        printHelp(out);
        return 0;
    }
    const QStringList args = QCoreApplication::arguments().mid(2);
    const ExitCode code = command->run(args, io);
    out.flush();
    err.flush();
    return int(code);
}

} // namespace sky::Cli
