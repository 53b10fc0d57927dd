#include "model/DesignReader.h"
#include "model/DesignWriter.h"
#include "model/Templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sky;

namespace {
const QString kFixtures = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fixtures/");
}

class TestDesignIo : public QObject {
    Q_OBJECT
private slots:
    void templatesRoundTrip_data();
    void templatesRoundTrip();
    void handWrittenFileLoads();
    void unknownKeysSurviveSave();
    void loadErrors_data();
    void loadErrors();
    void errorNamesTheFile();
    void savedFileIsStableAndCompact();
    void saveIsAtomic();
    void hugeFileRefusedBeforeParsing();
};

void TestDesignIo::templatesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : Templates::names())
        QTest::newRow(qPrintable(name)) << name;
    QVERIFY(Templates::names().contains(QStringLiteral("web-app-ecs")));
    QVERIFY(Templates::names().contains(QStringLiteral("web-app-ecs-dev")));
    QVERIFY(Templates::names().contains(QStringLiteral("static-site")));
}

void TestDesignIo::templatesRoundTrip()
{
    QFETCH(QString, name);
    const LoadResult first = Templates::load(name);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY2(first.warnings.isEmpty(), qPrintable(first.warnings.join(QLatin1Char('\n'))));
    const QByteArray saved = DesignWriter::toBytes(*first.design);
    const LoadResult second = DesignReader::readBytes(saved, name);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(*second.design == *first.design);
    QCOMPARE(DesignWriter::toBytes(*second.design), saved);
    // The bundled files are written the way the program writes them.
    QCOMPARE(QString::fromUtf8(saved), QString::fromUtf8(Templates::bytes(name)));
}

void TestDesignIo::handWrittenFileLoads()
{
    const LoadResult result = DesignReader::readFile(kFixtures + QStringLiteral("load-ok/hand-written.skyforge"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Design& d = *result.design;
    QCOMPARE(d.name, QStringLiteral("Written by hand"));
    QCOMPARE(d.region, QStringLiteral("eu-west-1"));
    QCOMPARE(d.components().size(), size_t(5));
    QCOMPARE(d.component(QStringLiteral("site"))->name, QStringLiteral("Site – ünïcödé 名前"));
    QCOMPARE(d.component(QStringLiteral("db"))->position->x(), 1.5);
    QCOMPARE(d.connection(QStringLiteral("c2"))->port.value(), 443);
    QVERIFY(!d.connection(QStringLiteral("c1"))->port);
    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("components[3].properties.multi_az: expected true or false")), qPrintable(warnings));
    QVERIFY(warnings.contains(QStringLiteral("components[3].properties.shiny: unknown property")));
    QVERIFY(warnings.contains(QStringLiteral("components[4].type: 'quantum_computer' is not a component type")));
    QVERIFY(warnings.contains(QStringLiteral("connections[1].color: unknown key, kept as it is")));
    QVERIFY(warnings.contains(QStringLiteral("layers: unknown key, kept as it is")));
    // Wrong values are kept as they are, for the user to fix.
    QVERIFY(d.component(QStringLiteral("db"))->properties["multi_az"] == Json("yes"));
}

void TestDesignIo::unknownKeysSurviveSave()
{
    const LoadResult first = DesignReader::readFile(kFixtures + QStringLiteral("load-ok/hand-written.skyforge"));
    QVERIFY(first.ok());
    const QByteArray saved = DesignWriter::toBytes(*first.design);
    QVERIFY(saved.contains("\"layers\""));
    QVERIFY(saved.contains("\"color\": \"red\""));
    QVERIFY(saved.contains("\"shiny\": 1"));
    QVERIFY(saved.contains("\"quantum_computer\""));
    const LoadResult second = DesignReader::readBytes(saved, QStringLiteral("saved"));
    QVERIFY(second.ok());
    QVERIFY(*second.design == *first.design);
}

