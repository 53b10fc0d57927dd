#include "model/Catalog.h"
#include "model/Document.h"
#include "model/Integrity.h"
#include "model/Templates.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace sky;

/// Every command is checked after push, undo and redo: the model must come back exactly.
class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void init();
    void addComponent();
    void addRefusesBadPlacement();
    void setProperty();
    void setPropertyRefusesWrongKind();
    void typingMergesIntoOneEntry();
    void moveIsOneEntryAndDragsDoNotMerge();
    void nudgesMerge();
    void moveContainerMovesChildren();
    void reparent();
    void reparentRefusesCycleAndPlacement();
    void removeContainerIsOneStep();
    void connections();
    void editConnection();
    void settings();
    void macroIsOneEntry();
    void signalsFireOnce();
    void uniqueIds();
    void resetClearsHistory();

private:
    void checkUndoRedo(const Design& before, const Design& after);
    Document* m_doc = nullptr;
    Design m_start;
};

void TestDocument::init()
{
    delete m_doc;
    m_doc = new Document(this);
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    m_doc->reset(*loaded.design);
    m_start = m_doc->design();
}

void TestDocument::checkUndoRedo(const Design& before, const Design& after)
{
    QVERIFY(Integrity::problems(m_doc->design()).isEmpty());
    QVERIFY(m_doc->design() == after);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == before);
    QVERIFY(Integrity::problems(m_doc->design()).isEmpty());
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->design() == after);
}

void TestDocument::addComponent()
{
    Component c{.id = QStringLiteral("db2"), .type = QStringLiteral("rds_postgres"), .parent = QStringLiteral("data")};
    c.position = QPointF(10, 20);
    QVERIFY(m_doc->addComponent(c));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Add RDS PostgreSQL"));
    QVERIFY(m_doc->design().component(QStringLiteral("db2")));
    QCOMPARE(m_doc->design().components().back().id, QStringLiteral("db2"));
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::addRefusesBadPlacement()
{
    QString error;
    QVERIFY(!m_doc->addComponent({.id = QStringLiteral("db2"), .type = QStringLiteral("rds_postgres")}, &error));
    QCOMPARE(error, QStringLiteral("An RDS database must sit in a subnet (a private one)"));
    QVERIFY(!m_doc->addComponent({.id = QStringLiteral("lb"), .type = QStringLiteral("alb"), .parent = QStringLiteral("app")}, &error));
    QCOMPARE(error, QStringLiteral("An Application Load Balancer must sit in a public subnet"));
    QVERIFY(!m_doc->addComponent({.id = QStringLiteral("db"), .type = QStringLiteral("users")}, &error));
    QVERIFY(error.contains(QStringLiteral("already used")));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->design() == m_start);
}

void TestDocument::setProperty()
{
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QVERIFY(m_doc->catalog().effectiveProperty(*m_doc->design().component(QStringLiteral("db")), QStringLiteral("multi_az")) == Json(false));
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Set multi_az of Inventory DB"));
    checkUndoRedo(m_start, m_doc->design());
    // Null takes the property back to its default, and is undoable too.
    const Design withFalse = m_doc->design();
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), Json()));
    QVERIFY(!m_doc->design().component(QStringLiteral("db"))->properties.contains("multi_az"));
    checkUndoRedo(withFalse, m_doc->design());
}

