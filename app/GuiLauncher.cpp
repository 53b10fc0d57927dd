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