void TestDesignIo::loadErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty" << "empty.skyforge: the file is empty";
    QTest::newRow("truncated") << "truncated" << "truncated.skyforge: line 1, column 77: invalid JSON";
    QTest::newRow("not utf-8") << "not-utf8" << "must be UTF-8";
    QTest::newRow("components not array") << "components-not-array" << "components: must be an array";
    QTest::newRow("id not string") << "id-not-string" << "components[1].id: must be a string";
    QTest::newRow("duplicate id") << "duplicate-id" << "components[1].id: 'users' is used twice";
    QTest::newRow("missing parent") << "missing-parent" << "components[2].parent: 'regoin' does not exist";
    QTest::newRow("missing end") << "missing-connection-end" << "connections[0].to: component 'cdn' does not exist";
    QTest::newRow("cycle") << "parent-cycle" << "components[0].parent: 'a' is inside itself (a parent cycle)";
    QTest::newRow("future format") << "future-format" << "format: the file is in format skyforge/2, written by a newer Skyforge";
    QTest::newRow("too deep") << "too-deep" << "nested deeper than 32 levels";
    QTest::newRow("connection to container") << "connection-to-container" << "connections[0].to: 'region' is a container";
    QTest::newRow("bad port") << "bad-port" << "connections[0].port: must be a whole number from 1 to 65535";
    QTest::newRow("missing reason") << "missing-reason" << "components[0].suppressions[0].reason: is missing";
    QTest::newRow("not object") << "not-object" << "the file must hold one JSON object";
    QTest::newRow("missing name") << "missing-name" << "name: is missing";
    // A bare '$' in a pattern would let one trailing line break through.
    QTest::newRow("id with trailing newline") << "id-trailing-newline" << "components[0].id:";
    QTest::newRow("format with trailing newline") << "format-trailing-newline" << "format:";
    QTest::newRow("no such file") << "does-not-exist" << "does-not-exist.skyforge: no such file";
}

void TestDesignIo::loadErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = kFixtures + QStringLiteral("load-errors/") + file + QStringLiteral(".skyforge");
    const LoadResult result = DesignReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(!result.error.contains(QLatin1Char('\n')), "one line");
    QVERIFY(result.warnings.isEmpty());
}

void TestDesignIo::errorNamesTheFile()
{
    const LoadResult result = DesignReader::readBytes("{\"format\": \"skyforge/1\",\n  \"name\": x}", QStringLiteral("mine.skyforge"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("mine.skyforge: line 2, column 11: invalid JSON")), qPrintable(result.error));
}

void TestDesignIo::savedFileIsStableAndCompact()
{
    const LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    const QString text = QString::fromUtf8(DesignWriter::toBytes(*loaded.design));
    QVERIFY(text.startsWith(QStringLiteral("{\n  \"format\": \"skyforge/1\",\n  \"name\": ")));
    QVERIFY(text.indexOf(QStringLiteral("\"region\"")) < text.indexOf(QStringLiteral("\"components\"")));
    QVERIFY(text.indexOf(QStringLiteral("\"components\"")) < text.indexOf(QStringLiteral("\"connections\"")));
    // Coordinates stay on one line so that a move is a one-line diff.
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\"position\": \\[\\d+, \\d+\\]"))), qPrintable(text.left(600)));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
}

void TestDesignIo::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.skyforge"));
    const LoadResult loaded = Templates::load(QStringLiteral("static-site"));
    QString error;
    QVERIFY(DesignWriter::save(*loaded.design, path, &error));
    QVERIFY(DesignReader::readFile(path).ok());
    // A failed save leaves the old file whole and says why.
    QVERIFY(!DesignWriter::save(*loaded.design, dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("cannot write")));
    QVERIFY(!DesignWriter::save(*loaded.design, dir.filePath(QStringLiteral("missing/dir/a.skyforge")), &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.skyforge")});
}

void TestDesignIo::hugeFileRefusedBeforeParsing()
{
    const QByteArray huge(DesignReader::kMaxFileBytes + 1, ' ');
    const LoadResult result = DesignReader::readBytes(huge, QStringLiteral("huge.skyforge"));
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("larger than 64 MiB")));
}

QTEST_GUILESS_MAIN(TestDesignIo)
#include "tst_designio.moc"
