#include "SceneChecks.h"

#include "model/Catalog.h"
#include "model/Document.h"
#include "model/Templates.h"
#include "widgets/ComponentItem.h"
#include "widgets/DesignScene.h"
#include "widgets/DesignView.h"
#include "widgets/PalettePanel.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace sky;
using sky::test::sceneMismatch;

/// The canvas: drops, moves, reparenting, connecting, each checked against the model
/// after push, undo and redo, with the scene mirroring the model throughout.
class TestCanvas : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sceneMirrorsTheDesign();
    void paletteDropCreatesComponent();
    void refusedDropLeavesModelAndSaysWhy();
    void dropDescribesWhatItWillDo();
    void dragMoveIsOneEntry();
    void dragMoveWithTheMouse();
    void movingIntoContainerReparents();
    void refusedMoveRestoresItems();
    void movingContainerMovesInside();
    void connectingPrefillsProtocolAndPort();
    void connectByDraggingFromTheHandle();
    void nudgesMergeIntoOneEntry();
    void sceneFollowsEveryCommandAndUndo();
    void badgesAndHighlight();
    void selectAndCenter();
    void levelOfDetailRendersAtEveryZoom();

private:
    void drop(const QString& type, QPointF scenePos);
    void checkMirror();
    void checkUndoRedo(const Design& start);
    Document* m_doc = nullptr;
    DesignScene* m_scene = nullptr;
    DesignView* m_view = nullptr;
};

void TestCanvas::init()
{
    m_doc = new Document;
    LoadResult loaded = Templates::load(QStringLiteral("web-app-ecs"));
    QVERIFY(loaded.ok());
    m_doc->reset(*loaded.design);
    m_scene = new DesignScene(m_doc);
    m_view = new DesignView(m_scene);
    m_view->resize(1200, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setZoom(1.0);
    m_view->centerOn(700, 450);
}

void TestCanvas::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_doc;
}

void TestCanvas::checkMirror()
{
    const QString mismatch = sceneMismatch(*m_scene);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

/// After one edit from `start`: undo gives `start` back and redo the edited design, with the
/// scene mirroring the model at each step.
void TestCanvas::checkUndoRedo(const Design& start)
{
    checkMirror();
    const Design after = m_doc->design();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->design() == start);
    checkMirror();
    m_doc->undoStack()->redo();
    QVERIFY(m_doc->design() == after);
    checkMirror();
}

void TestCanvas::drop(const QString& type, QPointF scenePos)
{
    QMimeData mime;
    mime.setData(PalettePanel::kMimeType, type.toUtf8());
    const QPointF at = m_view->mapFromScene(scenePos);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &enter);
    QDragMoveEvent move(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &dropEvent);
}

void TestCanvas::sceneMirrorsTheDesign()
{
    checkMirror();
    QCOMPARE(m_scene->componentItemCount(), 19);
    QCOMPARE(m_scene->connectionItemCount(), 15);
}

void TestCanvas::paletteDropCreatesComponent()
{
    const size_t before = m_doc->design().components().size();
    const Design start = m_doc->design();
    drop(QStringLiteral("alb"), QPointF(600, 615)); // inside the public subnet
    QCOMPARE(m_doc->design().components().size(), before + 1);
    const Component& added = m_doc->design().components().back();
    QCOMPARE(added.type, QStringLiteral("alb"));
    QCOMPARE(added.parent, QStringLiteral("public"));
    QCOMPARE(*added.position, QPointF(550, 570)); // centred on the drop, snapped to the grid
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_scene->selectedIds(), QStringList{added.id});
    checkUndoRedo(start);
}

void TestCanvas::refusedDropLeavesModelAndSaysWhy()
{
    const Design start = m_doc->design();
    QSignalSpy status(m_scene, &DesignScene::statusChanged);
    drop(QStringLiteral("rds_postgres"), QPointF(150, 900)); // outside any container
    QVERIFY(m_doc->design() == start);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_scene->lastStatus(), QStringLiteral("Cannot drop here: An RDS database must sit in a subnet (a private one)"));
    QVERIFY(!status.isEmpty());
    drop(QStringLiteral("alb"), QPointF(800, 600)); // a private subnet
    QVERIFY(m_doc->design() == start);
    QVERIFY(m_scene->lastStatus().contains(QStringLiteral("public subnet")));
    checkMirror();
}

void TestCanvas::dropDescribesWhatItWillDo()
{
    QCOMPARE(m_scene->describeDrop(QStringLiteral("rds_postgres"), QPointF(1060, 400)),
             QStringLiteral("Release to add RDS PostgreSQL into Data subnets (private)"));
    QVERIFY(m_scene->describeDrop(QStringLiteral("users"), QPointF(700, 100)).startsWith(QStringLiteral("Cannot drop here")));
}

