#include "DocsTestSupport.h"

#include "exporters/diagram/DiagramExport.h"
#include "exporters/diagram/DiagramLayout.h"
#include "exporters/diagram/DiagramRenderer.h"
#include "exporters/diagram/EdgeRouter.h"
#include "model/Catalog.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

using namespace sky;

namespace {

int nonWhitePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
    return count;
}

QString xmlError(const QByteArray& svg)
{
    QXmlStreamReader reader(svg);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

/// Every text node of an SVG, decoded: what a viewer would show.
QString svgText(const QByteArray& svg)
{
    QXmlStreamReader reader(svg);
    QString text;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text();
    return text;
}

} // namespace

class TestDiagram : public QObject {
    Q_OBJECT
private slots:
    void pngNonBlankAtScale_data();
    void pngNonBlankAtScale();
    void svgWellFormedWithoutScript();
    void hostileNamesStayText_data();
    void hostileNamesStayText();
    void externalActorsOutsideAwsCloud();
    void arrowsEndOnIconsAndMissNames_data();
    void arrowsEndOnIconsAndMissNames();
    void componentsWithoutPositionAreLaidOut();
    void highlightIssuesDrawsLoadWarnings();
    void thousandComponents();
};

void TestDiagram::pngNonBlankAtScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("3x") << 3.0;
}

void TestDiagram::pngNonBlankAtScale()
{
    QFETCH(double, scale);
    const Design design = docstest::load(docstest::templateJson());
    DiagramOptions options;
    options.scale = scale;
    const QByteArray png = DiagramExport::png(design, options);
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    const QSizeF size = DiagramRenderer(design, Catalog::builtin()).size();
    QCOMPARE(image.width(), int(std::ceil(size.width() * scale)));
    QCOMPARE(image.height(), int(std::ceil(size.height() * scale)));
    QVERIFY(size.width() > 1000 && size.height() > 800);
    // Not blank: a good share of ink, and many colours (icons, groups, anti-aliased text).
    const int ink = nonWhitePixels(image);
    QVERIFY2(ink > image.width() * image.height() / 4 / 20, qPrintable(QString::number(ink)));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 30, qPrintable(QString::number(colours.size())));
}

void TestDiagram::svgWellFormedWithoutScript()
{
    const Design design = docstest::load(docstest::templateJson());
    const QByteArray svg = DiagramExport::svg(design, {});
    QVERIFY(svg.startsWith("<?xml"));
    QCOMPARE(xmlError(svg), QString());
    QVERIFY(!svg.toLower().contains("<script"));
    const QString text = svgText(svg);
    for (const QString& name : {QStringLiteral("Inventory web app"), QStringLiteral("API load balancer"),
                                QStringLiteral("HTTPS :443"), QStringLiteral("PostgreSQL :5432"), QStringLiteral("AWS Cloud"),
                                QStringLiteral("Public subnets"), QStringLiteral("Legend")})
        QVERIFY2(text.contains(name), qPrintable(name));
}

void TestDiagram::hostileNamesStayText_data()
{
    QTest::addColumn<QString>("hostile");
    for (const QString& name : docstest::hostileNames())
        QTest::newRow(qPrintable(name.left(20))) << name;
}

void TestDiagram::hostileNamesStayText()
{
    QFETCH(QString, hostile);
    const Design design = docstest::load(docstest::hostileJson(hostile));
    const QByteArray svg = DiagramExport::svg(design, {});
    QCOMPARE(xmlError(svg), QString());
    QVERIFY(!svg.toLower().contains("<script"));
    QVERIFY(!svg.toLower().contains("<img"));
    // The name arrives as text a viewer shows, not as markup (first line, before any newline).
    const QString firstWord = hostile.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(svgText(svg).contains(firstWord), qPrintable(firstWord));
    QImage image;
    QVERIFY(image.loadFromData(DiagramExport::png(design, {}), "PNG"));
}

