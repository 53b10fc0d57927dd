#include "model/AutoLayout.h"
#include "model/Catalog.h"
#include "model/Clipboard.h"
#include "model/ConnectionDefaults.h"
#include "model/Document.h"
#include "model/Integrity.h"
#include "model/Templates.h"

#include <QTest>
#include <QUndoStack>

using namespace sky;

/// The window's model-side logic: connection defaults, auto-layout, clipboard.
class TestWindowModel : public QObject {
    Q_OBJECT
private slots:
    void connectionDefaults_data();
    void connectionDefaults();
    void defaultFollowsContainerPort();
    void layoutHasNoOverlapsAndFlowsLeftToRight();
    void layoutRunIsOneUndoEntry();
    void pasteGivesUniqueIdsAndKeepsInternalConnections();
    void pasteOfContainerTakesItsInside();
    void clipboardBytesRoundTrip();

private:
    static Design reference();
};

Design TestWindowModel::reference()
{
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    Q_ASSERT(loaded.ok());
    return *loaded.design;
}

void TestWindowModel::connectionDefaults_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("port"); // 0 = none written
    QTest::newRow("alb→ecs") << "alb" << "ecs_fargate_service" << "http" << 8000;
    QTest::newRow("ecs→rds") << "ecs_fargate_service" << "rds_postgres" << "postgres" << 5432;
    QTest::newRow("cloudfront→s3") << "cloudfront" << "s3_bucket" << "https" << 443;
    QTest::newRow("users→alb") << "users" << "alb" << "https" << 443;
    QTest::newRow("users→cloudfront") << "users" << "cloudfront" << "https" << 443;
    QTest::newRow("acm→alb") << "acm_certificate" << "alb" << "tls" << 0;
    QTest::newRow("acm→cloudfront") << "acm_certificate" << "cloudfront" << "tls" << 0;
    QTest::newRow("route53→alb") << "route53_zone" << "alb" << "dns" << 0;
    QTest::newRow("route53→cloudfront") << "route53_zone" << "cloudfront" << "dns" << 0;
    QTest::newRow("ecs→ecr") << "ecs_fargate_service" << "ecr_repository" << "aws-api" << 0;
    QTest::newRow("ecs→cloudwatch") << "ecs_fargate_service" << "cloudwatch" << "aws-api" << 0;
    QTest::newRow("ecs→secret") << "ecs_fargate_service" << "secrets_manager_secret" << "aws-api" << 0;
    QTest::newRow("github→ecr") << "github_actions" << "ecr_repository" << "aws-api" << 0;
    QTest::newRow("github→ecs") << "github_actions" << "ecs_fargate_service" << "aws-api" << 0;
}

void TestWindowModel::connectionDefaults()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, protocol);
    QFETCH(int, port);
    const Component a{.id = QStringLiteral("a"), .type = from};
    const Component b{.id = QStringLiteral("b"), .type = to};
    const ConnectionDefault d = ConnectionDefaults::forPair(Catalog::builtin(), a, b);
    QCOMPARE(d.protocol, protocol);
    QCOMPARE(d.port.value_or(0), port);
}

void TestWindowModel::defaultFollowsContainerPort()
{
    Component ecs{.id = QStringLiteral("api"), .type = QStringLiteral("ecs_fargate_service")};
    ecs.properties["container_port"] = 9000;
    const ConnectionDefault d = ConnectionDefaults::forPair(Catalog::builtin(), {.id = QStringLiteral("lb"), .type = QStringLiteral("alb")}, ecs);
    QCOMPARE(d.protocol, QStringLiteral("http"));
    QCOMPARE(d.port.value_or(0), 9000);
}

