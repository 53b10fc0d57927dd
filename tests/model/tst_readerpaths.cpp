// The loader reads clean files through a fast path (parser events straight into a Design) and
// everything else through the full reader. The two must agree on every input: same design,
// same error, same warnings. This test compares them on every design file of the repository
// and on thousands of mutated designs (wrong types, nulls, unknown and repeated keys, key
// orders, control characters, dangling references, ...). Also: the bundled catalog and rules
// ship as the JSON that the build converted from their YAML; that JSON is the YAML's value.
#include "model/DesignReader.h"
#include "model/DesignReaderFastPath.h"
#include "model/DesignWriter.h"
#include "model/Templates.h"
#include "model/YamlJson.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace sky;

namespace {

/// "" when both paths agree on `bytes`, else what differs. Counts the files the fast path took.
QString disagreement(const QByteArray& bytes, int* fastPathTook = nullptr)
{
    const std::optional<Design> clean = DesignReader::FastPath::readClean(bytes);
    const LoadResult fast = DesignReader::readBytes(bytes, QStringLiteral("x.skyforge"));
    const LoadResult full = DesignReader::readBytesFully(bytes, QStringLiteral("x.skyforge"));
    if (fast.ok() != full.ok())
        return QStringLiteral("ok %1 vs %2: %3").arg(fast.ok()).arg(full.ok()).arg(full.error);
    if (fast.error != full.error)
        return QStringLiteral("error '%1' vs '%2'").arg(fast.error, full.error);
    if (fast.warnings != full.warnings)
        return QStringLiteral("warnings '%1' vs '%2'").arg(fast.warnings.join(u'|'), full.warnings.join(u'|'));
    if (fast.ok() && !(*fast.design == *full.design))
        return QStringLiteral("the designs differ");
    if (fast.ok() && DesignWriter::toBytes(*fast.design) != DesignWriter::toBytes(*full.design))
        return QStringLiteral("the saved bytes differ");
    if (clean) {
        // The fast path's answer, when it gives one, is the full reader's: a design, no warning.
        if (!full.ok() || !full.warnings.isEmpty())
            return QStringLiteral("the fast path took a file the full reader refuses or warns about: %1%2")
                .arg(full.error, full.warnings.join(u'|'));
        if (!(*clean == *full.design))
            return QStringLiteral("the fast path's design differs");
        if (fastPathTook)
            ++*fastPathTook;
    }
    return {};
}

/// Values that each break some rule of FORMAT.md somewhere, or are fine somewhere else.
nlohmann::ordered_json someValue(QRandomGenerator& random)
{
    switch (random.bounded(22)) {
    case 0: return nullptr;
    case 1: return true;
    case 2: return 0;
    case 3: return -1;
    case 4: return 443;
    case 5: return 70000;
    case 6: return 1.5;
    case 7: return "";
    case 8: return "api";
    case 9: return "api\n";
    case 10: return "Api";
    case 11: return "a\x1b[31m";
    case 12: return "line\r\nbreak";
    case 13: return "users";
    case 14: return "region";
    case 15: return nlohmann::ordered_json::array({1, 2});
    case 16: return nlohmann::ordered_json::array({-5, 0});
    case 17: return nlohmann::ordered_json::object({{"multi_az", false}});
    case 18: return nlohmann::ordered_json::array({{{"rule", "SKY-NET-001"}, {"reason", " "}}});
    case 19: return nlohmann::ordered_json::array({{{"rule", "SKY-NET-001"}, {"reason", "accepted"}}});
    case 20: return std::string(size_t(70 * 1024), 'x');
    default: return "tcp";
    }
}

const char* someKey(QRandomGenerator& random)
{
    static const char* keys[] = {"id", "type", "name", "parent", "position", "size", "properties", "notes", "suppressions",
                                 "from", "to", "protocol", "port", "label", "extra_key", "multi_az", "tier", "waf"};
    return keys[random.bounded(int(std::size(keys)))];
}

/// One random change somewhere in the design.
void mutate(nlohmann::ordered_json& root, QRandomGenerator& random)
{
    const auto pickItem = [&](const char* list) -> nlohmann::ordered_json* {
        auto it = root.find(list);
        if (it == root.end() || !it->is_array() || it->empty())
            return nullptr;
        return &(*it)[size_t(random.bounded(int(it->size())))];
    };
    switch (random.bounded(15)) {
    case 12: // another protocol, maybe without a port
        if (auto* c = pickItem("connections"); c && c->is_object()) {
            static const char* protocols[] = {"https", "http", "tcp", "postgres", "aws-api", "dns", "tls", "ftp"};
            (*c)["protocol"] = protocols[random.bounded(int(std::size(protocols)))];
            if (random.bounded(2))
                c->erase("port");
        }
        break;
    case 13: // another type
        if (auto* c = pickItem("components"); c && c->is_object()) {
            static const char* types[] = {"vpc", "subnet", "alb", "s3_bucket", "region", "no_such_type", "rds_postgres"};
            (*c)["type"] = types[random.bounded(int(std::size(types)))];
        }
        break;
    case 14: // another parent or connection end: an existing id
        if (auto* c = pickItem(random.bounded(2) ? "components" : "connections"); c && c->is_object()) {
            const auto* other = pickItem("components");
            if (other && other->is_object() && other->contains("id"))
                (*c)[c->contains("from") ? (random.bounded(2) ? "from" : "to") : "parent"] = (*other)["id"];
        }
        break;
    case 0:
    case 1:
    case 2:
        if (auto* c = pickItem("components"); c && c->is_object())
            (*c)[someKey(random)] = someValue(random);
        break;
    case 3:
    case 4:
        if (auto* c = pickItem("connections"); c && c->is_object())
            (*c)[someKey(random)] = someValue(random);
        break;
    case 5:
        if (auto* c = pickItem(random.bounded(2) ? "components" : "connections"); c && c->is_object() && !c->empty())
            c->erase(std::next(c->begin(), random.bounded(int(c->size()))));
        break;
    case 6: { // a property of a component
        if (auto* c = pickItem("components"); c && c->is_object() && c->value("properties", nlohmann::ordered_json::object()).is_object())
            (*c)["properties"][someKey(random)] = someValue(random);
        break;
    }
    case 7: { // a top-level key
        static const char* top[] = {"format", "name", "region", "settings", "components", "connections", "extra"};
        root[top[random.bounded(int(std::size(top)))]] = someValue(random);
        break;
    }
    case 8: { // move a top-level key to the end (connections before components, format last, ...)
        const auto it = std::next(root.begin(), random.bounded(int(root.size())));
        const std::string key = it.key();
        nlohmann::ordered_json value = *it;
        root.erase(it);
        root[key] = std::move(value);
        break;
    }
    case 9:
        if (root.value("settings", nlohmann::ordered_json::object()).is_object())
            root["settings"][random.bounded(2) ? "environment" : "expected_daily_users"] = someValue(random);
        break;
    case 10: // a copy of an item: repeated ids
        if (auto* c = pickItem("components")) {
            const nlohmann::ordered_json copy = *c;
            root["components"].push_back(copy);
        }
        break;
    default:
        root["format"] = random.bounded(2) ? "skyforge/2" : "skyforge/1.3";
        break;
    }
}

} // namespace

