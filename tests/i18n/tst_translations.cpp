#include "model/Document.h"
#include "model/Templates.h"
#include "widgets/MainWindow.h"
#include "widgets/PropertyPanel.h"
#include "widgets/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <functional>
#include <memory>

using namespace sky;

namespace {

/// Every action text under the menu bar, in order (sub-menus and their actions included).
QStringList menuTexts(const QMainWindow& window)
{
    QStringList texts;
    std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (const QAction* a : actions) {
            if (a->isSeparator())
                continue;
            texts << a->text();
            if (a->menu())
                walk(a->menu()->actions());
        }
    };
    walk(window.menuBar()->actions());
    return texts;
}

QString dockTitle(const QMainWindow& window, const char* objectName)
{
    const auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(objectName));
    return dock ? dock->windowTitle() : QStringLiteral("<no dock %1>").arg(QString::fromLatin1(objectName));
}

/// The %1, %2 ... (and %n) a message uses, which its translation must use too.
QSet<QString> placeholders(const QString& text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

struct TsMessage {
    QString context, source, type;
    bool numerus = false;
    QStringList forms; ///< the translation, or its numerus forms
};

std::vector<TsMessage> readTs(const QString& path, QString* error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage* current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            current = nullptr;
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !current) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.push_back({context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}});
            current = &messages.back();
        } else if (name == QLatin1String("source") && current) {
            current->source = xml.readElementText();
        } else if (name == QLatin1String("translation") && current) {
            current->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current->numerus)
                current->forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform") && current) {
            current->forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

} // namespace

/// The window in Spanish: the embedded translation is complete, and a window built under it
/// speaks Spanish; English stays the default.
class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void tsFileIsComplete();
    void tsFileIsUpToDate();
    void englishInstallsNothing();
    void spanishWindow();
    void everyMenuEntryIsTranslated();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QTemporaryDir m_recovery;
};

void TestTranslations::initTestCase()
{
    // Our own settings: no recent files from elsewhere (file names read the same in any language).
    QCoreApplication::setOrganizationName(QStringLiteral("SkyforgeTranslationsTest"));
    QSettings().clear();
}

void TestTranslations::cleanup() { Translations::uninstall(); }

std::unique_ptr<MainWindow> TestTranslations::makeWindow()
{
    auto window = std::make_unique<MainWindow>(nullptr, m_recovery.path());
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    if (loaded.ok())
        window->openDesign(std::move(*loaded.design), {});
    window->document()->undoStack()->setClean(); // no prompt on close
    return window;
}

void TestTranslations::tsFileIsComplete()
{
    QString error;
    const auto messages = readTs(QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/i18n/skyforge_es.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));
    for (const TsMessage& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 is %2").arg(where, m.type)));
        QVERIFY2(m.forms.size() == (m.numerus ? 2 : 1), qPrintable(where));
        for (const QString& form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(form);
            if (m.numerus) { // the singular may say "un" instead of "%n"
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            QVERIFY2(got == expected, qPrintable(where + QStringLiteral(" → ") + form + QStringLiteral(": placeholders differ")));
        }
    }
}

void TestTranslations::tsFileIsUpToDate()
{
    // lupdate over today's sources, into a copy: a tr() text added since the .ts was last
    // updated comes out unfinished, one removed makes the counts differ.
    QTemporaryDir dir;
    const QString ts = SKYFORGE_SOURCE_DIR "/resources/i18n/skyforge_es.ts";
    const QString copy = dir.filePath(QStringLiteral("skyforge_es.ts"));
    QVERIFY(QFile::copy(ts, copy));
    QProcess lupdate;
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                     QStringLiteral("-I"), QStringLiteral(SKYFORGE_SOURCE_DIR)};
    args << QStringLiteral(SKYFORGE_TRANSLATED_SOURCES).split(QLatin1Char('|')) << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(SKYFORGE_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const auto committed = readTs(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const TsMessage& m : updated)
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("'%1' (%2) is not in resources/i18n/skyforge_es.ts: run "
                                                             "`ninja widgets_lupdate` and translate it")
                                                  .arg(m.source, m.context)));
    QCOMPARE(updated.size(), committed.size());
}

void TestTranslations::englishInstallsNothing()
{
    QVERIFY(!Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    QVERIFY(!Translations::install(QLocale(QLocale::C)));
    const auto window = makeWindow();
    QCOMPARE(window->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QCOMPARE(dockTitle(*window, "findingsDock"), QStringLiteral("Findings"));
}

void TestTranslations::spanishWindow()
{
    QVERIFY(Translations::install(QLocale(QLocale::Spanish, QLocale::Spain)));
    const auto window = makeWindow();
    QStringList titles;
    for (const QAction* a : window->menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("&Ver"),
                                  QStringLiteral("&Organizar")}));
    QCOMPARE(dockTitle(*window, "paletteDock"), QStringLiteral("Componentes"));
    QCOMPARE(dockTitle(*window, "propertiesDock"), QStringLiteral("Propiedades"));
    QCOMPARE(dockTitle(*window, "historyDock"), QStringLiteral("Historial de cambios"));
    QCOMPARE(dockTitle(*window, "findingsDock"), QStringLiteral("Hallazgos"));
    QCOMPARE(dockTitle(*window, "costDock"), QStringLiteral("Coste"));
    // The environment is shown in Spanish but stored as the format's word.
    auto* environment = qobject_cast<QComboBox*>(window->properties()->editor(QStringLiteral("settings.environment")));
    QVERIFY(environment);
    QCOMPARE(environment->currentText(), QStringLiteral("producción"));
    QCOMPARE(environment->currentData().toString(), QStringLiteral("production"));
    // The cost engine's own wording follows the window's language.
    auto* optimisations = window->findChild<QListWidget*>(QStringLiteral("costOptimisations"));
    QVERIFY(optimisations);
    const auto first = [optimisations] { return optimisations->count() ? optimisations->item(0)->text() : QString(); };
    // The dock refreshes a moment after the design opens.
    QTRY_VERIFY2(first().contains(QStringLiteral("ahorra")) && first().contains(QStringLiteral("Ejecutar el 50%")),
                 qPrintable(first()));
    // Other languages of Spain or variants of Spanish find the same file.
    Translations::uninstall();
    QVERIFY(Translations::install(QLocale(QLocale::Spanish, QLocale::Mexico)));
}

void TestTranslations::everyMenuEntryIsTranslated()
{
    QStringList english;
    {
        const auto window = makeWindow();
        english = menuTexts(*window);
    }
    QVERIFY(Translations::install(QLocale(QLocale::Spanish, QLocale::Spain)));
    const auto window = makeWindow();
    const QStringList spanish = menuTexts(*window);
    QCOMPARE(spanish.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i)
        QVERIFY2(spanish[i] != english[i], qPrintable(QStringLiteral("menu entry '%1' is not translated").arg(english[i])));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
