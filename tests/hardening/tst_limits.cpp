// Hostile input (issue #8): every reader refuses it with one clear message, never a
// crash, a hang or undefined behaviour. Each input found by a fuzzer is a fixture under
// tests/fixtures/hardening/ and a row here.
#include "model/Catalog.h"
#include "model/DesignReader.h"
#include "model/DesignSettings.h"
#include "model/DesignWriter.h"
#include "model/YamlJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace sky;

namespace {

const QString kFixtures = QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fixtures/hardening/");

QByteArray readFixture(const QString& name)
{
    QFile file(kFixtures + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// A valid design with one component whose JSON text is `component`, plus `extraTop`.
QByteArray design(const QByteArray& component, const QByteArray& settings = "{}")
{
    return "{\"format\": \"skyforge/1\", \"name\": \"n\", \"region\": \"us-east-1\", \"settings\": " + settings
        + ", \"components\": [" + component + "], \"connections\": []}";
}

QByteArray billionLaughs()
{
    QByteArray yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i)
        yaml += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                    .arg(i).arg(i - 1).toUtf8();
    return yaml;
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() < 0x20 || ch.unicode() == 0x7F; });
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private slots:
    void yamlRefused_data();
    void yamlRefused();
    void yamlRealFilesStillLoad_data();
    void yamlRealFilesStillLoad();
    void yamlTextIsValidUtf8();
    void catalogRefused_data();
    void catalogRefused();
    void designRefused_data();
    void designRefused();
    void hugeNumbersLoadWithoutUb();
    void namesKeepTabAndLineBreak();
    void messagesCarryNoControlCharacters();
    void tooManyComponents();
    void deepParentChainIsFast();
};