class TestReaderPaths : public QObject {
    Q_OBJECT
private slots:
    void everyDesignFile_data();
    void everyDesignFile();
    void mutatedDesigns();
    void mutatedBytes();
    void textualEdgeCases_data();
    void textualEdgeCases();
    void cleanFilesTakeTheFastPath();
    void bundledJsonIsTheYaml_data();
    void bundledJsonIsTheYaml();
};

void TestReaderPaths::everyDesignFile_data()
{
    QTest::addColumn<QString>("path");
    int files = 0;
    for (const char* dir : {"/tests", "/resources/templates"}) {
        QDirIterator it(QStringLiteral(SKYFORGE_SOURCE_DIR) + QLatin1String(dir), {QStringLiteral("*.skyforge")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(path.mid(int(qstrlen(SKYFORGE_SOURCE_DIR))))) << path;
            ++files;
        }
    }
    QVERIFY(files > 20);
}

void TestReaderPaths::everyDesignFile()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString why = disagreement(bytes);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestReaderPaths::mutatedDesigns()
{
    QRandomGenerator random(20261129);
    int tookFastPath = 0;
    int loaded = 0;
    int refused = 0;
    for (const QString& name : Templates::names()) {
        const auto original = nlohmann::ordered_json::parse(Templates::bytes(name).toStdString());
        for (int round = 0; round < 700; ++round) {
            nlohmann::ordered_json root = original;
            const int changes = 1 + random.bounded(3);
            for (int i = 0; i < changes; ++i)
                mutate(root, random);
            const QByteArray bytes = QByteArray::fromStdString(root.dump(2));
            const QString why = disagreement(bytes, &tookFastPath);
            QVERIFY2(why.isEmpty(), qPrintable(why + QStringLiteral("\n") + QString::fromUtf8(bytes.left(4000))));
            (DesignReader::readBytesFully(bytes, QString()).ok() ? loaded : refused)++;
        }
    }
    // The mutations reach both outcomes often, or the comparison proves little.
    QVERIFY2(loaded > 300 && refused > 300 && tookFastPath > 150,
             qPrintable(QStringLiteral("%1 loaded (%2 by the fast path), %3 refused").arg(loaded).arg(tookFastPath).arg(refused)));
}