void TestWindowModel::layoutHasNoOverlapsAndFlowsLeftToRight()
{
    Design design = reference();
    for (const Component& c : design.components()) {
        Component* m = design.mutableComponent(c.id);
        m->position.reset();
        m->size.reset();
    }
    QVERIFY(AutoLayout::needed(design));
    AutoLayout::apply(AutoLayout::compute(Catalog::builtin(), design), design);
    QVERIFY(!AutoLayout::needed(design));
    const Catalog& catalog = Catalog::builtin();
    const auto rect = [&](const Component& c) {
        const ComponentType* t = catalog.type(c.type);
        return QRectF(*c.position, t->container ? *c.size : t->size);
    };
    for (const Component& a : design.components()) {
        if (!a.parent.isEmpty()) // inside its container
            QVERIFY2(rect(*design.component(a.parent)).contains(rect(a)), qPrintable(a.id));
        for (const Component& b : design.components()) {
            if (a.id >= b.id || a.parent != b.parent)
                continue;
            QVERIFY2(!rect(a).intersects(rect(b)), qPrintable(a.id + QStringLiteral(" overlaps ") + b.id));
        }
    }
    const auto x = [&](const char* id) { return design.component(QString::fromLatin1(id))->position->x(); };
    QVERIFY(x("users") < x("cdn"));
    QVERIFY(x("users") < x("alb"));
    QVERIFY(x("alb") < x("api"));
    QVERIFY(x("api") < x("db"));
}

void TestWindowModel::layoutRunIsOneUndoEntry()
{
    Document doc;
    doc.reset(reference());
    const Design before = doc.design();
    AutoLayout::run(doc);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Auto-layout"));
    QVERIFY(!(doc.design() == before));
    const Design after = doc.design();
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.design() == after);
}

void TestWindowModel::pasteGivesUniqueIdsAndKeepsInternalConnections()
{
    Document doc;
    doc.reset(reference());
    const Design before = doc.design();
    const ClipboardContent content = Clipboard::copy(doc.design(), {QStringLiteral("alb"), QStringLiteral("api")});
    QCOMPARE(content.components.size(), size_t(2));
    QCOMPARE(content.connections.size(), size_t(1)); // alb → api only; users → alb leaves the set
    const QStringList added = Clipboard::paste(doc, content, QPointF(30, 30));
    QCOMPARE(added.size(), 2);
    QCOMPARE(doc.undoStack()->count(), 1);
    for (const QString& id : added)
        QVERIFY(id != QLatin1String("alb") && id != QLatin1String("api"));
    const Component* alb2 = doc.design().component(added[0]);
    const Component* api2 = doc.design().component(added[1]);
    QCOMPARE(alb2->parent, QStringLiteral("public"));
    QCOMPARE(api2->parent, QStringLiteral("app"));
    QCOMPARE(*alb2->position, *before.component(QStringLiteral("alb"))->position + QPointF(30, 30));
    QCOMPARE(doc.design().connections().size(), before.connections().size() + 1);
    const Connection& copied = doc.design().connections().back();
    QCOMPARE(copied.from, alb2->id);
    QCOMPARE(copied.to, api2->id);
    QCOMPARE(copied.protocol, QStringLiteral("http"));
    QVERIFY(Integrity::problems(doc.design()).isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.design() == before);
}

void TestWindowModel::pasteOfContainerTakesItsInside()
{
    Document doc;
    doc.reset(reference());
    const size_t count = doc.design().components().size();
    const ClipboardContent content = Clipboard::copy(doc.design(), {QStringLiteral("vpc")});
    QCOMPARE(content.components.size(), size_t(8)); // vpc, 3 subnets, alb, nat, api, db
    const QStringList added = Clipboard::paste(doc, content, QPointF(0, 1000));
    QCOMPARE(added.size(), 8);
    QCOMPARE(doc.design().components().size(), count + 8);
    QCOMPARE(doc.design().component(added[0])->parent, QStringLiteral("region"));
    QVERIFY(Integrity::problems(doc.design()).isEmpty());
}

void TestWindowModel::clipboardBytesRoundTrip()
{
    const Design design = reference();
    const ClipboardContent content = Clipboard::copy(design, {QStringLiteral("api"), QStringLiteral("db")});
    const ClipboardContent back = Clipboard::fromBytes(Clipboard::toBytes(content));
    QCOMPARE(back.components.size(), content.components.size());
    QCOMPARE(back.connections.size(), content.connections.size());
    Document doc;
    doc.reset(design);
    const QStringList added = Clipboard::paste(doc, back, QPointF(20, 20));
    QCOMPARE(added.size(), 2);
    QCOMPARE(doc.design().component(added[1])->parent, QStringLiteral("data"));
}

QTEST_GUILESS_MAIN(TestWindowModel)
#include "tst_windowmodel.moc"