void TestLimits::yamlRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("flow nesting") << QByteArray(100'000, '[') << "nested deeper than 64 levels";
    QTest::newRow("compact block nesting") << QByteArray("- ").repeated(100'000) + "x\n" << "nested deeper than 64 levels";
    QByteArray indented;
    for (int i = 0; i < 2000; ++i)
        indented += QByteArray(i, ' ') + "a:\n";
    QTest::newRow("indented block nesting") << indented << "nested deeper than 64 levels";
    QByteArray sequences;
    for (int i = 0; i < 2000; ++i)
        sequences += QByteArray(i, ' ') + "-\n";
    QTest::newRow("indented sequences") << sequences << "nested deeper than 64 levels";
    QTest::newRow("billion laughs") << billionLaughs() << "more than 500000 nodes";
    QTest::newRow("not utf-8") << QByteArray("key: caf\xe9\n") << "not UTF-8";
    QTest::newRow("utf-16") << QByteArray("\xff\xfek\0:\0 \0v\0", 10) << "not UTF-8";
    QTest::newRow("too big") << QByteArray(8 * 1024 * 1024 + 1, '#') << "larger than";
}

void TestLimits::yamlRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!yamlToJson(yaml, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(timer.elapsed() < 20'000, "refusing must be fast");
}

void TestLimits::yamlRealFilesStillLoad_data()
{
    // The nesting estimate must not refuse real files: block scalars, deep-ish indentation.
    QTest::addColumn<QString>("path");
    QTest::newRow("catalog") << QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/catalog/catalog.yaml");
    for (const QString& f : QDir(QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/pricing")).entryList({QStringLiteral("*.yaml")}))
        QTest::newRow(qPrintable(f)) << QStringLiteral(SKYFORGE_SOURCE_DIR "/resources/pricing/") + f;
    QTest::newRow("fuzz seed") << QStringLiteral(SKYFORGE_SOURCE_DIR "/tests/fuzz/seeds/yaml/anchors.yaml");
}

void TestLimits::yamlRealFilesStillLoad()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY2(yamlToJson(file.readAll(), &error), qPrintable(error));
    QByteArray deepButFine;
    for (int i = 0; i < 60; ++i)
        deepButFine += QByteArray(i * 2, ' ') + "a:\n";
    deepButFine += QByteArray(120, ' ') + "b: |\n" + QByteArray(400, ' ') + "indented text is not nesting\n";
    QVERIFY2(yamlToJson(deepButFine, &error), qPrintable(error));
}

void TestLimits::yamlTextIsValidUtf8()
{
    // yaml-cpp decodes "\uD800" into a lone surrogate; JSON text must stay valid UTF-8.
    QString error;
    const auto lone = yamlToJson("k: \"\\uD800\"\n", &error);
    if (lone)
        QVERIFY_THROWS_NO_EXCEPTION(lone->dump());
    else
        QVERIFY2(error.contains(QStringLiteral("UTF-8")) || error.contains(QStringLiteral("invalid unicode")), qPrintable(error));
    const auto fine = yamlToJson("k: \"\\u00e9 \\U0001F600\"\n", &error);
    QVERIFY2(fine, qPrintable(error));
    QVERIFY((*fine)["k"] == Json("\xc3\xa9 \xf0\x9f\x98\x80"));
}

void TestLimits::catalogRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fuzz: container not bool") << readFixture(QStringLiteral("catalog-container-not-bool.yaml"))
                                              << "'container' must be true or false";
    QTest::newRow("billion laughs") << billionLaughs() << "more than 500000 nodes";
    QTest::newRow("deep nesting") << QByteArray("types:\n") + QByteArray("- ").repeated(50'000) << "nested deeper";
}

void TestLimits::catalogRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Catalog::fromYaml(yaml, QStringLiteral("hostile.yaml"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("hostile.yaml: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestLimits::designRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray users = "{\"id\": \"u\", \"type\": \"users\"";
    QTest::newRow("1e400 in properties") << design(users + ", \"properties\": {\"x\": 1e400}}")
                                         << "invalid JSON: number overflow parsing '1e400'; numbers must be finite";
    QTest::newRow("-1e400 in extra") << design(users + ", \"more\": [1, -1e400]}") << "number overflow parsing '-1e400'";
    QTest::newRow("1e400 in settings") << design(users + "}", "{\"expected_daily_users\": 1e400}")
                                       << "number overflow parsing '1e400'";
    QTest::newRow("NaN") << design(users + ", \"position\": [NaN, 0]}") << "invalid JSON";
    QTest::newRow("Infinity") << design(users + ", \"position\": [Infinity, 0]}") << "invalid JSON";
    QTest::newRow("huge position") << design(users + ", \"position\": [99999999999999999999, 0]}") << "must be [x, y]";
    QTest::newRow("huge size") << design(users + ", \"size\": [1e308, 1]}") << "must be [width, height]";
    QTest::newRow("port 2^64-1") << design("{\"id\": \"a\", \"type\": \"users\"}, {\"id\": \"b\", \"type\": \"alb\"}")
                                        .replace("\"connections\": []", "\"connections\": [{\"id\": \"c\", \"from\": \"a\", \"to\": \"b\", \"protocol\": \"tcp\", \"port\": 18446744073709551615}]")
                                 << "port: must be a whole number from 1 to 65535";
    QTest::newRow("port -2^63") << design("{\"id\": \"a\", \"type\": \"users\"}, {\"id\": \"b\", \"type\": \"alb\"}")
                                       .replace("\"connections\": []", "\"connections\": [{\"id\": \"c\", \"from\": \"a\", \"to\": \"b\", \"protocol\": \"tcp\", \"port\": -9223372036854775808}]")
                                << "port: must be a whole number from 1 to 65535";
    QTest::newRow("port 1e20") << design("{\"id\": \"a\", \"type\": \"users\"}, {\"id\": \"b\", \"type\": \"alb\"}")
                                      .replace("\"connections\": []", "\"connections\": [{\"id\": \"c\", \"from\": \"a\", \"to\": \"b\", \"protocol\": \"https\", \"port\": 99999999999999999999}]")
                               << "port: must be a whole number from 1 to 65535";
    QTest::newRow("escape in name") << design(users + ", \"name\": \"\\u001b[31mred\"}") << "components[0].name: holds the control character U+001b at character 1";
    QTest::newRow("NUL in name") << design(users + ", \"name\": \"a\\u0000b\"}") << "components[0].name: holds the control character U+0000";
    QTest::newRow("CR in design name") << design(users + "}").replace("\"name\": \"n\"", "\"name\": \"a\\rb\"") << "name: holds the control character U+000d";
    QTest::newRow("C1 CSI in label") << design("{\"id\": \"a\", \"type\": \"users\"}, {\"id\": \"b\", \"type\": \"alb\"}")
                                            .replace("\"connections\": []", "\"connections\": [{\"id\": \"c\", \"from\": \"a\", \"to\": \"b\", \"protocol\": \"https\", \"label\": \"\\u009b2J\"}]")
                                     << "connections[0].label: holds the control character U+009b";
    QTest::newRow("lone surrogate") << design(users + ", \"name\": \"\\ud800\"}") << "invalid JSON";
    QTest::newRow("raw invalid utf-8") << design(users + ", \"name\": \"\xc3\x28\"}") << "must be UTF-8";
    QTest::newRow("long text") << design(users + ", \"notes\": \"" + QByteArray(64 * 1024 + 1, 'x') + "\"}") << "components[0].notes: is longer than 65536 bytes";
    QTest::newRow("deep nesting") << design(users + ", \"x\": " + QByteArray(100'000, '[') + "}") << "nested deeper than 32 levels";
}

void TestLimits::designRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const LoadResult result = DesignReader::readBytes(json, QStringLiteral("hostile.skyforge"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(!hasControlCharacter(result.error), qPrintable(result.error));
}

void TestLimits::hugeNumbersLoadWithoutUb()
{
    // Wrong-kind values load with a warning (FORMAT.md); reading them must not be UB
    // (an out-of-range double converted to int is). The UBSan CI run checks this.
    const QByteArray text = design("{\"id\": \"e\", \"type\": \"ecs_fargate_service\", \"properties\": "
                                   "{\"min_tasks\": 99999999999999999999, \"max_tasks\": 18446744073709551615, \"memory\": -1e300}}",
                                   "{\"expected_daily_users\": 1e300, \"peak_requests_per_second\": -1e300}");
    const LoadResult result = DesignReader::readBytes(text, QStringLiteral("big.skyforge"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QStringLiteral("properties.min_tasks: expected a whole number")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("settings.expected_daily_users: expected a whole number")), qPrintable(warnings));
    QCOMPARE(DesignSettings::expectedDailyUsers(*result.design), 2'000'000'000);
    QCOMPARE(DesignSettings::peakRequestsPerSecond(*result.design), -1e300);
    const LoadResult again = DesignReader::readBytes(DesignWriter::toBytes(*result.design), QStringLiteral("saved"));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(*again.design == *result.design);
}

void TestLimits::namesKeepTabAndLineBreak()
{
    // The choice (README "Hardening"): control characters are refused, but tab and line
    // break are text in every field, and notes may hold Windows line ends.
    const LoadResult result = DesignReader::readBytes(
        design("{\"id\": \"u\", \"type\": \"users\", \"name\": \"two\\nlines\\tand tab\", \"notes\": \"a\\r\\nb\"}"),
        QStringLiteral("ok.skyforge"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.design->components()[0].name, QStringLiteral("two\nlines\tand tab"));
    QCOMPARE(result.design->components()[0].notes, QStringLiteral("a\r\nb"));
}

void TestLimits::messagesCarryNoControlCharacters()
{
    // Unknown keys are kept; the warnings that name them must not reach a terminal raw.
    const LoadResult result = DesignReader::readBytes(
        design("{\"id\": \"u\", \"type\": \"users\", \"\\u001b]0;owned\\u0007\": 1}"), QStringLiteral("keys.skyforge"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(!hasControlCharacter(result.warnings.first()), qPrintable(result.warnings.first()));
    QVERIFY(result.warnings.first().contains(QStringLiteral("]0;owned")));
}

void TestLimits::tooManyComponents()
{
    QByteArray components;
    components.reserve(30 * (DesignReader::kMaxComponents + 1));
    for (int i = 0; i <= DesignReader::kMaxComponents; ++i)
        components += (i ? ",{\"id\":\"c" : "{\"id\":\"c") + QByteArray::number(i) + "\",\"type\":\"users\"}";
    const LoadResult result = DesignReader::readBytes(design(components), QStringLiteral("many.skyforge"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("components: more than 200000 components")), qPrintable(result.error));
}

void TestLimits::deepParentChainIsFast()
{
    // Found while reviewing the loader: the parent-cycle check walked every chain in full,
    // quadratic in the chain length; 20,000 nested regions took minutes. Now linear.
    QByteArray components = "{\"id\":\"r0\",\"type\":\"region\"}";
    const int n = 20'000;
    for (int i = 1; i < n; ++i)
        components += ",{\"id\":\"r" + QByteArray::number(i) + "\",\"type\":\"region\",\"parent\":\"r" + QByteArray::number(i - 1) + "\"}";
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DesignReader::readBytes(design(components), QStringLiteral("chain.skyforge"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.design->components().size(), size_t(n));
    QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
    // And a cycle at the end of a long chain is still found.
    components += ",{\"id\":\"x\",\"type\":\"region\",\"parent\":\"y\"},{\"id\":\"y\",\"type\":\"region\",\"parent\":\"x\"}";
    const LoadResult cycle = DesignReader::readBytes(design(components), QStringLiteral("cycle.skyforge"));
    QVERIFY(!cycle.ok());
    QVERIFY2(cycle.error.contains(QStringLiteral("components[20000].parent: 'x' is inside itself")), qPrintable(cycle.error));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