// The fast path reads JSON text with its own scanner: byte-level damage (JSON syntax, escapes,
// numbers, UTF-8) must give exactly nlohmann's verdict through the full reader.
void TestReaderPaths::mutatedBytes()
{
    static const char* pieces[] = {"{", "}", "[", "]", ",", ":", "\"", "\\", "0", "1", "-", ".", "e", "E", "+", " ", "\n",
                                   "\t", "\r", "t", "f", "n", "true", "null", "01", "1.", "-0", "1e5", "0.5e-3", "1E+2",
                                   "123456789012345678901", "18446744073709551616", "1e400", "\\u00e9", "\\ud83d\\ude00",
                                   "\\n", "\\/", "\\x", "\x7f", "\xc3\xa9", "\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                   "\xe0\x80\xaf", "\xc0\xaf", "\xc1\xbf", "\xf5\x80\x80\x80", "\xef\xbb\xbf", "\xf0\x9f\x98\x80", "/", "\x01"};
    QRandomGenerator random(4242);
    int tookFastPath = 0;
    for (const QString& name : Templates::names()) {
        const QByteArray original = Templates::bytes(name);
        for (int round = 0; round < 1500; ++round) {
            QByteArray bytes = original;
            const int changes = 1 + random.bounded(2);
            for (int i = 0; i < changes; ++i) {
                const int at = random.bounded(int(bytes.size()));
                const QByteArray piece(pieces[random.bounded(int(std::size(pieces)))]);
                switch (random.bounded(3)) {
                case 0: bytes.insert(at, piece); break;
                case 1: bytes.replace(at, 1, piece); break;
                default: bytes.remove(at, 1 + random.bounded(3)); break;
                }
            }
            if (random.bounded(20) == 0)
                bytes.prepend("\xef\xbb\xbf");
            const QString why = disagreement(bytes, &tookFastPath);
            QVERIFY2(why.isEmpty(), qPrintable(why + QStringLiteral("\n") + QString::fromUtf8(bytes.left(4000))));
        }
    }
    QVERIFY2(tookFastPath > 100, qPrintable(QString::number(tookFastPath)));
}

void TestReaderPaths::textualEdgeCases_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray base = Templates::bytes(QStringLiteral("static-site"));
    QTest::newRow("as bundled") << base;
    QTest::newRow("repeated top-level key") << QByteArray(base).replace("\"region\":", "\"name\": \"twice\", \"region\":");
    QTest::newRow("repeated component key") << QByteArray(base).replace("\"type\":", "\"type\": \"vpc\", \"type\":");
    QTest::newRow("repeated components list") << QByteArray(base).replace("\"connections\":", "\"components\": [], \"connections\":");
    QTest::newRow("trailing garbage") << base + "x";
    QTest::newRow("trailing space") << base + "  \n";
    QTest::newRow("truncated") << base.left(base.size() / 2);
    QTest::newRow("33 levels") << QByteArray(33, '[') + QByteArray(33, ']');
    QTest::newRow("32 levels") << QByteArray(32, '[') + QByteArray(32, ']');
    QTest::newRow("deep inside a property")
        << QByteArray(base).replace("\"properties\": {", "\"properties\": {\"deep\": " + QByteArray(40, '[') + QByteArray(40, ']') + ",");
    QTest::newRow("overflowing number") << QByteArray(base).replace("\"properties\": {", "\"properties\": {\"n\": 1e400,");
    QTest::newRow("not UTF-8") << QByteArray(base).replace("\"name\": \"", "\"name\": \"\xff");
    QTest::newRow("escaped control") << QByteArray(base).replace("\"name\": \"", "\"name\": \"\\u001b");
    QTest::newRow("array root") << QByteArray("[1]");
    QTest::newRow("string root") << QByteArray("\"x\"");
    QTest::newRow("escapes") << QByteArray(base).replace("\"name\": \"", "\"name\": \"a\\/b\\\"c\\\\");
    QTest::newRow("unicode escape") << QByteArray(base).replace("\"name\": \"", "\"name\": \"caf\\u00e9 ");
    QTest::newRow("non-ASCII") << QByteArray(base).replace("\"name\": \"", "\"name\": \"caf\xc3\xa9 \xf0\x9f\x98\x80 ");
    QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf") + base;
    QTest::newRow("huge port") << QByteArray(base).replace("\"protocol\": \"https\"",
                                                          "\"protocol\": \"https\", \"port\": 18446744073709551615");
}