void TestCanvas::dragMoveIsOneEntry()
{
    const Design start = m_doc->design();
    m_scene->beginMove({QStringLiteral("users")}, QPointF(90, 550));
    for (int step = 1; step <= 10; ++step)
        m_scene->moveTo(QPointF(90, 550) + QPointF(step * 3, step * 2));
    QCOMPARE(m_doc->undoStack()->count(), 0); // nothing is pushed while dragging
    QCOMPARE(*m_doc->design().component(QStringLiteral("users"))->position, QPointF(40, 510));
    QVERIFY(m_scene->finishMove(QPointF(120, 570)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("users"))->position, QPointF(70, 530));
    checkUndoRedo(start);
}

void TestCanvas::dragMoveWithTheMouse()
{
    // Real mouse events through the view: press on the icon, drag, release.
    ComponentItem* users = m_scene->componentItem(QStringLiteral("users"));
    const QPoint start = m_view->mapFromScene(users->iconSceneRect().center());
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, start);
    QVERIFY(users->isSelected());
    for (int i = 1; i <= 5; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(i * 8, 0)), m_view->viewport()->mapToGlobal(QPointF(start + QPoint(i * 8, 0))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
    }
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, start + QPoint(40, 0));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("users"))->position, QPointF(80, 510));
    checkMirror();
}

void TestCanvas::movingIntoContainerReparents()
{
    const Design start = m_doc->design();
    // The API service (app subnet) dragged 200 right, 100 up: into the data subnet.
    m_scene->beginMove({QStringLiteral("api")}, QPointF(810, 540));
    m_scene->moveTo(QPointF(1010, 440));
    QCOMPARE(m_scene->dropTarget(), QStringLiteral("data"));
    QVERIFY(m_scene->lastStatus().contains(QStringLiteral("Data subnets")));
    QVERIFY(m_scene->finishMove(QPointF(1010, 440)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Component* api = m_doc->design().component(QStringLiteral("api"));
    QCOMPARE(api->parent, QStringLiteral("data"));
    QCOMPARE(*api->position, QPointF(960, 410));
    checkUndoRedo(start);
}

void TestCanvas::refusedMoveRestoresItems()
{
    const Design start = m_doc->design();
    m_scene->beginMove({QStringLiteral("api")}, QPointF(810, 540));
    m_scene->moveTo(QPointF(100, 950)); // top level: an ECS service must sit in a subnet
    QVERIFY(m_scene->lastStatus().startsWith(QStringLiteral("Cannot move here")));
    QVERIFY(!m_scene->finishMove(QPointF(100, 950)));
    QVERIFY(m_doc->design() == start);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_scene->lastStatus(), QStringLiteral("Cannot move here: An ECS service must sit in a subnet (a private one)"));
    checkMirror();
}

void TestCanvas::movingContainerMovesInside()
{
    m_scene->beginMove({QStringLiteral("vpc")}, QPointF(500, 260));
    QVERIFY(m_scene->finishMove(QPointF(520, 280)));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("db"))->position, QPointF(1030, 530));
    QCOMPARE(m_doc->design().component(QStringLiteral("vpc"))->parent, QStringLiteral("region"));
    checkMirror();
    m_doc->undoStack()->undo();
    QCOMPARE(*m_doc->design().component(QStringLiteral("db"))->position, QPointF(1010, 510));
    checkMirror();
}

void TestCanvas::connectingPrefillsProtocolAndPort()
{
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("api"), QStringLiteral("properties.container_port"), 9000));
    const size_t before = m_doc->design().connections().size();
    QVERIFY(m_scene->connectComponents(QStringLiteral("alb"), QStringLiteral("api")));
    QCOMPARE(m_doc->design().connections().size(), before + 1);
    Connection added = m_doc->design().connections().back();
    QCOMPARE(added.protocol, QStringLiteral("http"));
    QCOMPARE(added.port.value_or(0), 9000);
    QCOMPARE(m_scene->connectionItem(added.id)->labelText(), QStringLiteral("http 9000"));
    QVERIFY(m_scene->connectComponents(QStringLiteral("api"), QStringLiteral("db")));
    added = m_doc->design().connections().back();
    QCOMPARE(added.protocol, QStringLiteral("postgres"));
    QCOMPARE(added.port.value_or(0), 5432);
    QVERIFY(m_scene->connectComponents(QStringLiteral("cert_api"), QStringLiteral("alb")));
    QCOMPARE(m_doc->design().connections().back().protocol, QStringLiteral("tls"));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    checkMirror();
    QVERIFY(!m_scene->connectComponents(QStringLiteral("alb"), QStringLiteral("vpc")));
    QVERIFY(m_scene->lastStatus().startsWith(QStringLiteral("Cannot connect")));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->design().connections().size(), before);
    checkMirror();
}