void TestDiagram::externalActorsOutsideAwsCloud()
{
    const Design design = docstest::load(docstest::templateJson());
    const DiagramLayout layout(design, Catalog::builtin());
    QVERIFY(!layout.awsCloud().isEmpty());
    QVERIFY(!layout.box(QStringLiteral("users")).intersects(layout.awsCloud()));
    QVERIFY(!layout.box(QStringLiteral("github")).intersects(layout.awsCloud()));
    for (const QString& id : {QStringLiteral("cdn"), QStringLiteral("dns"), QStringLiteral("db"), QStringLiteral("region")})
        QVERIFY2(layout.awsCloud().contains(layout.box(id)), qPrintable(id));
    // Positions of the file are kept.
    QCOMPARE(layout.box(QStringLiteral("db")).topLeft(), QPointF(1010, 510));
}

void TestDiagram::arrowsEndOnIconsAndMissNames_data()
{
    QTest::addColumn<QString>("variant");
    QTest::newRow("as drawn") << QStringLiteral("as drawn");
    QTest::newRow("laid out") << QStringLiteral("laid out");
}

/// Every arrow's head reaches its target's icon (beside it, or under its name when it comes
/// up from below), and no arrow runs through a group's name tab or a component's name.
void TestDiagram::arrowsEndOnIconsAndMissNames()
{
    QFETCH(QString, variant);
    nlohmann::json json = docstest::templateJson();
    if (variant == QLatin1String("laid out"))
        for (auto& c : json["components"]) {
            c.erase("position");
            c.erase("size");
        }
    const Design design = docstest::load(json);
    const DiagramRenderer renderer(design, Catalog::builtin());
    const DiagramRenderer::Geometry g = renderer.geometry();
    QCOMPARE(g.arrows.size(), design.connections().size());
    const auto hits = [](const QPolygonF& line, const QRectF& rect) {
        for (qsizetype i = 1; i < line.size(); ++i)
            if (EdgeRouter::segmentHitsRect(line.at(i - 1), line.at(i), rect.adjusted(1, 1, -1, -1)))
                return true;
        return false;
    };
    const bool strict = variant == QLatin1String("as drawn"); // the reference drawing: no compromise
    for (const auto& arrow : g.arrows) {
        const QString what = arrow.from + QStringLiteral(" → ") + arrow.to;
        const QRectF icon = g.icons.value(arrow.to);
        const QRectF name = g.names.value(arrow.to);
        const QPointF head = arrow.line.last();
        const QPointF before = arrow.line.at(arrow.line.size() - 2);
        const bool beside = icon.adjusted(-8, -8, 8, 8).contains(head);
        const bool fromBelow = head.y() >= name.bottom() && head.y() <= icon.bottom() + 40 && std::abs(head.x() - before.x()) < 0.5
            && head.x() > icon.left() && head.x() < icon.right();
        QVERIFY2(beside || fromBelow, qPrintable(what + QStringLiteral(": the head is not at the icon")));
        for (auto it = g.names.begin(); it != g.names.end(); ++it)
            QVERIFY2(!hits(arrow.line, it.value()), qPrintable(what + QStringLiteral(" runs through the name of ") + it.key()));
        if (strict)
            for (const QRectF& tab : g.tabs)
                QVERIFY2(!hits(arrow.line, tab), qPrintable(what + QStringLiteral(" runs through a group's name")));
    }
}

void TestDiagram::componentsWithoutPositionAreLaidOut()
{
    nlohmann::json json = docstest::templateJson();
    for (auto& c : json["components"]) {
        c.erase("position");
        c.erase("size");
    }
    const Design design = docstest::load(json);
    const DiagramLayout layout(design, Catalog::builtin());
    std::vector<QRectF> leaves;
    for (const Component& c : design.components()) {
        QVERIFY2(!layout.box(c.id).isEmpty(), qPrintable(c.id));
        if (!layout.isContainer(c))
            leaves.push_back(layout.box(c.id));
    }
    for (size_t i = 0; i < leaves.size(); ++i)
        for (size_t j = i + 1; j < leaves.size(); ++j)
            QVERIFY(!leaves[i].intersects(leaves[j]));
    // Containers enclose their children; the flow runs left to right.
    QVERIFY(layout.box(QStringLiteral("vpc")).contains(layout.box(QStringLiteral("public"))));
    QVERIFY(layout.box(QStringLiteral("data")).contains(layout.box(QStringLiteral("db"))));
    QVERIFY(layout.box(QStringLiteral("alb")).left() < layout.box(QStringLiteral("api")).left());
    QVERIFY(layout.box(QStringLiteral("api")).left() < layout.box(QStringLiteral("db")).left());
}