void TestReaderPaths::textualEdgeCases()
{
    QFETCH(QByteArray, bytes);
    const QString why = disagreement(bytes);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestReaderPaths::cleanFilesTakeTheFastPath()
{
    for (const QString& name : Templates::names())
        QVERIFY2(DesignReader::FastPath::readClean(Templates::bytes(name)), qPrintable(name));
    QVERIFY(!DesignReader::FastPath::readClean(QByteArray(33, '[') + QByteArray(33, ']')));
}

void TestReaderPaths::bundledJsonIsTheYaml_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::newRow("catalog") << QStringLiteral(":/catalog/catalog.yaml");
    QDirIterator it(QStringLiteral(":/rules"), {QStringLiteral("*.yaml")}, QDir::Files);
    int rules = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QTest::newRow(qPrintable(path)) << path;
        ++rules;
    }
    QVERIFY(rules >= 5);
}

void TestReaderPaths::bundledJsonIsTheYaml()
{
    QFETCH(QString, yaml);
    QFile source(yaml);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString error;
    const auto expected = yamlToJson(source.readAll(), &error);
    QVERIFY2(expected, qPrintable(error));
    QFile compiled(QStringLiteral(":/compiled/") + yaml.mid(2).replace(QStringLiteral(".yaml"), QStringLiteral(".json")));
    QVERIFY2(compiled.open(QIODevice::ReadOnly), qPrintable(compiled.fileName()));
    QVERIFY(Json::parse(compiled.readAll().toStdString()) == *expected);
}

QTEST_GUILESS_MAIN(TestReaderPaths)
#include "tst_readerpaths.moc"