void TestCanvas::connectByDraggingFromTheHandle()
{
    ComponentItem* from = m_scene->componentItem(QStringLiteral("github"));
    ComponentItem* to = m_scene->componentItem(QStringLiteral("monitoring"));
    const QRectF icon = from->iconSceneRect();
    const QPoint handle = m_view->mapFromScene(QPointF(icon.right() + 10, icon.center().y()));
    const QPoint target = m_view->mapFromScene(to->iconSceneRect().center());
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, handle);
    QMouseEvent move(QEvent::MouseMove, QPointF(target), m_view->viewport()->mapToGlobal(QPointF(target)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    QVERIFY2(m_scene->lastStatus().startsWith(QStringLiteral("Release to connect GitHub Actions → CloudWatch")),
             qPrintable(m_scene->lastStatus()));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, target);
    const Connection& added = m_doc->design().connections().back();
    QCOMPARE(added.from, QStringLiteral("github"));
    QCOMPARE(added.to, QStringLiteral("monitoring"));
    QCOMPARE(added.protocol, QStringLiteral("https"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("github"))->position, QPointF(40, 710)); // not moved
    checkMirror();
}

void TestCanvas::nudgesMergeIntoOneEntry()
{
    m_scene->selectIds({QStringLiteral("users"), QStringLiteral("github")});
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(*m_doc->design().component(QStringLiteral("users"))->position, QPointF(70, 520));
    QCOMPARE(*m_doc->design().component(QStringLiteral("github"))->position, QPointF(70, 720));
    checkMirror();
    m_doc->undoStack()->undo();
    QCOMPARE(*m_doc->design().component(QStringLiteral("users"))->position, QPointF(40, 510));
    checkMirror();
}

void TestCanvas::sceneFollowsEveryCommandAndUndo()
{
    // A mixed run of edits; the scene must match the model after each push and each undo.
    QVERIFY(m_doc->addComponent({.id = QStringLiteral("db2"), .type = QStringLiteral("rds_postgres"),
                                 .parent = QStringLiteral("data"), .position = QPointF(1010, 360)}));
    checkMirror();
    QVERIFY(m_doc->addConnection({.id = QStringLiteral("cx"), .from = QStringLiteral("api"), .to = QStringLiteral("db2"),
                                  .protocol = QStringLiteral("postgres")}));
    checkMirror();
    m_doc->moveComponentsBy({QStringLiteral("vpc")}, QPointF(10, 10));
    checkMirror();
    QVERIFY(m_doc->setValue(Target::Component, QStringLiteral("public"), QStringLiteral("size"), Json::array({260, 360})));
    checkMirror();
    QVERIFY(m_doc->setValue(Target::Connection, QStringLiteral("cx"), QStringLiteral("to"), "db"));
    checkMirror();
    m_doc->removeItems({QStringLiteral("data")});
    checkMirror();
    QVERIFY(m_doc->reparent(QStringLiteral("ecr"), QString()));
    checkMirror();
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undoStack()->undo();
        checkMirror();
    }
    while (m_doc->undoStack()->canRedo()) {
        m_doc->undoStack()->redo();
        checkMirror();
    }
}

void TestCanvas::badgesAndHighlight()
{
    m_scene->setBadges({{QStringLiteral("db"), Severity::High}});
    QVERIFY(m_scene->badge(QStringLiteral("db")));
    QCOMPARE(*m_scene->badge(QStringLiteral("db")), Severity::High);
    QVERIFY(!m_scene->badge(QStringLiteral("api")));
    m_scene->setBadges({});
    QVERIFY(!m_scene->badge(QStringLiteral("db")));
    m_scene->highlightPath({QStringLiteral("users"), QStringLiteral("alb"), QStringLiteral("api"), QStringLiteral("db")});
    for (const char* id : {"users", "alb", "api", "db", "c2", "c9", "c10"})
        QVERIFY2(m_scene->isHighlighted(QString::fromLatin1(id)), id);
    QVERIFY(!m_scene->isHighlighted(QStringLiteral("c1")));
    QVERIFY(!m_scene->isHighlighted(QStringLiteral("cdn")));
    m_scene->highlightPath({});
    QVERIFY(!m_scene->isHighlighted(QStringLiteral("users")));
}

void TestCanvas::selectAndCenter()
{
    m_view->setZoom(0.3);
    m_view->selectAndCenter(QStringLiteral("db"));
    QCOMPARE(m_scene->selectedIds(), QStringList{QStringLiteral("db")});
    QVERIFY(m_view->zoom() >= 0.75);
    const QPointF centre = m_view->viewCentre();
    QVERIFY(QLineF(centre, m_scene->componentItem(QStringLiteral("db"))->sceneBoundingRect().center()).length() < 30);
}

void TestCanvas::levelOfDetailRendersAtEveryZoom()
{
    for (double zoom : {2.0, 1.0, 0.4, 0.1}) {
        m_view->setZoom(zoom);
        QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        m_view->render(&painter);
        painter.end();
        // Something other than the background is drawn at every zoom.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                if (QColor(image.pixel(x, y)).hsvSaturation() > 80)
                    ++coloured;
        QVERIFY2(coloured > 0, qPrintable(QString::number(zoom)));
    }
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
