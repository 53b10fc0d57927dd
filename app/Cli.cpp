#include "app/Cli.h"

#include "app/CliCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace sky::Cli {

namespace {

QString argument(int argc, char** argv, int i) { return argc > i ? QString::fromLocal8Bit(argv[i]) : QString(); }

/// "export terraform" is its own command; so is "check". Returns the command and how many words it took.
std::pair<const CliCommand*, int> commandFor(int argc, char** argv)
{
    if (const CliCommand* two = findCliCommand(argument(argc, argv, 1) + QLatin1Char(' ') + argument(argc, argv, 2)))
        return {two, 2};
    return {findCliCommand(argument(argc, argv, 1)), 1};
}

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

/// Headless runs print one clear line on failure and nothing else on stderr: Qt's notice that
/// XDG_RUNTIME_DIR is unset (usual in CI containers) is not the user's business.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

bool isHeadless(int argc, char** argv)
{
    const QString first = argument(argc, argv, 1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("--version"))
        return true;
    return commandFor(argc, argv).first != nullptr || isCommandGroup(first);
}

int run(int argc, char** argv)
{
    // A headless run is short and builds its data once: keep freed memory for reuse instead of
    // handing big blocks back to the system and faulting fresh pages in again as vectors and
    // hashes grow (a third of a 10k-component `check` was the kernel zeroing pages).
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // glibc's maximum
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    const QString first = argument(argc, argv, 1);
    const auto [command, words] = commandFor(argc, argv);
    // Headless runs never need a display, whatever the environment says.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietMessages);
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
    if (!command && isCommandGroup(first)) {
        err << "skyforge " << first << ": unknown or missing kind '" << argument(argc, argv, 2)
            << "'; see skyforge --help" << Qt::endl;
        return int(ExitCode::BadInput);
    }
    if (!command) {
        printHelp(out);
        return 0;
    }
    const QStringList args = QCoreApplication::arguments().mid(1 + words);
    const ExitCode code = command->run(args, io);
    out.flush();
    err.flush();
    return int(code);
}

} // namespace sky::Cli