void TestDocument::setPropertyRefusesWrongKind()
{
    QString error;
    QVERIFY(!m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), "yes", &error));
    QCOMPARE(error, QStringLiteral("expected true or false"));
    QVERIFY(!m_doc->setValue(Target::Component, QStringLiteral("vpc"), QStringLiteral("properties.az_count"), 9, &error));
    QCOMPARE(error, QStringLiteral("must be at most 6"));
    QVERIFY(!m_doc->setValue(Target::Connection, QStringLiteral("c1"), QStringLiteral("port"), 70000, &error));
    QVERIFY(!m_doc->setValue(Target::Design, QString(), QStringLiteral("region"), "mars-1", &error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(m_doc->design() == m_start);
}

void TestDocument::typingMergesIntoOneEntry()
{
    for (const char* text : {"I", "In", "Inv"})
        QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("name"), text));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->name, QStringLiteral("Inv"));
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::moveIsOneEntryAndDragsDoNotMerge()
{
    m_doc->moveComponents({{QStringLiteral("db"), QPointF(1, 2)}, {QStringLiteral("api"), QPointF(3, 4)}});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Move 2 components"));
    checkUndoRedo(m_start, m_doc->design());
    m_doc->moveComponents({{QStringLiteral("db"), QPointF(5, 6)}, {QStringLiteral("api"), QPointF(7, 8)}});
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestDocument::nudgesMerge()
{
    m_doc->moveComponentsBy({QStringLiteral("db")}, QPointF(1, 0), true);
    m_doc->moveComponentsBy({QStringLiteral("db")}, QPointF(1, 0), true);
    m_doc->moveComponentsBy({QStringLiteral("db")}, QPointF(0, 1), true);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("db"))->position,
             *m_start.component(QStringLiteral("db"))->position + QPointF(2, 1));
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::moveContainerMovesChildren()
{
    m_doc->moveComponentsBy({QStringLiteral("vpc")}, QPointF(10, 10));
    for (const char* id : {"vpc", "public", "alb", "api", "db"})
        QCOMPARE(*m_doc->design().component(QLatin1String(id))->position,
                 *m_start.component(QLatin1String(id))->position + QPointF(10, 10));
    QCOMPARE(*m_doc->design().component(QStringLiteral("ecr"))->position, *m_start.component(QStringLiteral("ecr"))->position);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::reparent()
{
    QVERIFY(m_doc->reparent(QStringLiteral("db"), QStringLiteral("app")));
    QCOMPARE(m_doc->design().component(QStringLiteral("db"))->parent, QStringLiteral("app"));
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::reparentRefusesCycleAndPlacement()
{
    QString error;
    QVERIFY(!m_doc->reparent(QStringLiteral("vpc"), QStringLiteral("public"), &error));
    QCOMPARE(error, QStringLiteral("A container cannot go inside itself"));
    QVERIFY(!m_doc->reparent(QStringLiteral("db"), QString(), &error));
    QCOMPARE(error, QStringLiteral("An RDS database must sit in a subnet (a private one)"));
    QVERIFY(!m_doc->reparent(QStringLiteral("db"), QStringLiteral("ecr"), &error));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestDocument::removeContainerIsOneStep()
{
    m_doc->removeItems({QStringLiteral("vpc")});
    QCOMPARE(m_doc->undoStack()->count(), 1);
    for (const char* id : {"vpc", "public", "app", "data", "alb", "nat", "api", "db"})
        QVERIFY2(!m_doc->design().component(QLatin1String(id)), id);
    for (const Connection& c : m_doc->design().connections())
        for (const char* id : {"alb", "api", "db"})
            QVERIFY(c.from != QLatin1String(id) && c.to != QLatin1String(id));
    QVERIFY(m_doc->design().component(QStringLiteral("ecr")));
    checkUndoRedo(m_start, m_doc->design());
    // Order is restored exactly: the file diff after undo is empty.
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == m_start);
}

void TestDocument::connections()
{
    QString error;
    QVERIFY(!m_doc->addConnection({.id = {}, .from = QStringLiteral("api"), .to = QStringLiteral("vpc"), .protocol = QStringLiteral("https")}, &error));
    QVERIFY(error.contains(QStringLiteral("not containers")));
    QVERIFY(!m_doc->addConnection({.id = {}, .from = QStringLiteral("api"), .to = QStringLiteral("api"), .protocol = QStringLiteral("https")}, &error));
    QVERIFY(!m_doc->addConnection({.id = {}, .from = QStringLiteral("api"), .to = QStringLiteral("db"), .protocol = QStringLiteral("tcp")}, &error));
    QCOMPARE(error, QStringLiteral("A tcp connection needs a port"));
    QVERIFY(m_doc->addConnection({.id = {}, .from = QStringLiteral("alb"), .to = QStringLiteral("db"), .protocol = QStringLiteral("postgres")}));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    checkUndoRedo(m_start, m_doc->design());
    const Design added = m_doc->design();
    const QString id = added.connections().back().id;
    m_doc->removeItems({id});
    QVERIFY(!m_doc->design().connection(id));
    checkUndoRedo(added, m_doc->design());
}

void TestDocument::editConnection()
{
    QVERIFY(m_doc->setValue(Target::Connection, QStringLiteral("c1"), QStringLiteral("port"), 8443));
    QCOMPARE(*m_doc->design().connection(QStringLiteral("c1"))->port, 8443);
    checkUndoRedo(m_start, m_doc->design());
    QString error;
    QVERIFY(!m_doc->setValue(Target::Connection, QStringLiteral("c1"), QStringLiteral("to"), "vpc", &error));
    QVERIFY(!m_doc->setValue(Target::Connection, QStringLiteral("c1"), QStringLiteral("to"), "users", &error));
    QCOMPARE(error, QStringLiteral("A component cannot connect to itself"));
}

void TestDocument::settings()
{
    QVERIFY(m_doc->setValue(Target::Design, {}, QStringLiteral("settings.environment"), "development"));
    QVERIFY(m_doc->design().settings["environment"] == Json("development"));
    checkUndoRedo(m_start, m_doc->design());
    QString error;
    QVERIFY(!m_doc->setValue(Target::Design, {}, QStringLiteral("settings.environment"), "prod", &error));
    QVERIFY(!m_doc->setValue(Target::Design, {}, QStringLiteral("settings.app_domain"), "not a domain", &error));
    QVERIFY(m_doc->setValue(Target::Design, {}, QStringLiteral("name"), "Renamed"));
    QCOMPARE(m_doc->design().name, QStringLiteral("Renamed"));
}

void TestDocument::macroIsOneEntry()
{
    m_doc->beginMacro(QStringLiteral("Harden database"));
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.backup_retention_days"), 14));
    m_doc->endMacro();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Harden database"));
    checkUndoRedo(m_start, m_doc->design());
}

void TestDocument::signalsFireOnce()
{
    QSignalSpy changed(m_doc, &Document::componentChanged);
    QSignalSpy added(m_doc, &Document::componentAdded);
    QSignalSpy removed(m_doc, &Document::componentRemoved);
    QSignalSpy connRemoved(m_doc, &Document::connectionRemoved);
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("db"));
    QCOMPARE(changed.at(0).at(1).toString(), QStringLiteral("properties.multi_az"));
    m_doc->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    m_doc->removeItems({QStringLiteral("db")});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(connRemoved.count(), 1); // api → db
    m_doc->undoStack()->undo();
    QCOMPARE(added.count(), 1);
}

void TestDocument::uniqueIds()
{
    QCOMPARE(m_doc->uniqueId(QStringLiteral("db")), QStringLiteral("db_2"));
    QCOMPARE(m_doc->uniqueId(QStringLiteral("rds_postgres")), QStringLiteral("rds_postgres"));
    QCOMPARE(m_doc->uniqueId(QStringLiteral("9 Lives!")), QStringLiteral("c9_lives_"));
}

void TestDocument::resetClearsHistory()
{
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("db"), QStringLiteral("properties.multi_az"), false));
    QVERIFY(m_doc->isModified());
    QSignalSpy reset(m_doc, &Document::documentReset);
    m_doc->reset(m_start, QStringLiteral("/tmp/x.skyforge"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->filePath(), QStringLiteral("/tmp/x.skyforge"));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
