#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/SkyforgeProcess.h"

namespace {
const QString kFixtures = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fixtures/");

using skytest::Run;
using skytest::skyforge;
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion();
    void templates();
    void newThenCheck();
    void newRefusesUnknownTemplateAndWritesNothing();
    void checkLoadErrorsExit2_data();
    void checkLoadErrorsExit2();
    void unknownOptionExit2();
    void existingOutputReplacedWhole();
    void windowWithoutDisplay();
};

void TestCli::helpAndVersion()
{
    const Run help = skyforge({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("skyforge check FILE")));
    QVERIFY(help.out.contains(QStringLiteral("skyforge new TEMPLATE -o FILE")));
    const Run version = skyforge({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("skyforge ")));
}

void TestCli::templates()
{
    const Run run = skyforge({QStringLiteral("templates")});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("web-app-ecs ")));
    QVERIFY(run.out.contains(QStringLiteral("web-app-ecs-dev")));
    QVERIFY(run.out.contains(QStringLiteral("static-site")));
    QVERIFY(run.out.contains(QStringLiteral("Inventory web app")));
}

void TestCli::newThenCheck()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.skyforge"));
    QCOMPARE(skyforge({QStringLiteral("new"), QStringLiteral("web-app-ecs"), QStringLiteral("-o"), file}).code, 0);
    QVERIFY(QFile::exists(file));
    const Run check = skyforge({QStringLiteral("check"), file});
    QCOMPARE(check.code, 0);
    QVERIFY2(check.err.isEmpty(), qPrintable(check.err));
}

void TestCli::newRefusesUnknownTemplateAndWritesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.skyforge"));
    const Run run = skyforge({QStringLiteral("new"), QStringLiteral("nope"), QStringLiteral("-o"), file});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("no template 'nope'")));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(skyforge({QStringLiteral("new"), QStringLiteral("web-app-ecs")}).code, 2);
}

void TestCli::checkLoadErrorsExit2_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(kFixtures + QStringLiteral("load-errors")).entryList({QStringLiteral("*.skyforge")});
    QVERIFY(files.size() >= 15);
    for (const QString& f : files)
        QTest::newRow(qPrintable(f)) << f;
    QTest::newRow("missing file") << QStringLiteral("no-such-file.skyforge");
}

void TestCli::checkLoadErrorsExit2()
{
    QFETCH(QString, file);
    const QString path = kFixtures + QStringLiteral("load-errors/") + file;
    const Run run = skyforge({QStringLiteral("check"), path});
    QCOMPARE(run.code, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one clear line
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
}

void TestCli::unknownOptionExit2()
{
    const Run run = skyforge({QStringLiteral("check"), QStringLiteral("--colour"), QStringLiteral("x.skyforge")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("colour")), qPrintable(run.err));
}

void TestCli::existingOutputReplacedWhole()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.skyforge"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100000, 'x'));
    f.close();
    QCOMPARE(skyforge({QStringLiteral("new"), QStringLiteral("static-site"), QStringLiteral("-o"), file}).code, 0);
    QCOMPARE(skyforge({QStringLiteral("check"), file}).code, 0);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
}

// With no display the window cannot open: one clear line and exit 2, not Qt's abort; a
// screenshot needs no display and renders offscreen.
void TestCli::windowWithoutDisplay()
{
    const QString design = QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/templates/static-site.skyforge");
    const Run refused = skyforge({design});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("no display")) && refused.err.count(QLatin1Char('\n')) == 1,
             qPrintable(refused.err));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const Run shot = skyforge({design, QStringLiteral("--screenshot"), png});
    QVERIFY2(shot.code == 0, qPrintable(shot.err));
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
