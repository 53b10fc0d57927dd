#include "app/GuiLauncher.h"

#include "model/DesignReader.h"
#include "model/Templates.h"
#include "widgets/MainWindow.h"
#include "widgets/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace sky::GuiLauncher {

namespace {

/// FILE, else the last file opened, else the bundled reference design.
LoadResult initialDesign(const QString& requested, QString* path)
{
    if (!requested.isEmpty()) {
        *path = requested;
        return DesignReader::readFile(requested);
    }
    const QString last = QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0);
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        LoadResult result = DesignReader::readFile(last);
        if (result.ok()) {
            *path = last;
            return result;
        }
    }
    path->clear();
    return Templates::load(QStringLiteral("web-app-ecs"));
}

/// On X11/Wayland systems, whether a window can open. Without a display Qt would abort
/// with a page about platform plugins; a screenshot needs no display at all.
bool chooseDisplay(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return true;
        }
    std::fprintf(stderr, "skyforge: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                         "run it in a desktop session, add --screenshot OUT.png to render the window to a file, "
                         "or use a headless command (skyforge --help)\n");
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

} // namespace

int run(int argc, char** argv)
{
    // A mistyped command must not open a window (or fail for want of a display).
    if (argc > 1 && argv[1][0] != '-') {
        const QString word = QString::fromLocal8Bit(argv[1]);
        if (!QFileInfo::exists(word) && !word.endsWith(QLatin1String(".skyforge"))) {
            std::fprintf(stderr, "skyforge: '%s' is neither a command nor a design file; see skyforge --help\n",
                         qPrintable(word));
            return 2;
        }
    }
    if (!chooseDisplay(argc, argv))
        return 2;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Skyforge"));
    QApplication::setOrganizationName(QStringLiteral("Skyforge"));
    QApplication::setApplicationVersion(QStringLiteral(SKYFORGE_VERSION));
    // The window speaks the user's language when we have it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
    // as QLocale::system() reads them), English otherwise.
    Translations::install(QLocale::system());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design to open."));
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the window and quit."),
                      QStringLiteral("OUT.png")});
    if (!parser.parse(QApplication::arguments()) || parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "skyforge: %s; see skyforge --help\n",
                     qPrintable(parser.errorText().isEmpty() ? QStringLiteral("too many files") : parser.errorText()));
        return 2;
    }
    QString path;
    const QString requested = parser.positionalArguments().value(0);
    LoadResult loaded = initialDesign(requested, &path);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!loaded.ok() && (!screenshot.isEmpty() || requested.isEmpty())) {
        std::fprintf(stderr, "skyforge: %s\n", qPrintable(loaded.error));
        return 2;
    }

    MainWindow window;
    if (loaded.ok())
        window.openDesign(std::move(*loaded.design), path);
    else
        window.showLoadError(loaded.error); // the window opens on the reference design and says why
    window.show();

    if (!screenshot.isEmpty()) {
        int status = 0;
        QTimer::singleShot(0, &window, [&] {
            QString error;
            if (!window.saveScreenshot(screenshot, &error)) {
                std::fprintf(stderr, "skyforge: %s\n", qPrintable(error));
                status = 2;
            }
            QApplication::exit(status);
        });
        const int code = QApplication::exec();
        return status ? status : code;
    }
    // A recovery file means the last session did not end well: offer it once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}

} // namespace sky::GuiLauncher
