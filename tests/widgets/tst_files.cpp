#include "model/DesignReader.h"
#include "model/Document.h"
#include "model/Templates.h"
#include "widgets/Autosave.h"
#include "widgets/DesignScene.h"
#include "widgets/FileController.h"
#include "widgets/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sky;

/// Files: open, save, reopen, bad files, the unsaved-changes prompt, recent files,
/// autosave and recovery.
class TestFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void autosaveWritesRecoveryFile();
    void restoreLoadsRecoveryAsModified();
    void declinedRestoreRemovesTheFile();
    void savingDiscardsRecovery();
    void autosaveTimerFires();
    void saveAndReopen();
    void badFileShowsLoaderMessageAndKeepsDesign();
    void promptOnUnsavedChanges();
    void newFromTemplate();
    void designWithoutPositionsIsLaidOut();
    void titleShowsFileAndModified();

private:
    static Design reference();
    QTemporaryDir* m_dir = nullptr;
    MainWindow* m_window = nullptr;
};

Design TestFiles::reference()
{
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    Q_ASSERT(loaded.ok());
    return *loaded.design;
}

void TestFiles::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SkyforgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_files"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestFiles::init()
{
    m_dir = new QTemporaryDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_window = new MainWindow(nullptr, m_dir->filePath(QStringLiteral("recovery")));
    m_window->openDesign(reference(), {});
    m_window->files()->showError = [](const QString& title, const QString& message) {
        QFAIL(qPrintable(QStringLiteral("unexpected dialog: %1: %2").arg(title, message)));
    };
}

void TestFiles::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
    delete m_dir;
}