void TestDiagram::highlightIssuesDrawsLoadWarnings()
{
    nlohmann::json json = docstest::templateJson();
    json["components"][15]["properties"]["multi_az"] = "yes";   // db: wrong kind
    json["components"][16]["type"] = "quantum_cache";           // ecr: unknown type
    const Design design = docstest::load(json);
    const QHash<QString, Severity> badges = DiagramExport::loadIssueBadges(design);
    QCOMPARE(badges.size(), 2);
    QCOMPARE(badges.value(QStringLiteral("db")), Severity::High);
    QCOMPARE(badges.value(QStringLiteral("ecr")), Severity::High);
    QVERIFY(DiagramExport::loadIssueBadges(docstest::load(docstest::templateJson())).isEmpty());

    DiagramOptions plain;
    plain.scale = 1;
    DiagramOptions highlighted = plain;
    highlighted.badges = badges;
    QImage a;
    QImage b;
    QVERIFY(a.loadFromData(DiagramExport::png(design, plain), "PNG"));
    QVERIFY(b.loadFromData(DiagramExport::png(design, highlighted), "PNG"));
    QVERIFY(a != b);
    // The badge is drawn in the "high" colour at the database icon's top-right corner.
    const DiagramRenderer renderer(design, Catalog::builtin());
    Q_UNUSED(renderer);
    int orange = 0;
    for (int y = 0; y < b.height(); ++y)
        for (int x = 0; x < b.width(); ++x)
            if (b.pixel(x, y) == qRgb(0xEC, 0x72, 0x11))
                ++orange;
    QVERIFY2(orange > 100, qPrintable(QString::number(orange)));
    QVERIFY(svgText(DiagramExport::svg(design, highlighted)).contains(QStringLiteral("Findings")));
}

void TestDiagram::thousandComponents()
{
    nlohmann::json json = {{"format", "skyforge/1"}, {"name", "Big"}, {"region", "us-east-1"},
                           {"components", nlohmann::json::array()}, {"connections", nlohmann::json::array()}};
    json["components"].push_back({{"id", "vpc"}, {"type", "vpc"}});
    json["components"].push_back({{"id", "pub"}, {"type", "subnet"}, {"parent", "vpc"}, {"properties", {{"tier", "public"}}}});
    json["components"].push_back({{"id", "priv"}, {"type", "subnet"}, {"parent", "vpc"}});
    json["components"].push_back({{"id", "users"}, {"type", "users"}});
    const char* types[] = {"alb", "ecs_fargate_service", "rds_postgres"};
    for (int i = 0; i < 996; ++i) {
        const std::string id = "c" + std::to_string(i);
        json["components"].push_back({{"id", id}, {"type", types[i % 3]}, {"name", "Component " + std::to_string(i)},
                                      {"parent", i % 3 == 0 ? "pub" : "priv"}});
        const std::string from = i % 3 == 0 ? "users" : "c" + std::to_string(i - 1);
        json["connections"].push_back({{"id", "k" + std::to_string(i)}, {"from", from}, {"to", id}, {"protocol", "https"}});
    }
    const Design design = docstest::load(json);
    QCOMPARE(int(design.components().size()), 1000);
    QElapsedTimer timer;
    timer.start();
    DiagramOptions options;
    options.scale = 1;
    const QByteArray png = DiagramExport::png(design, options);
    const qint64 pngMs = timer.restart();
    const QByteArray svg = DiagramExport::svg(design, options);
    const qint64 svgMs = timer.elapsed();
    qInfo("1,000 components: PNG %lld ms (%lld KB), SVG %lld ms (%lld KB) [budget 3000 ms each, Release]", pngMs,
          qint64(png.size() / 1024), svgMs, qint64(svg.size() / 1024));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QCOMPARE(xmlError(svg), QString());
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