void TestFiles::autosaveWritesRecoveryFile()
{
    Document* doc = m_window->document();
    Autosave* autosave = m_window->autosave();
    QVERIFY(!autosave->writeNow()); // nothing unsaved, nothing written
    QVERIFY(!autosave->hasRecovery());
    QVERIFY(doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QString error;
    QVERIFY2(autosave->writeNow(&error), qPrintable(error));
    QVERIFY(autosave->hasRecovery());
    QVERIFY(autosave->recoveryPath().startsWith(m_dir->filePath(QStringLiteral("recovery"))));
    const LoadResult loaded = DesignReader::readFile(autosave->recoveryPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(*loaded.design == doc->design());
}

void TestFiles::restoreLoadsRecoveryAsModified()
{
    Document* doc = m_window->document();
    const QString original = m_dir->filePath(QStringLiteral("inventory.skyforge"));
    QVERIFY(m_window->files()->saveTo(original));
    QVERIFY(doc->setValue(Target::Design, {}, QStringLiteral("name"), "Changed before the crash"));
    QVERIFY(m_window->autosave()->writeNow());
    const Design crashed = doc->design();
    // The process dies here; a new window starts on the same recovery folder.
    auto* next = new MainWindow(nullptr, m_dir->filePath(QStringLiteral("recovery")));
    next->openDesign(reference(), {});
    QString askedFrom;
    const bool restored = next->autosave()->offerRestore([&](const QString& from, const QString&) {
        askedFrom = from;
        return true;
    });
    QVERIFY(restored);
    QCOMPARE(askedFrom, original);
    QVERIFY(next->document()->design() == crashed);
    QVERIFY(next->document()->isModified());
    QCOMPARE(next->document()->filePath(), original);
    QCOMPARE(next->scene()->componentItemCount(), int(crashed.components().size()));
    next->document()->undoStack()->setClean();
    delete next;
}

void TestFiles::declinedRestoreRemovesTheFile()
{
    QVERIFY(m_window->document()->setValue(Target::Design, {}, QStringLiteral("name"), "x"));
    QVERIFY(m_window->autosave()->writeNow());
    Document other;
    Autosave autosave(&other, m_dir->filePath(QStringLiteral("recovery")));
    QVERIFY(!autosave.offerRestore([](const QString&, const QString&) { return false; }));
    QVERIFY(!autosave.hasRecovery());
}

void TestFiles::savingDiscardsRecovery()
{
    QVERIFY(m_window->document()->setValue(Target::Design, {}, QStringLiteral("name"), "x"));
    QVERIFY(m_window->autosave()->writeNow());
    QVERIFY(m_window->files()->saveTo(m_dir->filePath(QStringLiteral("saved.skyforge"))));
    QVERIFY(!m_window->autosave()->hasRecovery());
}

void TestFiles::autosaveTimerFires()
{
    m_window->autosave()->setInterval(20);
    QVERIFY(m_window->document()->setValue(Target::Design, {}, QStringLiteral("name"), "x"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->autosave()->hasRecovery(), 2000);
}

void TestFiles::saveAndReopen()
{
    Document* doc = m_window->document();
    QVERIFY(doc->addComponent({.id = QStringLiteral("logs"), .type = QStringLiteral("s3_bucket"),
                               .parent = QStringLiteral("region"), .position = QPointF(1010, 100)}));
    const QString path = m_dir->filePath(QStringLiteral("round.skyforge"));
    QVERIFY(m_window->files()->saveTo(path));
    QVERIFY(!doc->isModified());
    QCOMPARE(FileController::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    const Design saved = doc->design();
    m_window->openDesign(reference(), {});
    QVERIFY(m_window->files()->openFile(path));
    QVERIFY(doc->design() == saved);
    QCOMPARE(doc->filePath(), QFileInfo(path).absoluteFilePath());
}

void TestFiles::badFileShowsLoaderMessageAndKeepsDesign()
{
    const Design before = m_window->document()->design();
    QString shown;
    m_window->files()->showError = [&](const QString&, const QString& message) { shown = message; };
    const QString bad = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fixtures/load-errors/missing-parent.skyforge");
    const LoadResult expected = DesignReader::readFile(bad);
    QVERIFY(!expected.ok());
    QVERIFY(!m_window->files()->openFile(bad));
    QCOMPARE(shown, expected.error);
    QVERIFY(m_window->document()->design() == before);
    QVERIFY(m_window->document()->filePath().isEmpty());
}

void TestFiles::promptOnUnsavedChanges()
{
    FileController* files = m_window->files();
    int asked = 0;
    files->askSave = [&](const QString&) {
        ++asked;
        return QMessageBox::Cancel;
    };
    QVERIFY(files->maybeSave()); // nothing to save: no question
    QCOMPARE(asked, 0);
    QVERIFY(m_window->document()->setValue(Target::Design, {}, QStringLiteral("name"), "x"));
    files->chooseOpenPath = [] { return QString(); };
    QVERIFY(!files->open());
    QCOMPARE(asked, 1);
    QCOMPARE(m_window->document()->design().name, QStringLiteral("x"));
    files->askSave = [&](const QString&) {
        ++asked;
        return QMessageBox::Save;
    };
    files->chooseSavePath = [this](const QString&) { return m_dir->filePath(QStringLiteral("prompted.skyforge")); };
    QVERIFY(files->maybeSave());
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("prompted.skyforge"))));
    QVERIFY(!m_window->document()->isModified());
}

void TestFiles::newFromTemplate()
{
    FileController* files = m_window->files();
    files->chooseTemplate = [] { return std::optional<QString>(QStringLiteral("static-site")); };
    QVERIFY(files->newDesign());
    QVERIFY(m_window->document()->design() == *Templates::load(QStringLiteral("static-site")).design);
    QVERIFY(m_window->document()->filePath().isEmpty());
    files->chooseTemplate = [] { return std::optional<QString>(QString()); };
    QVERIFY(files->newDesign());
    QVERIFY(m_window->document()->design().components().empty());
    QCOMPARE(m_window->scene()->componentItemCount(), 0);
}

void TestFiles::designWithoutPositionsIsLaidOut()
{
    Design design = reference();
    for (const Component& c : design.components())
        design.mutableComponent(c.id)->position.reset();
    m_window->openDesign(design, {});
    for (const Component& c : m_window->document()->design().components())
        QVERIFY2(c.position.has_value(), qPrintable(c.id));
    QVERIFY(!m_window->document()->isModified());
}

void TestFiles::titleShowsFileAndModified()
{
    const QString path = m_dir->filePath(QStringLiteral("titled.skyforge"));
    QVERIFY(m_window->files()->saveTo(path));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("titled.skyforge — ")));
    QVERIFY(m_window->document()->setValue(Target::Design, {}, QStringLiteral("name"), "y"));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("titled.skyforge* — ")));
    m_window->document()->undoStack()->undo();
    QVERIFY(!m_window->windowTitle().contains(QLatin1Char('*')));
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
